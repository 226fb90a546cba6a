-- Time series: status history and connection events. Hypertables with compression and retention
-- where the timescaledb extension is installed, plain tables with the same columns and indexes otherwise,
-- so every query is the same on both.
CREATE TABLE ocpp.status_events (
    time               timestamptz NOT NULL,
    station_id         text NOT NULL,
    evse_id            integer NOT NULL,
    connector_id       integer NOT NULL,
    status             text NOT NULL,
    protocol_status    text NOT NULL,
    error_code         text,
    info               text,
    vendor_error_code  text,
    received_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_events_station_time ON ocpp.status_events (station_id, time DESC);

CREATE TABLE ocpp.connection_events (
    time               timestamptz NOT NULL,
    station_id         text NOT NULL,
    event              text NOT NULL CHECK (event IN ('CONNECTED', 'DISCONNECTED', 'REPLACED', 'REJECTED')),
    protocol_version   text,
    remote_address     text,
    detail             text
);
CREATE INDEX connection_events_station_time ON ocpp.connection_events (station_id, time DESC);

DO $$
BEGIN
    -- Ladewerk creates the extension (in schema public) before the migrations where it may: TimescaleSetup
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable('ocpp.status_events', 'time', chunk_time_interval => INTERVAL '7 days');
        PERFORM create_hypertable('ocpp.connection_events', 'time', chunk_time_interval => INTERVAL '30 days');
        EXECUTE 'ALTER TABLE ocpp.status_events SET (timescaledb.compress, '
             || 'timescaledb.compress_segmentby = ''station_id'', timescaledb.compress_orderby = ''time DESC'')';
        EXECUTE 'ALTER TABLE ocpp.connection_events SET (timescaledb.compress, '
             || 'timescaledb.compress_segmentby = ''station_id'', timescaledb.compress_orderby = ''time DESC'')';
        PERFORM add_compression_policy('ocpp.status_events', INTERVAL '30 days');
        PERFORM add_compression_policy('ocpp.connection_events', INTERVAL '30 days');
        PERFORM add_retention_policy('ocpp.status_events', INTERVAL '3 years');
        PERFORM add_retention_policy('ocpp.connection_events', INTERVAL '1 year');
    END IF;
END
$$;

-- Which layout this database got, for operators and for code that must know (e.g. aggregate refresh).
CREATE TABLE ocpp.storage_layout (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    timescaledb boolean NOT NULL
);
INSERT INTO ocpp.storage_layout (timescaledb)
SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb');
