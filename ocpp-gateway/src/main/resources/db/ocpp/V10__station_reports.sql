-- What stations report besides the device model: data transfers (both versions), external charging
-- limits, reported charging profiles, EV charging needs and schedules, display messages and
-- customer information. evse_id 0 means "the station as a whole" (or "not given").

CREATE TABLE ocpp.data_transfers (
    id           bigserial PRIMARY KEY,
    time         timestamptz NOT NULL,
    station_id   text NOT NULL,
    direction    text NOT NULL CHECK (direction IN ('FromStation', 'ToStation')),
    vendor_id    text NOT NULL,
    message_id   text,
    data         text,            -- 1.6: the string as sent; 2.0.1: the JSON value as text
    status       text NOT NULL,   -- what was answered (or what the station answered)
    answer_data  text
);
CREATE INDEX data_transfers_station_time ON ocpp.data_transfers (station_id, time DESC);

-- Current external limits per station, EVSE and source; cleared_at set once ClearedChargingLimit came.
CREATE TABLE ocpp.charging_limits (
    station_id       text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    evse_id          integer NOT NULL,
    source           text NOT NULL,
    is_grid_critical boolean,
    schedules        jsonb,
    reported_at      timestamptz NOT NULL,
    cleared_at       timestamptz,
    PRIMARY KEY (station_id, evse_id, source)
);

-- Charging profiles the station reported (ReportChargingProfiles), or that the CSMS set and the station accepted.
CREATE TABLE ocpp.charging_profiles (
    station_id    text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    evse_id       integer NOT NULL,
    profile_id    integer NOT NULL,
    source        text NOT NULL,
    purpose       text NOT NULL,
    stack_level   integer NOT NULL,
    transaction_id text,
    profile       jsonb NOT NULL,
    request_id    integer,         -- the GetChargingProfiles request it answered; null when set by the CSMS
    reported_at   timestamptz NOT NULL,
    PRIMARY KEY (station_id, evse_id, profile_id)
);

-- ISO 15118 negotiation: what the EV needed, what the CSMS planned and what the station answered.
CREATE TABLE ocpp.ev_charging_needs (
    id               bigserial PRIMARY KEY,
    time             timestamptz NOT NULL,
    station_id       text NOT NULL,
    evse_id          integer NOT NULL,
    needs            jsonb NOT NULL,
    planned_profile  jsonb,
    profile_status   text,
    profile_detail   text
);
CREATE INDEX ev_charging_needs_station_time ON ocpp.ev_charging_needs (station_id, time DESC);

CREATE TABLE ocpp.ev_charging_schedules (
    time         timestamptz NOT NULL,
    station_id   text NOT NULL,
    evse_id      integer NOT NULL,
    time_base    timestamptz NOT NULL,
    schedule     jsonb NOT NULL
);
CREATE INDEX ev_charging_schedules_station_time ON ocpp.ev_charging_schedules (station_id, time DESC);

CREATE TABLE ocpp.display_messages (
    station_id        text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    message_id        integer NOT NULL,
    request_id        integer NOT NULL,
    priority          text NOT NULL,
    state             text,
    start_at          timestamptz,
    end_at            timestamptz,
    transaction_id    text,
    format            text NOT NULL,
    language          text,
    content           text NOT NULL,
    display           text,
    reported_at       timestamptz NOT NULL,
    PRIMARY KEY (station_id, message_id)
);

-- NotifyCustomerInformation parts; the whole text is the parts' data in seq_no order.
CREATE TABLE ocpp.customer_information_parts (
    station_id    text NOT NULL,
    request_id    integer NOT NULL,
    seq_no        integer NOT NULL,
    tbc           boolean NOT NULL,
    data          text NOT NULL,
    generated_at  timestamptz NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, request_id, seq_no)
);
