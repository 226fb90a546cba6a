-- Time-bucketed aggregates behind the dashboard's charts and planning's measured use. The same three
-- names with the same columns on both layouts, and each always answers up to now (complete buckets
-- from the stored aggregate, the buckets after it computed from the raw rows), so every query is the
-- same on both:
--   ocpp.power_15m        Power.Active.Import (no phase) per 15 minutes, station, EVSE, session, location
--   ocpp.energy_hourly    Energy.Active.Import.Register (no phase) per hour, station, EVSE, session
--   ocpp.occupancy_hourly seconds a connector was OCCUPIED per hour (from status_events' spans)
-- TimescaleDB (meter_samples is a hypertable): power_15m and energy_hourly are real-time continuous
-- aggregates refreshed by TimescaleDB's refresh policies. Plain PostgreSQL: each is a view over a
-- materialized view that Ladewerk refreshes (REFRESH ... CONCURRENTLY), plus the raw rows after the
-- watermark in ocpp.aggregate_refreshes, which is what real-time aggregates do. occupancy_hourly needs
-- a window function (a status lasts until the next one), which a continuous aggregate cannot hold, so it
-- is the Ladewerk-refreshed kind on both layouts.
-- Buckets are UTC-aligned (time_bucket / date_bin from 2000-01-01 UTC); local hours are the readers' job.

-- The aggregates Ladewerk refreshes: a row per view, complete_before is the end of the last bucket
-- the materialized part holds (everything from there on is read from the raw rows).
CREATE TABLE ocpp.aggregate_refreshes (
    view_name          text PRIMARY KEY,           -- what queries read, e.g. ocpp.occupancy_hourly
    materialized_view  text NOT NULL UNIQUE,       -- what the refresher refreshes
    bucket             interval NOT NULL,
    complete_before    timestamptz NOT NULL DEFAULT '-infinity',
    refreshed_at       timestamptz
);

-- occupancy_hourly: both layouts. A status lasts from its report until the next report of the same
-- connector (or now); each OCCUPIED span is cut into the hours it touches.
INSERT INTO ocpp.aggregate_refreshes (view_name, materialized_view, bucket)
VALUES ('ocpp.occupancy_hourly', 'ocpp.occupancy_hourly_materialized', INTERVAL '1 hour');

CREATE MATERIALIZED VIEW ocpp.occupancy_hourly_materialized AS
WITH w AS (SELECT complete_before AS w FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.occupancy_hourly'),
spans AS (
    SELECT e.station_id, e.evse_id, e.connector_id, e.status, e.time AS s,
           least(coalesce(lead(e.time) OVER (PARTITION BY e.station_id, e.evse_id, e.connector_id ORDER BY e.time),
                          now()), w.w) AS e
      FROM ocpp.status_events e, w
     WHERE e.evse_id > 0 AND e.time < w.w
)
SELECT h AS bucket, sp.station_id, sp.evse_id, sp.connector_id,
       sum(extract(epoch FROM least(sp.e, h + INTERVAL '1 hour') - greatest(sp.s, h))) AS occupied_seconds
  FROM spans sp
 CROSS JOIN LATERAL generate_series(date_bin(INTERVAL '1 hour', sp.s, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
                                    sp.e, INTERVAL '1 hour') AS g(h)
 WHERE sp.status = 'OCCUPIED' AND h < sp.e
 GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX occupancy_hourly_materialized_key
    ON ocpp.occupancy_hourly_materialized (bucket, station_id, evse_id, connector_id);

-- From the watermark on: the status each connector had at the watermark (its last report before it,
-- starting at the watermark) and every report after it.
CREATE VIEW ocpp.occupancy_hourly AS
SELECT bucket, station_id, evse_id, connector_id, occupied_seconds FROM ocpp.occupancy_hourly_materialized
UNION ALL
SELECT h, sp.station_id, sp.evse_id, sp.connector_id,
       sum(extract(epoch FROM least(sp.e, h + INTERVAL '1 hour') - greatest(sp.s, h)))
  FROM (SELECT t.station_id, t.evse_id, t.connector_id, t.status, t.time AS s,
               coalesce(lead(t.time) OVER (PARTITION BY t.station_id, t.evse_id, t.connector_id ORDER BY t.time),
                        now()) AS e
          FROM (SELECT e.station_id, e.evse_id, e.connector_id, e.status, e.time
                  FROM ocpp.status_events e
                 WHERE e.evse_id > 0 AND e.time >= (SELECT complete_before FROM ocpp.aggregate_refreshes
                                                     WHERE view_name = 'ocpp.occupancy_hourly')
                UNION ALL
                SELECT c.station_id, c.evse_id, c.connector_id, l.status, r.complete_before
                  FROM ocpp.connectors c
                 CROSS JOIN (SELECT complete_before FROM ocpp.aggregate_refreshes
                              WHERE view_name = 'ocpp.occupancy_hourly') r
                 CROSS JOIN LATERAL (SELECT e.status FROM ocpp.status_events e
                                      WHERE e.station_id = c.station_id AND e.evse_id = c.evse_id
                                        AND e.connector_id = c.connector_id AND e.time < r.complete_before
                                      ORDER BY e.time DESC LIMIT 1) l
                 WHERE c.evse_id > 0) t) sp
 CROSS JOIN LATERAL generate_series(date_bin(INTERVAL '1 hour', sp.s, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
                                    sp.e, INTERVAL '1 hour') AS g(h)
 WHERE sp.status = 'OCCUPIED' AND h < sp.e
 GROUP BY 1, 2, 3, 4;

DO $$
DECLARE
    hypertable boolean := false;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        EXECUTE 'SELECT EXISTS (SELECT 1 FROM timescaledb_information.hypertables '
             || 'WHERE hypertable_schema = ''ocpp'' AND hypertable_name = ''meter_samples'')' INTO hypertable;
    END IF;
    IF hypertable THEN
        -- WITH NO DATA: a continuous aggregate cannot be filled inside a transaction (Flyway's); the
        -- refresh policies fill it, and until then real-time aggregation answers from the raw rows.
        EXECUTE $sql$
            CREATE MATERIALIZED VIEW ocpp.power_15m
            WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
            SELECT time_bucket(INTERVAL '15 minutes', time) AS bucket, station_id, evse_id, session_id, location,
                   sum(normalized_value) AS sum_w, count(normalized_value) AS samples, max(normalized_value) AS max_w
              FROM ocpp.meter_samples
             WHERE measurand = 'Power.Active.Import' AND phase IS NULL
             GROUP BY time_bucket(INTERVAL '15 minutes', time), station_id, evse_id, session_id, location
            WITH NO DATA$sql$;
        EXECUTE $sql$
            CREATE MATERIALIZED VIEW ocpp.energy_hourly
            WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
            SELECT time_bucket(INTERVAL '1 hour', time) AS bucket, station_id, evse_id, session_id,
                   min(normalized_value) AS first_wh, max(normalized_value) AS last_wh,
                   count(normalized_value) AS samples
              FROM ocpp.meter_samples
             WHERE measurand = 'Energy.Active.Import.Register' AND phase IS NULL
             GROUP BY time_bucket(INTERVAL '1 hour', time), station_id, evse_id, session_id
            WITH NO DATA$sql$;
        -- 30 days back covers stations that queued their messages while offline; older buckets stay as
        -- they are (and survive the raw rows' retention).
        PERFORM add_continuous_aggregate_policy('ocpp.power_15m', start_offset => INTERVAL '30 days',
                end_offset => INTERVAL '15 minutes', schedule_interval => INTERVAL '15 minutes');
        PERFORM add_continuous_aggregate_policy('ocpp.energy_hourly', start_offset => INTERVAL '30 days',
                end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '30 minutes');
    ELSE
        INSERT INTO ocpp.aggregate_refreshes (view_name, materialized_view, bucket) VALUES
            ('ocpp.power_15m', 'ocpp.power_15m_materialized', INTERVAL '15 minutes'),
            ('ocpp.energy_hourly', 'ocpp.energy_hourly_materialized', INTERVAL '1 hour');
        CREATE MATERIALIZED VIEW ocpp.power_15m_materialized AS
        SELECT date_bin(INTERVAL '15 minutes', time, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket,
               station_id, evse_id, session_id, location,
               sum(normalized_value) AS sum_w, count(normalized_value) AS samples, max(normalized_value) AS max_w
          FROM ocpp.meter_samples
         WHERE measurand = 'Power.Active.Import' AND phase IS NULL
           AND time < (SELECT complete_before FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.power_15m')
         GROUP BY 1, 2, 3, 4, 5;
        CREATE UNIQUE INDEX power_15m_materialized_key ON ocpp.power_15m_materialized
            (bucket, station_id, evse_id, session_id, location) NULLS NOT DISTINCT;
        CREATE VIEW ocpp.power_15m AS
        SELECT bucket, station_id, evse_id, session_id, location, sum_w, samples, max_w
          FROM ocpp.power_15m_materialized
        UNION ALL
        SELECT date_bin(INTERVAL '15 minutes', time, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
               station_id, evse_id, session_id, location,
               sum(normalized_value), count(normalized_value), max(normalized_value)
          FROM ocpp.meter_samples
         WHERE measurand = 'Power.Active.Import' AND phase IS NULL
           AND time >= (SELECT complete_before FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.power_15m')
         GROUP BY 1, 2, 3, 4, 5;

        CREATE MATERIALIZED VIEW ocpp.energy_hourly_materialized AS
        SELECT date_bin(INTERVAL '1 hour', time, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket,
               station_id, evse_id, session_id,
               min(normalized_value) AS first_wh, max(normalized_value) AS last_wh,
               count(normalized_value) AS samples
          FROM ocpp.meter_samples
         WHERE measurand = 'Energy.Active.Import.Register' AND phase IS NULL
           AND time < (SELECT complete_before FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.energy_hourly')
         GROUP BY 1, 2, 3, 4;
        CREATE UNIQUE INDEX energy_hourly_materialized_key ON ocpp.energy_hourly_materialized
            (bucket, station_id, evse_id, session_id) NULLS NOT DISTINCT;
        CREATE VIEW ocpp.energy_hourly AS
        SELECT bucket, station_id, evse_id, session_id, first_wh, last_wh, samples
          FROM ocpp.energy_hourly_materialized
        UNION ALL
        SELECT date_bin(INTERVAL '1 hour', time, TIMESTAMPTZ '2000-01-01 00:00:00+00'),
               station_id, evse_id, session_id,
               min(normalized_value), max(normalized_value), count(normalized_value)
          FROM ocpp.meter_samples
         WHERE measurand = 'Energy.Active.Import.Register' AND phase IS NULL
           AND time >= (SELECT complete_before FROM ocpp.aggregate_refreshes WHERE view_name = 'ocpp.energy_hourly')
         GROUP BY 1, 2, 3, 4;
    END IF;
END
$$;
