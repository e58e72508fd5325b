package dev.inventoryimport.admin;

import dev.inventoryimport.admin.security.Operators;
import dev.inventoryimport.imports.report.FailureNotices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** What every console page shows around its content: who is logged in, and the failure banner. */
@Named
@RequestScoped
public class ConsoleBean {

    @Inject
    SecurityContext security;

    @Inject
    FailureNotices failureNotices;

    @Inject
    Operators operators;

    private FailureNotices.Open unopened;

    public String getUser() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }

    /** Failed requests and imports with Failure lines not opened yet, by kind (one query per page). */
    public FailureNotices.Open getUnopened() {
        if (unopened == null) {
            unopened = failureNotices.openByKind();
        }
        return unopened;
    }

    public boolean isInitialPasswordPending() {
        return operators.initialPasswordPending();
    }
}
