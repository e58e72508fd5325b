package dev.inventoryimport.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReadinessVerdictTest {

    private static final BoundedCall.Result<Boolean> UP = new BoundedCall.Result<>(true, null, Duration.ofMillis(4));

    private static BoundedCall.Result<Boolean> down(String error) {
        return new BoundedCall.Result<>(null, error, Duration.ofMillis(2_001));
    }

    @Test
    void readyWhenMigratedAndBothAnswer() {
        ReadinessVerdict verdict = ReadinessVerdict.of(Optional.of("6"), UP, UP);

        assertTrue(verdict.up());
        assertEquals(List.of("schema", "database", "broker"), List.copyOf(verdict.data().keySet()));
        assertEquals("migrated to version 6", verdict.data().get("schema"));
        assertEquals("UP (4 ms)", verdict.data().get("database"));
    }

    @Test
    void notReadyWhileTheDatabaseDoesNotAnswer() {
        ReadinessVerdict verdict = ReadinessVerdict.of(Optional.of("6"), down("no answer within 2000 ms"), UP);

        assertFalse(verdict.up());
        assertEquals("DOWN: no answer within 2000 ms (2001 ms)", verdict.data().get("database"));
        assertEquals("database unreachable: no answer within 2000 ms", verdict.data().get("reason"));
    }

    @Test
    void notReadyWhileTheBrokerDoesNotAnswer() {
        ReadinessVerdict verdict = ReadinessVerdict.of(Optional.of("6"), UP, down("JMSException: Connection refused"));

        assertFalse(verdict.up());
        assertEquals("JMS broker unreachable: JMSException: Connection refused", verdict.data().get("reason"));
        assertEquals("UP (4 ms)", verdict.data().get("database"));
    }

    @Test
    void notReadyBeforeMigrationsHaveRunAndTheReasonIsTheFirstFailure() {
        ReadinessVerdict verdict = ReadinessVerdict.of(Optional.empty(), down("SQLException: refused"), UP);

        assertFalse(verdict.up());
        assertEquals("database migrations have not run yet", verdict.data().get("reason"));
        assertEquals("DOWN: SQLException: refused (2001 ms)", verdict.data().get("database"), "every part still said");
    }
}
