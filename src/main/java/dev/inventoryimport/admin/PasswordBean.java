package dev.inventoryimport.admin;

import dev.inventoryimport.admin.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Change password. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    ConsoleActions actions;

    private String current;
    private String next;
    private String repeated;

    public void change() {
        if (next == null || !next.equals(repeated)) {
            Messages.error("The new password and its repetition differ");
            return;
        }
        try {
            actions.changePassword(current == null ? new char[0] : current.toCharArray(), next.toCharArray());
            Messages.info("Password changed");
        } catch (IllegalArgumentException refused) {
            Messages.error(refused.getMessage());
        } finally {
            current = next = repeated = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
