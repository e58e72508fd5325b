package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfiguredXADataSourceTest {

    @Test
    void anH2UrlWritesEveryCommitThrough() {
        assertEquals("jdbc:h2:file:/d/inventory;AUTO_SERVER=TRUE;WRITE_DELAY=0",
                ConfiguredXADataSource.writeThrough("jdbc:h2:file:/d/inventory;AUTO_SERVER=TRUE"));
    }

    @Test
    void aWriteDelayTheOperatorChoseIsKept() {
        assertEquals("jdbc:h2:file:/d/inventory;write_delay=100",
                ConfiguredXADataSource.writeThrough("jdbc:h2:file:/d/inventory;write_delay=100"));
    }

    @Test
    void theEmbeddedDefaultIsAFileDatabaseUnderTheDataDirectory() {
        assertEquals("jdbc:h2:file:/srv/data/h2/inventory;AUTO_SERVER=TRUE;LOCK_TIMEOUT=2000",
                ConfiguredXADataSource.embeddedUrl("/srv/data"));
    }
}
