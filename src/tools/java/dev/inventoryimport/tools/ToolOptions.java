package dev.inventoryimport.tools;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} arguments of the command-line tools run through {@code exec:java}, checked
 * against the tool's defaults: an unknown name or a missing value is a usage error (exit 2), not a
 * silently ignored typo in a run that takes minutes.
 */
final class ToolOptions {

    private ToolOptions() {
    }

    /** The options given, each known to {@code defaults}; prints the usage and exits 2 otherwise. */
    static Map<String, String> parse(String tool, String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                System.err.println(tool + ": unknown option or missing value: " + args[i]);
                System.err.println(tool + ": options (defaults) " + defaults);
                System.exit(2);
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }

    /** Ends a tool run: only a failure exits explicitly, since under exec:java System.exit ends Maven too. */
    static void exitOnFailure(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
