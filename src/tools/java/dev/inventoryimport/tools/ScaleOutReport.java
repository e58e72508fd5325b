package dev.inventoryimport.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the two-instance run prints: the counts the issue asks for (sent, acknowledged, refused by the
 * kill, processed, repeated, SKUs checked and wrong), what the kill caught, the recovery work the
 * survivor's log shows, the timings, and the verdict with every violation.
 *
 * @param workload         a description of the stream, e.g. its rate and duration
 * @param afterRestart     what the restarted instance did with its share of the pushes after the restart
 * @param severeAfterStart SEVERE lines each service log holds after its start, for people to read
 */
record ScaleOutReport(ScaleOutVerdict.Counts counts, long migrations, String workload, long streamMessages,
                      long tailMessages, KillMidway kill, long requeues, String afterRestart,
                      String severeAfterStart,
                      Timings timings, List<String> violations) {

    /** Seconds: both starts, the stream, the survivor's drain after it, the restart, the whole run. */
    record Timings(double start, double push, double drain, double restart, double total) {
    }

    /** Lines of a service log that hold {@code text}. */
    static long linesWith(Path log, String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    String text() {
        ScaleOutVerdict.Counts c = counts;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, """

                scale-out: two instances, one MariaDB database, one stand-alone broker
                started together    %.1f s (schema: %d migrations, each recorded once)
                messages            %d: %d in the stream (%s), %d after the restart
                sent                %d pushes (repeats and re-sends included)
                acknowledged        %d
                refused by the kill %d (re-sent to the other instance: %d)
                kill -9 of b        after %d acknowledgements, %d pushes to b in flight, %d requests Pending then
                stored              %d requests (%d stored without an acknowledgement)
                processed           %d
                repeated            %d
                pending or failed   %d
                import lines        %d Duplicate, %d Superseded
                survivor            %d sweeps re-queued requests
                after the restart   %s
                SEVERE after start  %s
                SKUs checked        %d, wrong %d
                timings             push %.1f s, drained by the survivor %.1f s after, b restarted in %.1f s, all %.1f s
                verdict             %s
                """, timings.start(), migrations, c.messages(), streamMessages, workload, tailMessages, c.sent(),
                c.acknowledged(), c.refused(), c.resent(), kill.acknowledgedAtKill(), kill.inFlightAtKill(),
                kill.pendingAtKill(), c.stored(), c.storedUnacknowledged(), c.processed(), c.repeated(),
                c.pendingOrFailed(), c.duplicateLines(), c.supersededLines(), requeues, afterRestart,
                severeAfterStart, c.skusChecked(), c.skusWrong(), timings.push(), timings.drain(), timings.restart(), timings.total(),
                violations.isEmpty() ? "PASSED" : "FAILED"));
        violations.forEach(v -> b.append("  violation: ").append(v).append('\n'));
        return b.toString();
    }
}
