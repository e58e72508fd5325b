package dev.inventoryimport.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a service log says about its start. Payara Micro prints "ready in" even after a failed
 * post-boot command (a WARNING "Boot Command ... failed") or a failed deployment (SEVERE), so a
 * start is judged by the lines before that one, not by the line itself.
 */
record StartupLog(boolean ready, List<String> problems, long severeAfterStart) {

    static final String READY = "ready in";

    static StartupLog read(Path log) throws IOException {
        List<String> problems = new ArrayList<>();
        boolean ready = false;
        long severeAfter = 0;
        for (String line : Files.readAllLines(log)) {
            boolean severe = line.contains("SEVERE");
            if (ready) {
                severeAfter += severe ? 1 : 0;
            } else if (severe || line.contains("Boot Command") && line.contains("failed")) {
                problems.add(line.length() > 400 ? line.substring(0, 400) + "..." : line);
            } else if (line.contains(READY)) {
                ready = true;
            }
        }
        return new StartupLog(ready, List.copyOf(problems), severeAfter);
    }

    boolean clean() {
        return ready && problems.isEmpty();
    }
}
