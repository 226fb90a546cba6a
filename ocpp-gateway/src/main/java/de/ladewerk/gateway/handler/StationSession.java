package de.ladewerk.gateway.handler;

import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.OcppVersion;
import java.util.UUID;

/** What a call handler may know and change about the connection it serves. */
public interface StationSession {

    String stationId();

    OcppVersion version();

    UUID connectionId();

    /** The registration status this connection works under; other calls than Boot need ACCEPTED. */
    RegistrationStatus registration();

    void registration(RegistrationStatus status);
}
