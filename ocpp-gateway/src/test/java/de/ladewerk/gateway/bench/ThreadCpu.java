package de.ladewerk.gateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU of this JVM's threads grouped by name prefix over an interval, so a benchmark can tell the
 * per-message work (event loops, group-commit writer) from one-off costs in the same process (password
 * checks at connect, JIT compilation and GC, which run on threads the JVM does not list here).
 */
final class ThreadCpu {

    /** Group name to the thread-name prefixes it covers. */
    static final Map<String, String[]> GATEWAY_GROUPS = groups();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = snapshot();

    private static Map<String, String[]> groups() {
        Map<String, String[]> g = new LinkedHashMap<>();
        g.put("event loops", new String[] {"vert.x-eventloop-thread-"});
        g.put("writer", new String[] {"ocpp-writer-"});
        g.put("password checks", new String[] {"ladewerk-gateway-passwords-"});
        g.put("worker pools", new String[] {"ladewerk-gateway-blocking-", "vert.x-worker-thread-", "vert.x-internal-blocking-"});
        return g;
    }

    private Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new LinkedHashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    /** CPU seconds per group since construction (threads that ended in between are not counted). */
    Map<String, Double> secondsByGroup() {
        Map<String, Double> out = new LinkedHashMap<>();
        GATEWAY_GROUPS.keySet().forEach(k -> out.put(k, 0.0));
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info == null || nanos < 0) {
                continue;
            }
            String group = groupOf(info.getThreadName());
            if (group != null) {
                out.merge(group, (nanos - start.getOrDefault(id, 0L)) / 1e9, Double::sum);
            }
        }
        return out;
    }

    private static String groupOf(String threadName) {
        for (Map.Entry<String, String[]> g : GATEWAY_GROUPS.entrySet()) {
            for (String prefix : g.getValue()) {
                if (threadName.startsWith(prefix)) {
                    return g.getKey();
                }
            }
        }
        return null;
    }
}
