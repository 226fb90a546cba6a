package de.ladewerk.simulator.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generator's own CPU and memory, sampled during the run, so a report shows when the load
 * generator rather than the server was the limit.
 */
final class ResourceUsage {

    private static final long MIN_SAMPLE_NANOS = 500_000_000L;

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long startCpuNanos = os.getProcessCpuTime();
    private final long startWallNanos = System.nanoTime();
    private long lastCpuNanos = startCpuNanos;
    private long lastWallNanos = startWallNanos;
    private double peakCores;
    private long peakRssBytes;

    /** Takes one sample; call about once a second. */
    synchronized void sample() {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        if (wall - lastWallNanos < MIN_SAMPLE_NANOS) {
            return; // too short a window to say how busy the cores were
        }
        peakCores = Math.max(peakCores, (double) (cpu - lastCpuNanos) / (wall - lastWallNanos));
        lastCpuNanos = cpu;
        lastWallNanos = wall;
        peakRssBytes = Math.max(peakRssBytes, rssBytes());
    }

    synchronized LoadReport.Generator report() {
        sample();
        double cpuSeconds = (os.getProcessCpuTime() - startCpuNanos) / 1e9;
        double wallSeconds = (System.nanoTime() - startWallNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double averageCores = wallSeconds > 0 ? cpuSeconds / wallSeconds : 0;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new LoadReport.Generator(round(cpuSeconds), round(averageCores), round(peakCores), cores,
                heap.getUsed() / 1_048_576, heap.getMax() / 1_048_576, rssBytes() / 1_048_576,
                peakRssBytes / 1_048_576, ManagementFactory.getThreadMXBean().getThreadCount(),
                peakCores > 0.9 * cores);
    }

    /** Resident set size from /proc (Linux); 0 where there is none. */
    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
