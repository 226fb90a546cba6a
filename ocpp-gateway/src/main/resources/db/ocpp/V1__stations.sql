-- Stations, their EVSEs/connectors and what Ladewerk knows of them right now.
CREATE SCHEMA IF NOT EXISTS ocpp;

CREATE TABLE ocpp.stations (
    id                    text PRIMARY KEY,                 -- the OCPP identity (last URL path segment)
    password_hash         text,                             -- Argon2id, never the password
    registration_status   text NOT NULL DEFAULT 'ACCEPTED'
                          CHECK (registration_status IN ('ACCEPTED', 'PENDING', 'REJECTED')),
    security_profile      smallint NOT NULL DEFAULT 1 CHECK (security_profile BETWEEN 1 AND 3),
    protocol_version      text,
    vendor                text,
    model                 text,
    serial_number         text,
    firmware_version      text,
    iccid                 text,
    imsi                  text,
    meter_type            text,
    meter_serial_number   text,
    district              text,
    latitude              double precision,
    longitude             double precision,
    online                boolean NOT NULL DEFAULT false,
    connection_id         uuid,                             -- the connection that set online, so a stale one cannot clear it
    last_connected_at     timestamptz,
    last_disconnected_at  timestamptz,
    last_boot_at          timestamptz,
    last_boot_reason      text,
    last_heartbeat_at     timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- Version-neutral: a 1.6 connector N is EVSE N with connector 1; connector 0 is EVSE 0 / connector 0 (the station).
CREATE TABLE ocpp.connectors (
    station_id         text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    evse_id            integer NOT NULL CHECK (evse_id >= 0),
    connector_id       integer NOT NULL CHECK (connector_id >= 0),
    status             text NOT NULL,                       -- AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE, FAULTED
    protocol_status    text NOT NULL,                       -- as the station said it, e.g. SuspendedEV
    error_code         text,
    info               text,
    vendor_error_code  text,
    status_at          timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, evse_id, connector_id)
);
