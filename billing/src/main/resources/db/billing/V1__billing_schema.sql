-- Billing owns schema "billing". CDRs, signed meter values and invoices are append-only: the triggers
-- below refuse UPDATE, DELETE and TRUNCATE, so not even a careless SQL session can alter what was billed.
CREATE SCHEMA IF NOT EXISTS billing;

CREATE TABLE billing.tariff_versions (
    tariff_id    text        NOT NULL CHECK (length(tariff_id) BETWEEN 1 AND 36),
    version      integer     NOT NULL CHECK (version > 0),
    valid_from   timestamptz NOT NULL,
    valid_to     timestamptz CHECK (valid_to IS NULL OR valid_to > valid_from),
    body         jsonb       NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tariff_id, version)
);

CREATE TABLE billing.tariff_assignments (
    id                  bigserial   PRIMARY KEY,
    tariff_id           text        NOT NULL,
    station_id          text,
    site_id             text,
    customer_group      text,
    clock_legally_valid boolean     NOT NULL,
    valid_from          timestamptz NOT NULL,
    valid_to            timestamptz CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK ((station_id IS NULL) <> (site_id IS NULL))
);
CREATE INDEX tariff_assignments_station ON billing.tariff_assignments (station_id);
CREATE INDEX tariff_assignments_site ON billing.tariff_assignments (site_id);

CREATE TABLE billing.meter_keys (
    meter_serial   text        PRIMARY KEY,
    public_key_hex text        NOT NULL,
    registered_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.cdrs (
    cdr_id              text          PRIMARY KEY,
    session_id          text          NOT NULL,
    credit_reference_id text          REFERENCES billing.cdrs (cdr_id),
    customer_id         text,
    station_id          text          NOT NULL,
    start_time          timestamptz   NOT NULL,
    end_time            timestamptz   NOT NULL,
    issued_at           timestamptz   NOT NULL,
    currency            char(3)       NOT NULL,
    total_net           numeric(14,2) NOT NULL,
    total_vat           numeric(14,2) NOT NULL,
    total_gross         numeric(14,2) NOT NULL,
    body                jsonb         NOT NULL
);
-- a CDR is credited at most once
CREATE UNIQUE INDEX cdrs_one_credit ON billing.cdrs (credit_reference_id) WHERE credit_reference_id IS NOT NULL;
CREATE INDEX cdrs_session ON billing.cdrs (session_id);
CREATE INDEX cdrs_customer_end ON billing.cdrs (customer_id, end_time);
CREATE INDEX cdrs_end ON billing.cdrs (end_time);

CREATE TABLE billing.signed_meter_values (
    session_id  text        NOT NULL,
    seq         integer     NOT NULL,
    raw         text        NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE billing.held_sessions (
    session_id      text        PRIMARY KEY,
    held_at         timestamptz NOT NULL,
    reasons         jsonb       NOT NULL,
    session         jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('HELD', 'RELEASED', 'REJECTED')),
    resolved_at     timestamptz,
    resolved_by     text,
    resolution_note text
);

-- one row per year; locked (UPDATE … RETURNING) in the transaction that writes the invoice, so numbers
-- are consecutive and a rolled-back invoice gives its number back
CREATE TABLE billing.invoice_counters (
    year        integer PRIMARY KEY,
    last_number integer NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE billing.invoices (
    invoice_number text          PRIMARY KEY,
    year           integer       NOT NULL,
    seq            integer       NOT NULL,
    customer_id    text          NOT NULL,
    billing_month  date          NOT NULL,
    issued_at      timestamptz   NOT NULL,
    currency       char(3)       NOT NULL,
    total_net      numeric(14,2) NOT NULL,
    total_vat      numeric(14,2) NOT NULL,
    total_gross    numeric(14,2) NOT NULL,
    body           jsonb         NOT NULL,
    pdf            bytea         NOT NULL,
    UNIQUE (year, seq),
    UNIQUE (customer_id, billing_month)
);

CREATE TABLE billing.invoice_cdrs (
    cdr_id         text PRIMARY KEY REFERENCES billing.cdrs (cdr_id),
    invoice_number text NOT NULL REFERENCES billing.invoices (invoice_number)
);

CREATE FUNCTION billing.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'billing.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'correct a CDR with a credit CDR; invoices are never changed';
END;
$$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cdrs', 'signed_meter_values', 'invoices', 'invoice_cdrs'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON billing.%I
                        FOR EACH ROW EXECUTE FUNCTION billing.refuse_change()', t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON billing.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION billing.refuse_change()', t || '_no_truncate', t);
    END LOOP;
END;
$$;
