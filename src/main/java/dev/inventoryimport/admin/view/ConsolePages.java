package dev.inventoryimport.admin.view;

import java.io.IOException;
import java.net.MalformedURLException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every address under {@code /admin} an operator may type or bookmark reaches a page (see
 * {@link ConsoleAddress}). It runs after the login: the security constraint on {@code /admin/*}
 * comes first, and after logging in the browser returns to the address first asked for, which is
 * then sent on here ({@code /admin/} to the dashboard, an unknown page to the console's own "not
 * found" page rather than the server's error report).
 */
@WebFilter(urlPatterns = "/admin/*", dispatcherTypes = DispatcherType.REQUEST)
public class ConsolePages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        ConsoleAddress address = ConsoleAddress.route(path, this::exists);
        switch (address.action()) {
            case SERVE -> chain.doFilter(request, response);
            case REDIRECT -> response.sendRedirect(request.getContextPath() + address.target()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            case NOT_FOUND -> {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                request.getRequestDispatcher(address.target()).forward(request, response);
            }
        }
    }

    private boolean exists(String path) {
        try {
            return getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
