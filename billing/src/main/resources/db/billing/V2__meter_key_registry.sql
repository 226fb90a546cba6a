-- Meter key registry: a meter's public key is trusted for OCMF verification only once an operator approved
-- it. Keys a station reports arrive as proposals. Every proposal and decision is kept in an append-only audit.
CREATE TABLE billing.meter_key_entries (
    id             bigserial   PRIMARY KEY,
    meter_serial   text        NOT NULL CHECK (length(meter_serial) BETWEEN 1 AND 64),
    public_key_hex text        NOT NULL CHECK (public_key_hex ~ '^[0-9a-f]+$'),
    status         text        NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    source         text        NOT NULL,
    proposed_at    timestamptz NOT NULL,
    proposed_by    text        NOT NULL,
    decided_at     timestamptz,
    decided_by     text,
    note           text,
    UNIQUE (meter_serial, public_key_hex)
);
-- at most one trusted key per meter at any time
CREATE UNIQUE INDEX meter_key_entries_one_approved ON billing.meter_key_entries (meter_serial) WHERE status = 'APPROVED';

CREATE TABLE billing.meter_key_audit (
    id             bigserial   PRIMARY KEY,
    meter_serial   text        NOT NULL,
    public_key_hex text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    actor          text        NOT NULL,
    at             timestamptz NOT NULL,
    note           text
);
CREATE INDEX meter_key_audit_serial ON billing.meter_key_audit (meter_serial, id);
CREATE TRIGGER meter_key_audit_append_only BEFORE UPDATE OR DELETE ON billing.meter_key_audit
    FOR EACH ROW EXECUTE FUNCTION billing.refuse_change();
CREATE TRIGGER meter_key_audit_no_truncate BEFORE TRUNCATE ON billing.meter_key_audit
    FOR EACH STATEMENT EXECUTE FUNCTION billing.refuse_change();

-- keys registered before the registry existed were trusted already: they stay approved, and the audit says so
INSERT INTO billing.meter_key_entries (meter_serial, public_key_hex, status, source, proposed_at, proposed_by,
                                       decided_at, decided_by, note)
SELECT meter_serial, lower(public_key_hex), 'APPROVED', 'migration', registered_at, 'migration V2',
       registered_at, 'migration V2', 'registered before the meter key registry'
FROM billing.meter_keys;
INSERT INTO billing.meter_key_audit (meter_serial, public_key_hex, action, actor, at, note)
SELECT meter_serial, lower(public_key_hex), 'APPROVED', 'migration V2', registered_at,
       'registered before the meter key registry'
FROM billing.meter_keys;
DROP TABLE billing.meter_keys;
