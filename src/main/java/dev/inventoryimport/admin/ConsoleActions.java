package dev.inventoryimport.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.inventoryimport.admin.audit.AuditAction;
import dev.inventoryimport.admin.audit.AuditTrail;
import dev.inventoryimport.admin.security.Operators;
import dev.inventoryimport.admin.view.Addresses;
import dev.inventoryimport.imports.report.FailureNotices;
import dev.inventoryimport.queue.ManualProcessing;
import dev.inventoryimport.settings.RuntimeSettings;
import dev.inventoryimport.settings.Setting;
import dev.inventoryimport.stock.StockKey;
import dev.inventoryimport.stock.StockQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

/**
 * Everything an operator changes from the console, each in one transaction with its audit entry:
 * the action and its record commit together or not at all. The actor is the logged-in caller.
 */
@ApplicationScoped
@Transactional
public class ConsoleActions {

    @Inject
    SecurityContext security;

    @Inject
    AuditTrail audit;

    @Inject
    ManualProcessing processing;

    @Inject
    RuntimeSettings settings;

    @Inject
    StockQueries stock;

    @Inject
    Operators operators;

    @Inject
    FailureNotices failureNotices;

    public ManualProcessing.Outcome processNow(Collection<Long> requestIds) {
        ManualProcessing.Outcome outcome = processing.processNow(requestIds);
        audit.record(actor(), AuditAction.PROCESS_NOW, "Requests " + Summaries.ids(requestIds) + ": queued "
                + outcome.queued().size() + (outcome.skipped() > 0 ? ", skipped " + outcome.skipped()
                + " neither Pending nor Failed" : ""));
        return outcome;
    }

    /** @return rows reset: 0 when the SKU has no row at that source */
    public int resetSequence(StockKey key) {
        int reset = stock.resetSequence(key);
        audit.record(actor(), AuditAction.SEQUENCE_RESET, "SKU " + key.sku() + " at source " + key.source()
                + ": " + reset + " row(s)");
        return reset;
    }

    public int resetSource(String source) {
        int reset = stock.resetSource(source);
        audit.record(actor(), AuditAction.SEQUENCE_RESET, "Every SKU at source " + source + ": " + reset + " row(s)");
        return reset;
    }

    /**
     * Validates every value first, then stores those that changed.
     *
     * @return the settings that changed
     * @throws IllegalArgumentException listing each refused value; nothing is stored then
     */
    public List<Setting> changeSettings(Map<Setting, String> values) {
        Map<Setting, String> normalised = new EnumMap<>(Setting.class);
        List<String> refused = new ArrayList<>();
        values.forEach((setting, value) -> {
            try {
                normalised.put(setting, setting.normalise(value));
            } catch (IllegalArgumentException e) {
                refused.add(e.getMessage());
            }
        });
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", refused));
        }
        Map<Setting, String> before = settings.all();
        List<Setting> changed = new ArrayList<>();
        normalised.forEach((setting, value) -> {
            if (!Objects.equals(before.get(setting), value)) {
                settings.change(setting, value);
                audit.record(actor(), AuditAction.SETTING_CHANGED, setting + ": " + before.get(setting) + " → " + value);
                changed.add(setting);
            }
        });
        return changed;
    }

    /** @throws IllegalArgumentException when refused, with the reason */
    public void changePassword(char[] current, char[] next) {
        operators.changePassword(actor(), current, next);
        audit.record(actor(), AuditAction.PASSWORD_CHANGED, "Password of " + actor() + " changed");
    }

    public void loggedIn(String username, String address) {
        audit.record(username, AuditAction.LOGIN, "From " + Addresses.readable(address));
    }

    /** A refused login, under the username tried (which may be no operator at all). */
    public void loginRefused(String username, String address) {
        audit.record(username == null || username.isBlank() ? "(none)" : username, AuditAction.LOGIN_REFUSED,
                "From " + Addresses.readable(address) + ": wrong username or password, or too many attempts");
    }

    public void loggingOut() {
        audit.record(actor(), AuditAction.LOGOUT, "Session ended");
    }

    /** Opening a request or its report acknowledges its failure: the banner stops counting it. */
    public void opened(long requestId) {
        failureNotices.clear(requestId);
    }

    private String actor() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("No operator logged in");
        }
        return caller.getName();
    }
}
