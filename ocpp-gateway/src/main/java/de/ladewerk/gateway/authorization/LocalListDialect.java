package de.ladewerk.gateway.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import java.util.List;

/** How one OCPP version writes and reads SendLocalList. */
public interface LocalListDialect {

    /** A SendLocalList as sent: its version number, whether it replaces the list, and its entries or changes. */
    record Update(int version, boolean full, List<LocalListEntry.Change> changes) {
    }

    OcppVersion version();

    /** The version's SendLocalList request record, to find the listener by. */
    Class<?> requestType();

    /** The entries as this version can carry them (e.g. 1.6: idTags of at most 20 characters, one per value). */
    List<LocalListEntry> fit(List<LocalListEntry> entries);

    /** The SendLocalList payload. */
    JsonNode request(Update update);

    /** Reads a SendLocalList payload back (validated before it was sent). */
    Update read(JsonNode request);


    static LocalListDialect of(OcppVersion version) {
        return switch (version) {
            case V16 -> new V16LocalListDialect();
            case V201 -> new V201LocalListDialect();
            default -> throw new IllegalArgumentException("no local lists in " + version.subprotocol());
        };
    }
}
