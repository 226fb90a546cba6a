-- The 2.0.1 device model as stations report it (NotifyReport, NotifyEvent, NotifyMonitoringReport,
-- GetVariables/SetVariables answers) and 1.6 configuration keys (component 'OCPP16').
-- Keys are natural and NOT NULL: a missing instance is '' and a component without EVSE has
-- evse_id 0 / connector_id 0 (2.0.1 numbers EVSEs and connectors from 1), so upserts need no
-- NULL-aware unique constraints and every part of a report can be applied idempotently.
CREATE TABLE ocpp.device_variables (
    station_id          text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    component           text NOT NULL,
    component_instance  text NOT NULL DEFAULT '',
    evse_id             integer NOT NULL DEFAULT 0,
    connector_id        integer NOT NULL DEFAULT 0,
    variable            text NOT NULL,
    variable_instance   text NOT NULL DEFAULT '',
    unit                text,
    data_type           text,
    min_limit           numeric,
    max_limit           numeric,
    values_list         text,
    supports_monitoring boolean,
    source              text NOT NULL,          -- what told us last: Report, Event, GetVariables, SetVariables, OCPP16
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, component, component_instance, evse_id, connector_id, variable, variable_instance)
);

-- One row per attribute type (Actual, Target, MinSet, MaxSet) of a variable.
CREATE TABLE ocpp.device_variable_attributes (
    station_id          text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    component           text NOT NULL,
    component_instance  text NOT NULL DEFAULT '',
    evse_id             integer NOT NULL DEFAULT 0,
    connector_id        integer NOT NULL DEFAULT 0,
    variable            text NOT NULL,
    variable_instance   text NOT NULL DEFAULT '',
    attribute_type      text NOT NULL CHECK (attribute_type IN ('Actual', 'Target', 'MinSet', 'MaxSet')),
    value               text,
    mutability          text,
    persistent          boolean,
    constant            boolean,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, component, component_instance, evse_id, connector_id, variable, variable_instance,
                 attribute_type)
);

-- Monitors installed on variables, as the station reported them (NotifyMonitoringReport).
CREATE TABLE ocpp.device_monitors (
    station_id          text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    monitor_id          integer NOT NULL,
    component           text NOT NULL,
    component_instance  text NOT NULL DEFAULT '',
    evse_id             integer NOT NULL DEFAULT 0,
    connector_id        integer NOT NULL DEFAULT 0,
    variable            text NOT NULL,
    variable_instance   text NOT NULL DEFAULT '',
    transaction         boolean NOT NULL,
    value               numeric NOT NULL,
    type                text NOT NULL,
    severity            integer NOT NULL,
    request_id          integer,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, monitor_id)
);

-- Which parts of which report arrived: a report is complete when parts 0..n arrived and n has tbc = false.
CREATE TABLE ocpp.device_report_parts (
    station_id    text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('Report', 'MonitoringReport')),
    request_id    integer NOT NULL,
    seq_no        integer NOT NULL,
    tbc           boolean NOT NULL,
    items         integer NOT NULL,
    generated_at  timestamptz NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, kind, request_id, seq_no)
);

-- NotifyEvent: a time series of what the device model reported on its own.
CREATE TABLE ocpp.device_events (
    time                   timestamptz NOT NULL,
    station_id             text NOT NULL,
    event_id               integer NOT NULL,
    trigger                text NOT NULL,
    cause                  integer,
    actual_value           text NOT NULL,
    tech_code              text,
    tech_info              text,
    cleared                boolean,
    transaction_id         text,
    component              text NOT NULL,
    component_instance     text NOT NULL DEFAULT '',
    evse_id                integer NOT NULL DEFAULT 0,
    connector_id           integer NOT NULL DEFAULT 0,
    variable               text NOT NULL,
    variable_instance      text NOT NULL DEFAULT '',
    variable_monitoring_id integer,
    notification_type      text NOT NULL,
    generated_at           timestamptz NOT NULL,
    seq_no                 integer NOT NULL,
    received_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX device_events_station_time ON ocpp.device_events (station_id, time DESC);
-- a station that re-sends a NotifyEvent it got no answer for must not store it twice
CREATE UNIQUE INDEX device_events_once ON ocpp.device_events (station_id, event_id, time);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable('ocpp.device_events', 'time', chunk_time_interval => INTERVAL '30 days');
        EXECUTE 'ALTER TABLE ocpp.device_events SET (timescaledb.compress, '
             || 'timescaledb.compress_segmentby = ''station_id'', timescaledb.compress_orderby = ''time DESC'')';
        PERFORM add_compression_policy('ocpp.device_events', INTERVAL '30 days');
        PERFORM add_retention_policy('ocpp.device_events', INTERVAL '2 years');
    END IF;
END
$$;
