package de.ladewerk.gateway.devmodel;

import java.time.Instant;

/** Which part of which report a message is: parts 0..n with tbc=false on the last make one report. */
public record ReportPart(Kind kind, int requestId, int seqNo, boolean tbc, Instant generatedAt) {

    /** The two reports assembled from parts. */
    public enum Kind {
        /** NotifyReport after GetBaseReport/GetReport. */
        Report,
        /** NotifyMonitoringReport after GetMonitoringReport. */
        MonitoringReport
    }
}
