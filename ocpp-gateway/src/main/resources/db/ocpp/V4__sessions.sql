-- Charging sessions and meter values, version-neutral: a 1.6 StartTransaction and a 2.0.1
-- TransactionEvent(Started) both become a row in ocpp.sessions.

-- 1.6 transaction ids: the CSMS assigns them, they must fit the station's 32-bit integer.
CREATE SEQUENCE ocpp.v16_transaction_ids AS integer START WITH 1 NO CYCLE;

CREATE TABLE ocpp.sessions (
    id                  bigserial PRIMARY KEY,
    station_id          text NOT NULL,
    protocol_version    text NOT NULL,                   -- ocpp1.6 / ocpp2.0.1
    transaction_id      text NOT NULL,                   -- as the station knows it (1.6: our integer; 2.0.1: its string)
    start_key           text,                            -- 1.6 only: connector|idTag|meterStart|timestamp as sent, for replays
    evse_id             integer,                         -- 2.0.1 may start before the EVSE is known
    connector_id        integer,
    id_token            text,
    id_token_type       text,
    group_id_token      text,
    auth_status         text,                            -- what we answered at start (e.g. CONCURRENT_TX)
    started_at          timestamptz NOT NULL,
    ended_at            timestamptz,
    meter_start_wh      numeric,
    meter_stop_wh       numeric,
    last_energy_wh      numeric,                         -- latest plausible Energy.Active.Import.Register
    last_energy_at      timestamptz,
    stop_reason         text,
    stop_id_token       text,
    reservation_id      integer,
    remote_start_id     integer,
    charging_state      text,
    status              text NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    offline             boolean NOT NULL DEFAULT false,  -- any of its messages was queued while offline
    last_seq_no         integer,
    meter_serial_number text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station_id, transaction_id),
    UNIQUE (station_id, start_key)
);
CREATE INDEX sessions_station_started ON ocpp.sessions (station_id, started_at DESC);
CREATE INDEX sessions_started ON ocpp.sessions (started_at DESC);
CREATE INDEX sessions_active_token ON ocpp.sessions (id_token) WHERE status = 'ACTIVE';

-- Signed meter data, byte for byte as the station sent it (1.6 SignedData values, 2.0.1 signedMeterValue).
-- Never updated: billing verifies and bills from these.
CREATE TABLE ocpp.signed_meter_values (
    id                bigserial PRIMARY KEY,
    time              timestamptz NOT NULL,
    session_id        bigint REFERENCES ocpp.sessions (id),
    station_id        text NOT NULL,
    evse_id           integer NOT NULL,
    measurand         text NOT NULL,
    context           text,
    signed_data       text NOT NULL,
    signing_method    text,
    encoding_method   text,
    public_key        text,
    received_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signed_meter_values_session ON ocpp.signed_meter_values (session_id, time);
CREATE UNIQUE INDEX signed_meter_values_once ON ocpp.signed_meter_values
    (station_id, evse_id, time, measurand, context, md5(signed_data)) NULLS NOT DISTINCT;

-- Impossible or unknown data that was rejected or corrected: never silently.
CREATE TABLE ocpp.data_rejections (
    id              bigserial PRIMARY KEY,
    time            timestamptz NOT NULL DEFAULT now(),
    station_id      text NOT NULL,
    session_id      bigint,
    transaction_id  text,
    kind            text NOT NULL,                      -- NEGATIVE_ENERGY, ENERGY_BACKWARDS, FUTURE_TIMESTAMP, ...
    action          text NOT NULL CHECK (action IN ('REJECTED', 'CORRECTED')),
    received        text NOT NULL,                      -- what the station sent
    stored          text,                               -- what was stored instead, if corrected
    reason          text NOT NULL
);
CREATE INDEX data_rejections_station_time ON ocpp.data_rejections (station_id, time DESC);
CREATE INDEX data_rejections_session ON ocpp.data_rejections (session_id) WHERE session_id IS NOT NULL;

-- 2.0.1 TransactionEvent messages by seqNo: retries are recognised, gaps found.
CREATE TABLE ocpp.transaction_events (
    station_id      text NOT NULL,
    transaction_id  text NOT NULL,
    seq_no          integer NOT NULL,
    session_id      bigint NOT NULL REFERENCES ocpp.sessions (id),
    event_type      text NOT NULL,
    trigger_reason  text NOT NULL,
    time            timestamptz NOT NULL,
    offline         boolean NOT NULL,
    charging_state  text,
    stopped_reason  text,
    id_token        text,
    id_token_type   text,
    received_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, transaction_id, seq_no)
);
CREATE INDEX transaction_events_session ON ocpp.transaction_events (session_id, seq_no);

