package dev.inventoryimport.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time spent by the service and by a local MariaDB over a workload, and by the service's JIT
 * compilers in it. Throughput on a shared 2-core machine moves from run to run; CPU time per SKU
 * update moves far less, so a change is judged by both (Linux only: {@code /proc}).
 */
final class CpuMeter {

    /** {@code getconf CLK_TCK} on every Linux this runs on: /proc counts CPU time in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * CPU seconds of the service, the database, the service's compiler threads and this process (the
     * simulator pushing and the probe polling: on these 2 cores OrderFlow's side takes its share), the
     * machine's idle CPU seconds (every core), and the wall clock, at one moment.
     */
    record Reading(double serviceCpu, double databaseCpu, double compile, double clientCpu, double idle, double wall) {

        Reading minus(Reading earlier) {
            return new Reading(serviceCpu - earlier.serviceCpu, databaseCpu - earlier.databaseCpu,
                    compile - earlier.compile, clientCpu - earlier.clientCpu, idle - earlier.idle, wall - earlier.wall);
        }

        /**
         * Of a difference: the share of the service's CPU its compiler threads took, 0 to 1 (0 when
         * they are not known: a compiler thread that ended took its CPU time with it).
         */
        double compileShare() {
            return compile < 0 || serviceCpu <= 0 ? 0 : compile / serviceCpu;
        }

        /** Of a difference: the share of the machine's CPU time left idle, 0 to 1. */
        double idleShare() {
            return idle / (wall * Runtime.getRuntime().availableProcessors());
        }
    }

    private final ServiceProcess service;
    private final OptionalLong database;

    CpuMeter(ServiceProcess service, boolean localMariaDb) throws IOException {
        this.service = service;
        this.database = localMariaDb ? processNamed("mariadbd", "mysqld") : OptionalLong.empty();
    }

    /** CPU seconds of a local MariaDB server so far, or NaN when none runs here. */
    static double localDatabaseCpuSeconds() throws IOException {
        OptionalLong pid = processNamed("mariadbd", "mysqld");
        return pid.isPresent() ? cpuSeconds(pid.getAsLong()) : Double.NaN;
    }

    Reading read() throws IOException {
        double db = database.isPresent() ? cpuSeconds(database.getAsLong()) : Double.NaN;
        return new Reading(cpuSeconds(service.pid()), db, service.compilerCpuSeconds(),
                cpuSeconds(ProcessHandle.current().pid()), idleSeconds(Path.of("/proc/stat")), System.nanoTime() / 1e9);
    }

    /** User plus system time of a process: fields 14 and 15 of {@code /proc/<pid>/stat}, after the name. */
    static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** User plus system time from a {@code stat} file of {@code /proc} (a process's or a thread's). */
    static double cpuSeconds(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** Idle plus I/O-wait time of every core: the 4th and 5th numbers of the {@code cpu} line of {@code /proc/stat}. */
    static double idleSeconds(Path procStat) throws IOException {
        String[] fields = Files.readAllLines(procStat).get(0).trim().split("\\s+");
        return (Long.parseLong(fields[4]) + Long.parseLong(fields[5])) / TICKS_PER_SECOND;
    }

    private static OptionalLong processNamed(String... names) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            String comm = Files.readString(p.resolve("comm")).strip();
                            return Stream.of(names).anyMatch(comm::equals);
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        }
    }
}
