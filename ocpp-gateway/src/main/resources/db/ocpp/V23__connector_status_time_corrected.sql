-- A status whose station time could not be true (e.g. 9999-12-31) is stored at the CSMS's time, and that
-- time cannot be ranked against the station's own clock: the next status of the connector replaces it,
-- whatever its time. See docs/architecture.md (plausibility).
ALTER TABLE ocpp.connectors ADD COLUMN status_time_corrected boolean NOT NULL DEFAULT false;
