-- Grid-aware load management (docs/load-management.md): the grid topology the allocator keeps within its
-- limits, the grid operator's §14a reductions, and every allocation with its reason (audit).

CREATE TABLE ocpp.grid_transformers (
    id                    text PRIMARY KEY,
    name                  text,
    limit_kw              numeric NOT NULL CHECK (limit_kw > 0),
    limit_amps_per_phase  numeric CHECK (limit_amps_per_phase > 0)
);

-- a grid connection point; base load: fixed kW, or a daily schedule [{"from":"18:00","kw":40},...] in
-- the zone, or a live value pushed through the API that holds for live_max_age_seconds
CREATE TABLE ocpp.grid_sites (
    id                    text PRIMARY KEY,
    name                  text,
    transformer_id        text REFERENCES ocpp.grid_transformers (id),
    limit_kw              numeric NOT NULL CHECK (limit_kw > 0),
    limit_amps_per_phase  numeric NOT NULL CHECK (limit_amps_per_phase > 0),
    base_load_kw          numeric NOT NULL DEFAULT 0 CHECK (base_load_kw >= 0),
    base_load_schedule    jsonb,
    base_load_zone        text NOT NULL DEFAULT 'Europe/Berlin',
    live_base_load_kw     numeric CHECK (live_base_load_kw >= 0),
    live_base_load_at     timestamptz,
    live_max_age_seconds  integer NOT NULL DEFAULT 300 CHECK (live_max_age_seconds > 0),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- an EVSE on a site; compliant turns false when the station rejects a profile (it then counts at max_amps)
CREATE TABLE ocpp.grid_evses (
    station_id      text NOT NULL REFERENCES ocpp.stations (id),
    evse_id         integer NOT NULL CHECK (evse_id > 0),
    site_id         text NOT NULL REFERENCES ocpp.grid_sites (id) ON DELETE CASCADE,
    phase_rotation  text NOT NULL DEFAULT 'RST' CHECK (phase_rotation IN ('RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR')),
    phases          integer NOT NULL DEFAULT 3 CHECK (phases IN (1, 3)),
    min_amps        numeric NOT NULL DEFAULT 6 CHECK (min_amps >= 0),
    max_amps        numeric NOT NULL DEFAULT 32 CHECK (max_amps > 0),
    controllable    boolean NOT NULL DEFAULT false,   -- a controllable device under §14a EnWG
    priority        integer NOT NULL DEFAULT 0,       -- higher groups are served first (fleet, taxi)
    compliant       boolean NOT NULL DEFAULT true,
    rejected_at     timestamptz,
    rejected_detail text,
    PRIMARY KEY (station_id, evse_id),
    CHECK (min_amps <= max_amps)
);
CREATE INDEX grid_evses_site ON ocpp.grid_evses (site_id);

-- §14a EnWG: the grid operator limits the controllable devices of these sites to power_kw
CREATE TABLE ocpp.grid_reductions (
    id            bigserial PRIMARY KEY,
    site_ids      text[] NOT NULL CHECK (cardinality(site_ids) > 0),
    power_kw      numeric NOT NULL CHECK (power_kw >= 0),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz,
    revoked_at    timestamptz,
    requested_by  text NOT NULL,
    revoked_by    text,
    reference     text,                               -- the grid operator's own id of the instruction
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);

-- every allocation per session, with its reason and what was sent (the allocator's audit and the
-- state a new allocator node rebuilds from after a failover)
CREATE TABLE ocpp.grid_allocations (
    time           timestamptz NOT NULL,
    group_id       text NOT NULL,                     -- the transformer, or the site without one
    site_id        text NOT NULL,
    station_id     text NOT NULL,
    evse_id        integer NOT NULL,
    session_id     bigint,
    amps           numeric NOT NULL,
    phases         integer NOT NULL,
    reason         text NOT NULL,
    detail         text,
    trigger        text NOT NULL,                     -- what made the allocator run
    sent           boolean NOT NULL,                  -- a profile went out (false: held back or unmanaged)
    answer         text                               -- the station's answer to it
);
CREATE INDEX grid_allocations_session ON ocpp.grid_allocations (station_id, evse_id, time DESC);
CREATE INDEX grid_allocations_group ON ocpp.grid_allocations (group_id, time DESC);
