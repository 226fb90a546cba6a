-- A reservation that a transaction started on is used up: it must neither block the connector nor
-- read as still active until it expires.
ALTER TABLE ocpp.reservations DROP CONSTRAINT reservations_status_check;
ALTER TABLE ocpp.reservations ADD CONSTRAINT reservations_status_check
    CHECK (status IN ('ACTIVE', 'CANCELLED', 'EXPIRED', 'REMOVED', 'USED'));
ALTER TABLE ocpp.reservations ADD COLUMN used_by_session bigint REFERENCES ocpp.sessions (id);
