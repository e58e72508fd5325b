package dev.inventoryimport.admin.audit;

/** What an operator did. */
public enum AuditAction {
    LOGIN("Logged in"),
    LOGIN_REFUSED("Login refused"),
    LOGOUT("Logged out"),
    SETTING_CHANGED("Setting changed"),
    PROCESS_NOW("Process now"),
    SEQUENCE_RESET("Sequence reset"),
    PASSWORD_CHANGED("Password changed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
