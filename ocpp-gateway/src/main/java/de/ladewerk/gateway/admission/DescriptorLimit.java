package de.ladewerk.gateway.admission;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** The process's limit of open file descriptors ({@code ulimit -n}), which every TCP connection counts against. */
public final class DescriptorLimit {

    /** Assumed where the JVM cannot tell (not a Unix system). */
    static final int UNKNOWN = 4096;

    private DescriptorLimit() {
    }

    /** The soft limit of open descriptors of this process. */
    public static int maxDescriptors() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return (int) Math.min(Integer.MAX_VALUE, unix.getMaxFileDescriptorCount());
        }
        return UNKNOWN;
    }
}
