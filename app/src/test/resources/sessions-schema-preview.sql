-- Test fixture only: the columns of ocpp.sessions and ocpp.meter_samples that billing and planning read,
-- as the gateway's V4__sessions.sql defines them. Applied only while that migration is not on this
-- branch (the tests check first); once it is, the real migration is used and this file is unused.
CREATE TABLE ocpp.sessions (
    id bigserial PRIMARY KEY, station_id text NOT NULL, protocol_version text NOT NULL, transaction_id text NOT NULL,
    evse_id integer, connector_id integer, id_token text, id_token_type text, group_id_token text,
    started_at timestamptz NOT NULL, ended_at timestamptz, meter_start_wh numeric, meter_stop_wh numeric,
    remote_start_id integer, status text NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    offline boolean NOT NULL DEFAULT false, meter_serial_number text);
CREATE TABLE ocpp.signed_meter_values (
    id bigserial PRIMARY KEY, time timestamptz NOT NULL, session_id bigint REFERENCES ocpp.sessions (id),
    station_id text NOT NULL, evse_id integer NOT NULL, measurand text NOT NULL, context text,
    signed_data text NOT NULL, signing_method text, encoding_method text, public_key text);
CREATE TABLE ocpp.meter_samples (
    time timestamptz NOT NULL, session_id bigint, station_id text NOT NULL, evse_id integer NOT NULL,
    measurand text NOT NULL, phase text, location text NOT NULL, context text NOT NULL, unit text NOT NULL,
    multiplier integer NOT NULL DEFAULT 0, value numeric NOT NULL, normalized_value numeric, normalized_unit text,
    format text NOT NULL);