-- A seqNo gap, and what the station answered to the GetTransactionStatus it triggered.
CREATE TABLE ocpp.transaction_seq_gaps (
    id                  bigserial PRIMARY KEY,
    station_id          text NOT NULL,
    transaction_id      text NOT NULL,
    session_id          bigint NOT NULL REFERENCES ocpp.sessions (id),
    expected_seq_no     integer NOT NULL,
    received_seq_no     integer NOT NULL,
    detected_at         timestamptz NOT NULL DEFAULT now(),
    status_asked_at     timestamptz,
    ongoing_indicator   boolean,
    messages_in_queue   boolean,
    status_error        text
);
CREATE INDEX transaction_seq_gaps_session ON ocpp.transaction_seq_gaps (session_id);

-- Sampled values, one row per value. Hypertable where TimescaleDB can be loaded; otherwise a table
-- range-partitioned by month (old months can be dropped or detached cheaply, like chunks) with a
-- default partition. Same columns and indexes either way, so every query is the same.
DO $$
DECLARE
    columns text := $cols$(
        time              timestamptz NOT NULL,
        session_id        bigint,
        station_id        text NOT NULL,
        evse_id           integer NOT NULL,
        measurand         text NOT NULL,
        phase             text,
        location          text NOT NULL,
        context           text NOT NULL,
        unit              text NOT NULL,            -- as sent (default Wh)
        multiplier        integer NOT NULL DEFAULT 0, -- 2.0.1 power of ten; 0 for 1.6
        value             numeric NOT NULL,         -- as sent
        normalized_value  numeric,                  -- in Wh, W, varh, var or VA where the unit is one of those families
        normalized_unit   text,
        format            text NOT NULL             -- Raw / SignedData (the signed blob is in signed_meter_values)
    )$cols$;
BEGIN
    -- Ladewerk creates the extension (in schema public) before the migrations where it may: TimescaleSetup
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        EXECUTE 'CREATE TABLE ocpp.meter_samples ' || columns;
        PERFORM create_hypertable('ocpp.meter_samples', 'time', chunk_time_interval => INTERVAL '1 day');
        EXECUTE 'ALTER TABLE ocpp.meter_samples SET (timescaledb.compress, '
             || 'timescaledb.compress_segmentby = ''station_id'', timescaledb.compress_orderby = ''time DESC'')';
        PERFORM add_compression_policy('ocpp.meter_samples', INTERVAL '7 days');
        PERFORM add_retention_policy('ocpp.meter_samples', INTERVAL '3 years');
    ELSE
        EXECUTE 'CREATE TABLE ocpp.meter_samples ' || columns || ' PARTITION BY RANGE (time)';
        EXECUTE 'CREATE TABLE ocpp.meter_samples_default PARTITION OF ocpp.meter_samples DEFAULT';
    END IF;
END
$$;
-- "one station's last 24 h" and duplicate suppression (a 1.6 MeterValues retried after a lost answer)
CREATE UNIQUE INDEX meter_samples_once ON ocpp.meter_samples
    (station_id, time, evse_id, measurand, phase, location, context) NULLS NOT DISTINCT;
-- "one session's curve"
CREATE INDEX meter_samples_session_time ON ocpp.meter_samples (session_id, time);

-- Creates the monthly partitions of meter_samples from one month back to months_ahead ahead (plain
-- PostgreSQL only; a no-op on a hypertable). The gateway calls it at start; rows outside land in the default.
CREATE FUNCTION ocpp.ensure_meter_sample_partitions(months_ahead integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    m date;
    created integer := 0;
    part text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
                   JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'ocpp' AND c.relname = 'meter_samples') THEN
        RETURN 0;
    END IF;
    FOR m IN SELECT generate_series(date_trunc('month', now() - INTERVAL '1 month'),
                                    date_trunc('month', now() + make_interval(months => months_ahead)),
                                    INTERVAL '1 month')::date LOOP
        part := 'meter_samples_' || to_char(m, 'YYYYMM');
        IF to_regclass('ocpp.' || part) IS NULL THEN
            BEGIN
                EXECUTE format('CREATE TABLE ocpp.%I PARTITION OF ocpp.meter_samples FOR VALUES FROM (%L) TO (%L)',
                               part, m, (m + INTERVAL '1 month')::date);
                created := created + 1;
            EXCEPTION WHEN check_violation THEN
                -- the default partition already holds rows of that month: leave them there
                NULL;
            END;
        END IF;
    END LOOP;
    RETURN created;
END
$$;
SELECT ocpp.ensure_meter_sample_partitions(12);
