package de.ladewerk.gateway.customer;

/**
 * The customer information a station sent for one request, assembled from its parts in seqNo
 * order; {@code complete} once parts 0..n arrived and n said tbc=false.
 */
public record CustomerInformation(int requestId, int parts, boolean complete, String data) {
}
