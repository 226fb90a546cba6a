-- Security profiles 2/3, certificates, security events, firmware and log status.

-- stations.security_profile (V1) is the lowest profile a station may connect with. A SetNetworkProfile
-- upgrade accepted by the station is remembered here and becomes the profile once the station connects with it.
ALTER TABLE ocpp.stations ADD COLUMN pending_security_profile smallint
    CHECK (pending_security_profile BETWEEN 2 AND 3);

-- Every certificate exchange with a station and its outcome (SignCertificate, CertificateSigned,
-- InstallCertificate, DeleteCertificate, GetInstalledCertificateIds).
CREATE TABLE ocpp.certificate_operations (
    id                bigserial PRIMARY KEY,
    station_id        text NOT NULL,
    operation         text NOT NULL,
    certificate_type  text,
    hash_algorithm    text,
    issuer_name_hash  text,
    issuer_key_hash   text,
    serial_number     text,
    outcome           text NOT NULL,       -- Accepted, Rejected, Failed, NotFound, Timeout, CallError:<code>, Offline
    detail            text,
    at                timestamptz NOT NULL
);
CREATE INDEX certificate_operations_station_at ON ocpp.certificate_operations (station_id, at DESC);

-- The certificates Ladewerk knows to be on each station.
CREATE TABLE ocpp.station_certificates (
    station_id        text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    certificate_type  text NOT NULL,
    hash_algorithm    text NOT NULL,
    issuer_name_hash  text NOT NULL,
    issuer_key_hash   text NOT NULL,
    serial_number     text NOT NULL,
    source            text NOT NULL CHECK (source IN ('ISSUED', 'INSTALLED', 'REPORTED')),
    subject           text,
    not_after         timestamptz,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (station_id, hash_algorithm, issuer_name_hash, issuer_key_hash, serial_number)
);

-- Time series: security events (SecurityEventNotification) and firmware/diagnostics/log status.
CREATE TABLE ocpp.security_events (
    time         timestamptz NOT NULL,     -- when the station says it happened
    station_id   text NOT NULL,
    type         text NOT NULL,
    tech_info    text,
    received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX security_events_station_time ON ocpp.security_events (station_id, time DESC);

CREATE TABLE ocpp.firmware_events (
    time         timestamptz NOT NULL,     -- when Ladewerk received it (the messages carry no time)
    station_id   text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('FIRMWARE', 'SIGNED_FIRMWARE', 'DIAGNOSTICS', 'LOG', 'PUBLISH_FIRMWARE')),
    status       text NOT NULL,            -- the station's status word, e.g. Downloading, Installed, Uploaded
    request_id   integer,
    detail       text,                     -- e.g. PublishFirmware's locations
    protocol_version text NOT NULL
);
CREATE INDEX firmware_events_station_time ON ocpp.firmware_events (station_id, time DESC);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable('ocpp.security_events', 'time', chunk_time_interval => INTERVAL '30 days');
        PERFORM create_hypertable('ocpp.firmware_events', 'time', chunk_time_interval => INTERVAL '30 days');
        PERFORM add_retention_policy('ocpp.security_events', INTERVAL '3 years');
        PERFORM add_retention_policy('ocpp.firmware_events', INTERVAL '3 years');
    END IF;
END
$$;
