package de.ladewerk.gateway.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU and memory of this process (the gateway) and of the whole machine over a measured interval:
 * with server, database and generator on two cores, the machine's busy share says who waited for whom.
 */
final class ProcessFigures {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long cpuNanos = os.getProcessCpuTime();
    private final long wallNanos = System.nanoTime();
    private final long[] machine = machineTicks();
    private final double loadBefore = loadAverage();

    /** CPU seconds this process used since construction. */
    double processSeconds() {
        return (os.getProcessCpuTime() - cpuNanos) / 1e9;
    }

    /** Cores this process used on average since construction. */
    double processCores() {
        return (double) (os.getProcessCpuTime() - cpuNanos) / (System.nanoTime() - wallNanos);
    }

    /** Share of all cores' time that was busy (any process) since construction. */
    double machineBusy() {
        long[] now = machineTicks();
        long total = now[0] - machine[0];
        return total == 0 ? 0 : 1 - (double) (now[1] - machine[1]) / total;
    }

    double loadBefore() {
        return loadBefore;
    }

    /** Resident set size of this process in MiB. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** [all ticks, idle + iowait ticks] from /proc/stat; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
