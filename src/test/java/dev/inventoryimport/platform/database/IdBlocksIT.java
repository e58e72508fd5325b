package dev.inventoryimport.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void callersRunningOutAtOnceEachTakeABlockAndNoIdIsHandedOutTwiceOrLost() throws Exception {
        DataSource db = TestDatabases.fresh("inventory_id_blocks");
        Migrations.migrate(db);
        IdBlocks ids = new IdBlocks();
        ids.dataSource = db;
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                callers.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        assertTrue(seen.add(ids.next(IdBlocks.Row.IMPORT)), "an id handed out twice");
                    }
                    return null;
                }));
            }
            for (Future<?> f : callers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long taken = highMark(db);
        assertEquals(2_400, seen.size());
        assertTrue(seen.stream().allMatch(id -> id >= 1 && id <= taken), "every id comes from a block taken");
        assertTrue(taken - 2_400 < 8 * 100, "at most a block per caller is left over: " + taken);
    }

    private static long highMark(DataSource db) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT gen_value FROM id_gen WHERE gen_name = 'import'");
             ResultSet rs = read.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
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
