package dev.inventoryimport.admin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import dev.inventoryimport.admin.view.ConsoleAddress.Action;
import org.junit.jupiter.api.Test;

class ConsoleAddressTest {

    private static final Set<String> FILES = Set.of("/admin/index.xhtml", "/admin/requests.xhtml",
            "/admin/not-found.xhtml");

    private static ConsoleAddress route(String path) {
        return ConsoleAddress.route(path, FILES::contains);
    }

    @Test
    void theConsolesRootLeadsToTheDashboard() {
        assertEquals(new ConsoleAddress(Action.REDIRECT, "/admin/index.xhtml"), route("/admin"));
        assertEquals(new ConsoleAddress(Action.REDIRECT, "/admin/index.xhtml"), route("/admin/"));
    }

    @Test
    void aPageIsServedAndMayBeNamedWithoutItsExtension() {
        assertEquals(new ConsoleAddress(Action.SERVE, "/admin/requests.xhtml"), route("/admin/requests.xhtml"));
        assertEquals(new ConsoleAddress(Action.REDIRECT, "/admin/requests.xhtml"), route("/admin/requests"));
        assertEquals(new ConsoleAddress(Action.REDIRECT, "/admin/requests.xhtml"), route("/admin/requests/"));
    }

    @Test
    void anythingElseIsTheConsolesNotFoundPage() {
        for (String path : new String[] {"/admin/nope.xhtml", "/admin/nope", "/admin/requests.xhtml/x",
                "/admin/../web.xml", "/admin/requests.jsp"}) {
            assertEquals(new ConsoleAddress(Action.NOT_FOUND, "/admin/not-found.xhtml"), route(path), path);
        }
    }
}
