package dev.inventoryimport.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

import dev.inventoryimport.intake.auth.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks console logins against {@link Operators}. Repeated failures for a username (5) or from an
 * address (20) within 15 minutes lock further attempts out until the window has passed, whatever
 * the password.
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(OperatorIdentityStore.class.getName());

    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), Clock.systemUTC());

    @Inject
    Operators operators;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String address = request.getRemoteAddr();
        if (!throttle.allows(username, address)) {
            LOG.warning(() -> "Console login refused without checking: too many failures for this user or "
                    + address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (operators.verify(username, credential.getPassword().getValue())) {
            throttle.succeeded(username);
            return new CredentialValidationResult(username, Set.of(Operators.ROLE));
        }
        throttle.failed(username, address);
        LOG.info(() -> "Console login failed from " + address);
        return CredentialValidationResult.INVALID_RESULT;
    }
}
