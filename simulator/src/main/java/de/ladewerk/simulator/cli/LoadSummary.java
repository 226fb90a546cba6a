package de.ladewerk.simulator.cli;

import de.ladewerk.simulator.load.LoadReport;
import java.util.Locale;
import java.util.Map;

/** The readable form of a load report. */
final class LoadSummary {

    private LoadSummary() {
    }

    static String text(LoadReport r) {
        StringBuilder s = new StringBuilder();
        LoadReport.Setup setup = r.setup();
        line(s, "target        %s (%s), %d stations x %d calls, rate limit %s, ramp-up %.1f s, %d event loops",
                setup.endpoint(), setup.version(), setup.stations(), setup.callsPerStation(),
                setup.callsPerSecondLimit() > 0 ? String.format(Locale.ROOT, "%.0f/s", setup.callsPerSecondLimit()) : "none",
                setup.rampUpSeconds(), setup.eventLoops());
        line(s, "run           %.2f s from %s", r.wallSeconds(), r.startedAt());
        LoadReport.Connections c = r.connections();
        line(s, "connected     %d (failed %d), %.0f connects/s, connect ms %s", c.connected(), c.failed(),
                c.perSecond(), latency(c.connectMillis()));
        line(s, "calls         %d (failed %d), %.0f calls/s%s", r.calls().total(), r.calls().failed(), r.calls().perSecond(),
                r.calls().sampledValuesPerSecond() > 0
                        ? String.format(Locale.ROOT, ", %.0f sampled values/s", r.calls().sampledValuesPerSecond()) : "");
        for (Map.Entry<String, LoadReport.ActionFigures> e : r.calls().byAction().entrySet()) {
            LoadReport.ActionFigures a = e.getValue();
            line(s, "  %-18s %d ok, %d failed, %.0f/s, answer ms %s", e.getKey(), a.answered(), a.failed(),
                    a.perSecond(), latency(a.latencyMillis()));
        }
        if (r.errors().isEmpty()) {
            line(s, "errors        none");
        } else {
            line(s, "errors");
            r.errors().forEach((kind, n) -> line(s, "  %-40s %d", kind, n));
        }
        LoadReport.Generator g = r.generator();
        line(s, "generator     CPU %.1f s (avg %.2f, peak %.2f of %d cores)%s; heap %d/%d MB; RSS %d MB (peak %d MB); %d threads",
                g.cpuSeconds(), g.averageCoresUsed(), g.peakCoresUsed(), g.availableCores(),
                g.saturated() ? " SATURATED: figures may measure the generator" : "",
                g.heapUsedMb(), g.heapMaxMb(), g.rssMb(), g.peakRssMb(), g.threads());
        return s.toString();
    }

    private static String latency(LoadReport.Latency l) {
        return String.format(Locale.ROOT, "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", l.p50(), l.p95(), l.p99(), l.max());
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
