package dev.inventoryimport.admin.view;

import java.util.function.Predicate;

/**
 * What an address under {@code /admin} leads to, decided from the path alone: the pages are the
 * {@code .xhtml} files of the console, so {@code /admin}, {@code /admin/} and a page named without
 * its extension lead to a page, and anything else is the console's "not found" page.
 *
 * @param action what to do with the request
 * @param target for {@link Action#REDIRECT}, the path to send the browser to (inside the application)
 */
public record ConsoleAddress(Action action, String target) {

    public enum Action { SERVE, REDIRECT, NOT_FOUND }

    public static final String HOME = "/admin/index.xhtml";
    public static final String NOT_FOUND_PAGE = "/admin/not-found.xhtml";
    private static final String PAGE_SUFFIX = ".xhtml";

    /**
     * @param path the path inside the application, starting {@code /admin}
     * @param exists whether the web application holds a file at a path
     */
    public static ConsoleAddress route(String path, Predicate<String> exists) {
        if (path.equals("/admin") || path.equals("/admin/")) {
            return new ConsoleAddress(Action.REDIRECT, HOME);
        }
        if (path.endsWith(PAGE_SUFFIX)) {
            return exists.test(path) ? new ConsoleAddress(Action.SERVE, path) : notFound();
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String page = trimmed + PAGE_SUFFIX;
        return exists.test(page) ? new ConsoleAddress(Action.REDIRECT, page) : notFound();
    }

    private static ConsoleAddress notFound() {
        return new ConsoleAddress(Action.NOT_FOUND, NOT_FOUND_PAGE);
    }
}
