package dev.inventoryimport.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login for the console (the constraint on {@code /admin/*} is in web.xml). An anonymous
 * request is redirected (302) to the login page, and after logging in the operator lands on the
 * page first asked for. A wrong password stays on the login page with a message.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles(Operators.ROLE)
@ApplicationScoped
public class ConsoleSecurity {
}
