-- What Ladewerk's maintenance supervisor ran itself (MaintenanceSupervisor): a row per job, by the job's
-- name ("compression ocpp.meter_samples", "aggregates", ...). TimescaleDB's own record of its scheduler's
-- runs is timescaledb_information.job_stats; a job has succeeded when either says so.
CREATE TABLE ocpp.maintenance_runs (
    job           text PRIMARY KEY,
    runs          bigint NOT NULL DEFAULT 0,
    last_success  timestamptz,
    last_failure  timestamptz,
    failures      bigint NOT NULL DEFAULT 0,
    last_error    text
);
