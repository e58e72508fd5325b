package dev.inventoryimport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code launch.sh} sets aside a transaction log whose control file has a null tail and a head, which
 * Payara's start-up recovery would read in a loop until the heap is gone; it leaves every other log
 * where it is, and makes the log's own directory so that recovery opens a new log before any
 * transaction does. The control files here are written as Payara writes them: head, tail and next
 * position, each an offset and an extent number, little-endian.
 */
class UnreadableTransactionLogTest {

    @TempDir
    Path dataDir;

    @Test
    void aLogWithANullTailAndAHeadIsSetAsideAndAnEmptyLogDirectoryMadeForTheStart() throws Exception {
        writeControl(new int[]{35648, 5}, new int[]{0, 0}, new int[]{35712, 5});

        String output = prepare();

        List<Path> aside = setAside();
        assertEquals(1, aside.size(), output);
        assertTrue(Files.exists(aside.get(0).resolve("server/tx/control")), "the log is kept for inspection");
        assertTrue(Files.isDirectory(dataDir.resolve("tx-log/server/tx")));
        assertFalse(Files.exists(dataDir.resolve("tx-log/server/tx/control")), "the start gets a new log");
        assertTrue(output.contains("WARNING: the transaction log's tail is the null position"), output);
    }

    @Test
    void aLogAsPayaraCreatesItFromExtentOneStaysWhereItIs() throws Exception {
        writeControl(new int[]{1912, 1}, new int[]{1912, 1}, new int[]{1958, 1});
        assertLeftWhereItIs();
    }

    @Test
    void anEmptyLogStaysWhereItIs() throws Exception {
        // Head and tail null: recovery reads nothing, so nothing loops.
        writeControl(new int[]{0, 0}, new int[]{0, 0}, new int[]{0, 0});
        assertLeftWhereItIs();
    }

    @Test
    void theLogsOwnDirectoryIsMadeBeforeTheStartSoRecoveryOpensTheLogAlone() throws Exception {
        String output = prepare();
        assertTrue(Files.isDirectory(dataDir.resolve("tx-log/server/tx")), output);
    }

    private void assertLeftWhereItIs() throws IOException, InterruptedException {
        String output = prepare();
        assertEquals(List.of(), setAside(), output);
        assertTrue(Files.exists(dataDir.resolve("tx-log/server/tx/control")));
        assertFalse(output.contains("WARNING"), output);
    }

    private void writeControl(int[] head, int[] tail, int[] next) throws IOException {
        ByteBuffer control = ByteBuffer.allocate(36864).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] position : List.of(head, tail, next)) {
            control.putInt(position[0]).putInt(position[1]);
        }
        Path tx = Files.createDirectories(dataDir.resolve("tx-log/server/tx"));
        Files.write(tx.resolve("control"), control.array());
    }

    /** Runs {@code launch.sh --prepare}: the guard runs before the command files are written. */
    private String prepare() throws IOException, InterruptedException {
        ProcessBuilder launch = new ProcessBuilder("sh", "server-config/launch.sh", "--prepare").redirectErrorStream(true)
                .directory(Path.of("").toAbsolutePath().toFile());
        launch.environment().put("DATA_DIR", dataDir.toString());
        Process p = launch.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    private List<Path> setAside() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("tx-log.unreadable-")).toList();
        }
    }
}
