-- An operator saw a fault (a connector's FAULTED status or a station being offline) and said so.
-- A fault is identified by where it is and since when, so a new fault at the same place is unacknowledged again.
CREATE TABLE app.fault_acknowledgements (
    id               bigserial PRIMARY KEY,
    station_id       text NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('CONNECTOR', 'OFFLINE')),
    evse_id          integer NOT NULL DEFAULT 0,
    connector_id     integer NOT NULL DEFAULT 0,
    since            timestamptz NOT NULL,
    comment          text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    acknowledged_by  text NOT NULL,
    acknowledged_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fault_acknowledgements_place ON app.fault_acknowledgements (station_id, kind, evse_id, connector_id, since);
