package de.ladewerk.gateway.query;

import java.util.List;

/**
 * The demo's bulk writes into the gateway's data that no repository offers: where the stations stand,
 * and a few thousand id tokens in one batch. Blocking; each call is one transaction.
 */
public interface DemoData {

    /** Where a station stands. */
    record Location(String stationId, String district, double latitude, double longitude) {
    }

    /** A token to create (ISO 14443 RFID card, matched by 1.6 idTags of the same value too), and its owner. */
    record Token(String value, String customerRef) {
    }

    /** Sets district and coordinates of registered stations. */
    void locate(List<Location> locations);

    /** Creates accepted tokens; ones that exist already are left as they are. */
    void createTokens(List<Token> tokens);
}
