-- Every command an operator sent to a station, recorded before it is sent and updated with the
-- outcome: the audit trail of the command API.
CREATE TABLE ocpp.commands (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id         text NOT NULL,
    protocol_version   text,                             -- of the connection it went over; null if offline
    action             text NOT NULL,
    request            jsonb NOT NULL,
    requested_by       text NOT NULL,
    requested_at       timestamptz NOT NULL,
    status             text NOT NULL CHECK (status IN ('SENT', 'ANSWERED', 'CALL_ERROR', 'TIMEOUT', 'OFFLINE', 'INVALID')),
    response           jsonb,                            -- the station's CALLRESULT payload
    error_code         text,                             -- CALLERROR code, or why it was not sent
    error_description  text,
    answered_at        timestamptz
);
CREATE INDEX commands_station_time ON ocpp.commands (station_id, requested_at DESC);
CREATE INDEX commands_action_time ON ocpp.commands (action, requested_at DESC);
CREATE INDEX commands_time ON ocpp.commands (requested_at DESC);

-- Reservations a station accepted (ReserveNow answered Accepted), 1.6 and 2.0.1 alike.
CREATE TABLE ocpp.reservations (
    station_id        text NOT NULL,
    reservation_id    integer NOT NULL,
    evse_id           integer,                           -- 1.6 connectorId / 2.0.1 evseId; 0 or null = any
    connector_type    text,                              -- 2.0.1 only
    id_token_type     text NOT NULL,
    id_token          text NOT NULL,
    group_token       text,                              -- 1.6 parentIdTag / 2.0.1 groupIdToken value
    expires_at        timestamptz NOT NULL,
    status            text NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'EXPIRED', 'REMOVED')),
    command_id        bigint REFERENCES ocpp.commands (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, reservation_id)             -- a station replaces a reservation with the same id
);
CREATE INDEX reservations_active ON ocpp.reservations (station_id, expires_at) WHERE status = 'ACTIVE';
