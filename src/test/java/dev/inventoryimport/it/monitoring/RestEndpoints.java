package dev.inventoryimport.it.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * The REST endpoints an OpenAPI document must describe, as {@code "GET /rest/V1/stockItems/{sku}"}:
 * those docs/contracts.md lists, and those the JAX-RS resources serve (read from the compiled classes).
 */
final class RestEndpoints {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern METHOD = Pattern.compile("GET|POST|PUT|DELETE");

    private RestEndpoints() {
    }

    /**
     * The first cell of each row of an "Endpoints" table (docs/contracts.md) under {@code /rest}: {@code `PUT`/`GET
     * /rest/...`} names two methods of one path, a query string is dropped, an abbreviated path skipped.
     */
    static Set<String> ofEndpointsTable(Path doc) throws IOException {
        Set<String> endpoints = new TreeSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(doc)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Endpoints");
                continue;
            }
            if (!inSection || !line.startsWith("| `")) {
                continue;
            }
            String cell = line.substring(1, line.indexOf(" | "));
            List<String> pending = new ArrayList<>();
            List<String> methods = List.of();
            Matcher code = CODE.matcher(cell);
            while (code.find()) {
                String[] parts = code.group(1).strip().split(" ", 2);
                if (METHOD.matcher(parts[0]).matches() && parts.length == 1) {
                    pending.add(parts[0]); // `PUT`/`GET /rest/...`: a method for the path that follows
                    continue;
                }
                String path = parts[parts.length - 1].replaceAll("\\?.*", "");
                if (parts.length == 2 && METHOD.matcher(parts[0]).matches()) {
                    pending.add(parts[0]);
                    methods = List.copyOf(pending);
                    pending.clear();
                }
                if (path.startsWith("/rest/") && !path.contains("...")) {
                    for (String m : methods) {
                        endpoints.add(m + " " + path);
                    }
                }
            }
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("No REST endpoint found in the Endpoints table of " + doc);
        }
        return endpoints;
    }

    /** An endpoint's route: its method and path with the names of path parameters left out. */
    static String route(String endpoint) {
        return endpoint.replaceAll("\\{[^}]*}", "{}");
    }

    /** Every resource method of the classes under {@code classes} with a JAX-RS {@code @Path}. */
    static Set<String> ofResources(Path classes) {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RestEndpoints.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String verb = verb(m);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        endpoints.add(verb + " /rest/" + plain(root.value()) + (sub == null ? "" : "/" + plain(sub.value())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("Compiled classes not loadable from the test's class path", e);
        }
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("No JAX-RS resource found under " + classes);
        }
        return endpoints;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** {@code {requestId: [0-9]{1,18}}} as OpenAPI writes it, {@code {requestId}}; no leading or trailing slash. */
    private static String plain(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean pattern = false;
        for (char c : path.replaceAll("^/+|/+$", "").toCharArray()) {
            if (c == '{' && depth++ == 0) {
                pattern = false;
                out.append(c);
            } else if (c == '}' && --depth == 0) {
                out.append(c);
            } else if (depth == 1 && c == ':') {
                pattern = true;
            } else if (depth == 0 || !(pattern || Character.isWhitespace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
