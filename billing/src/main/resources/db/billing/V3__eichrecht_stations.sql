-- Stations whose sessions are billed under calibration law (Eichrecht): their sessions are billed only from
-- complete, valid OCMF signatures and are held otherwise. Marking and unmarking is audited.
CREATE TABLE billing.eichrecht_stations (
    station_id text        PRIMARY KEY CHECK (length(station_id) BETWEEN 1 AND 48),
    marked_at  timestamptz NOT NULL,
    marked_by  text        NOT NULL
);

CREATE TABLE billing.eichrecht_station_audit (
    id         bigserial   PRIMARY KEY,
    station_id text        NOT NULL,
    relevant   boolean     NOT NULL,
    actor      text        NOT NULL,
    at         timestamptz NOT NULL
);
CREATE TRIGGER eichrecht_station_audit_append_only BEFORE UPDATE OR DELETE ON billing.eichrecht_station_audit
    FOR EACH ROW EXECUTE FUNCTION billing.refuse_change();
CREATE TRIGGER eichrecht_station_audit_no_truncate BEFORE TRUNCATE ON billing.eichrecht_station_audit
    FOR EACH STATEMENT EXECUTE FUNCTION billing.refuse_change();
