package de.ladewerk.gateway.devmodel;

/**
 * How far a report has arrived: {@code complete} once parts 0..n are all there and part n said
 * tbc=false.
 */
public record ReportStatus(ReportPart.Kind kind, int requestId, int parts, int items, boolean complete) {
}
