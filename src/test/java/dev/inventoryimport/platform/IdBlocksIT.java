package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/**
 * Ids written in JDBC come from the same {@code id_gen} rows as the entities' table generators, on
 * a real migrated database (H2 and MariaDB): two instances taking ids in turn, and a block taken
 * meanwhile the way EclipseLink's generator takes one, never hand out the same id.
 */
class IdBlocksIT {

    @Test
    void instancesAndTheTableGeneratorNeverShareAnId() throws Exception {
        DataSource db = TestDatabases.fresh("inventory_id_blocks");
        Migrations.migrate(db);
        IdBlocks one = new IdBlocks();
        IdBlocks two = new IdBlocks();
        one.dataSource = db;
        two.dataSource = db;

        Set<Long> seen = new HashSet<>();
        List<Long> ofOne = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            long a = one.next(IdBlocks.Row.REQUEST);
            ofOne.add(a);
            assertTrue(seen.add(a), "id " + a + " handed out twice");
            assertTrue(seen.add(two.next(IdBlocks.Row.REQUEST)), "handed out twice");
            if (i == 120) {
                long high = takeBlockAsTheTableGeneratorDoes(db);
                for (long id = high - 99; id <= high; id++) {
                    assertTrue(seen.add(id), "the generator's id " + id + " was handed out already");
                }
            }
        }
        for (int i = 1; i < ofOne.size(); i++) {
            assertTrue(ofOne.get(i) > ofOne.get(i - 1), "ids of one instance increase");
        }
        assertEquals(1, one.next(IdBlocks.Row.IMPORT), "each row counts on its own");
    }

    /** UPDATE by the allocation size, then read the new high mark, in one transaction. */
    private static long takeBlockAsTheTableGeneratorDoes(DataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement add = c.prepareStatement("UPDATE id_gen SET gen_value = gen_value + 100 WHERE gen_name = 'request'");
                 PreparedStatement read = c.prepareStatement("SELECT gen_value FROM id_gen WHERE gen_name = 'request'")) {
                add.executeUpdate();
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    long high = rs.getLong(1);
                    c.commit();
                    return high;
                }
            }
        }
    }
}
