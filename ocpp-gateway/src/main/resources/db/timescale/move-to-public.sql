-- TimescaleDB belongs in schema public, so unqualified calls (refresh_continuous_aggregate, run_job, ...)
-- work in every session on the database. Databases migrated before have it in schema ocpp: V2 created it
-- on Flyway's search path. TimescaleDB cannot be moved (ALTER EXTENSION timescaledb SET SCHEMA is not
-- supported: timescale/timescaledb#276), so Ladewerk re-creates it before the migrations (TimescaleMove), in one
-- transaction:
--   1. it notes each hypertable in ocpp (time column, chunk interval, compression settings), each of their
--      policies and each continuous aggregate (its query), and copies every hypertable's rows aside;
--   2. drops the continuous aggregates and the extension (with it go the chunks; the tables, their indexes
--      and the views over them stay) and checks that nothing else went with it;
--   3. creates the extension in public, makes the tables hypertables again with their compression
--      settings and puts the rows back.
-- All of it commits or nothing changes. Compressed chunks come back uncompressed (the compression policy
-- compresses them again). The continuous aggregates (they refill from the raw rows) and the policies are
-- re-created by move-to-public-finish.sql from the tables ocpp.timescale_moved_*: TimescaleDB caches its
-- catalog once per session, so the session that re-created the extension is closed after this script and
-- the rest runs on a new one. It needs a superuser (as CREATE EXTENSION does), and time and disk in
-- proportion to the rows; docs/operations.md says how to upgrade.
DO $move$
DECLARE
    ext_schema name;
    r record;
    gone text;
BEGIN
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'timescaledb';
    IF ext_schema IS NULL OR ext_schema = 'public' THEN
        RETURN;
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'timescaledb is installed in schema % and must move to schema public (before the migrations), '
            'which needs a superuser; role % is not one', ext_schema, current_user
            USING HINT = 'Start Ladewerk once with a superuser''s database credentials (LADEWERK_DB_USER), '
                      || 'then again with the usual ones. See docs/operations.md, "Upgrading".';
    END IF;
    RAISE NOTICE 'moving timescaledb from schema % to schema public', ext_schema;
    -- the aggregates' queries are noted with names as they resolve here, and re-created the same way
    PERFORM set_config('search_path', format('ocpp, %I', ext_schema), true);

    CREATE TEMP TABLE ladewerk_move_hypertables ON COMMIT DROP AS
    SELECT h.hypertable_name::text AS name, d.column_name::text AS time_column, d.time_interval AS chunk_interval,
           h.compression_enabled, s.segmentby, s.orderby
      FROM timescaledb_information.hypertables h
      JOIN timescaledb_information.dimensions d
        ON d.hypertable_schema = h.hypertable_schema AND d.hypertable_name = h.hypertable_name
       AND d.dimension_number = 1
      LEFT JOIN timescaledb_information.hypertable_compression_settings s
        ON s.hypertable = format('%I.%I', h.hypertable_schema, h.hypertable_name)::regclass
     WHERE h.hypertable_schema = 'ocpp';
    CREATE TABLE ocpp.timescale_moved_aggregates AS
    SELECT view_name::text AS name, materialized_only, view_definition AS query
      FROM timescaledb_information.continuous_aggregates WHERE view_schema = 'ocpp';
    -- a refresh policy names its aggregate's materialization hypertable (before 2.20) or its view (since)
    CREATE TEMP TABLE ladewerk_move_job_ids ON COMMIT DROP AS
    SELECT j.job_id FROM timescaledb_information.jobs j
      LEFT JOIN _timescaledb_catalog.continuous_agg ca
        ON ca.mat_hypertable_id = (j.config->>'mat_hypertable_id')::integer
     WHERE j.hypertable_schema = 'ocpp' OR ca.user_view_schema = 'ocpp';
    CREATE TABLE ocpp.timescale_moved_jobs AS
    SELECT j.proc_name::text AS proc_name, coalesce(ca.user_view_name, j.hypertable_name)::text AS target,
           j.config, j.schedule_interval
      FROM timescaledb_information.jobs j
      LEFT JOIN _timescaledb_catalog.continuous_agg ca
        ON ca.mat_hypertable_id = (j.config->>'mat_hypertable_id')::integer
     WHERE j.hypertable_schema = 'ocpp' OR ca.user_view_schema = 'ocpp';
    -- only Ladewerk's own hypertables and policies are carried over: anything else stops the move
    SELECT string_agg(x, ', ') INTO gone FROM (
        SELECT 'job ' || proc_name || ' on ' || coalesce(target, '-') AS x FROM ocpp.timescale_moved_jobs
         WHERE proc_name NOT IN ('policy_compression', 'policy_retention', 'policy_refresh_continuous_aggregate')
        UNION ALL
        SELECT 'job ' || j.job_id || ' ' || j.proc_name FROM timescaledb_information.jobs j
         WHERE j.job_id >= 1000 AND j.job_id NOT IN (SELECT job_id FROM ladewerk_move_job_ids)
        UNION ALL
        SELECT 'hypertable ' || hypertable_schema || '.' || hypertable_name FROM timescaledb_information.hypertables
         WHERE hypertable_schema <> 'ocpp'
           AND hypertable_name NOT IN (SELECT materialization_hypertable_name FROM timescaledb_information.continuous_aggregates)
        UNION ALL
        SELECT 'continuous aggregate ' || view_schema || '.' || view_name FROM timescaledb_information.continuous_aggregates
         WHERE view_schema <> 'ocpp') o;
    IF gone IS NOT NULL THEN
        RAISE EXCEPTION 'timescaledb must move to schema public, but these would not come along: %; nothing was changed',
            gone USING HINT = 'Move them out of this database (or drop them), start Ladewerk, then put them back. '
                           || 'See docs/operations.md, "Upgrading".';
    END IF;
    FOR r IN SELECT name FROM ladewerk_move_hypertables LOOP
        EXECUTE format('CREATE TEMP TABLE %I ON COMMIT DROP AS TABLE ocpp.%I', 'ladewerk_move_rows_' || r.name, r.name);
    END LOOP;

    FOR r IN SELECT name FROM ocpp.timescale_moved_aggregates LOOP
        EXECUTE format('DROP MATERIALIZED VIEW ocpp.%I', r.name);
    END LOOP;
    -- what must survive: every relation and routine that is neither part of the extension nor its internals
    CREATE TEMP TABLE ladewerk_move_kept ON COMMIT DROP AS
    SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname NOT LIKE '\_timescaledb%' AND n.nspname NOT LIKE 'timescaledb\_%'
       AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.deptype = 'e')
    UNION ALL
    SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname NOT LIKE '\_timescaledb%' AND n.nspname NOT LIKE 'timescaledb\_%'
       AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e');

    DROP EXTENSION timescaledb CASCADE;
    SELECT string_agg(k.name, ', ') INTO gone FROM ladewerk_move_kept k
     WHERE NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname || '.' || c.relname = k.name)
       AND NOT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                              = k.name);
    IF gone IS NOT NULL THEN
        RAISE EXCEPTION 'moving timescaledb to schema public would drop objects outside Ladewerk''s time series: %; '
            'nothing was changed', gone
            USING HINT = 'Move or drop these objects yourself, then start Ladewerk again. See docs/operations.md.';
    END IF;

    CREATE EXTENSION timescaledb WITH SCHEMA public;
    PERFORM set_config('search_path', 'ocpp, public', true);
    FOR r IN SELECT * FROM ladewerk_move_hypertables LOOP
        PERFORM public.create_hypertable(format('ocpp.%I', r.name)::regclass, r.time_column::name,
                                         chunk_time_interval => r.chunk_interval);
        IF r.compression_enabled THEN
            EXECUTE format('ALTER TABLE ocpp.%I SET (timescaledb.compress%s%s)', r.name,
                CASE WHEN r.segmentby IS NULL THEN '' ELSE format(', timescaledb.compress_segmentby = %L', r.segmentby) END,
                CASE WHEN r.orderby IS NULL THEN '' ELSE format(', timescaledb.compress_orderby = %L', r.orderby) END);
        END IF;
        EXECUTE format('INSERT INTO ocpp.%I SELECT * FROM %I', r.name, 'ladewerk_move_rows_' || r.name);
    END LOOP;
    RAISE NOTICE 'timescaledb is now in schema public; the continuous aggregates and policies follow';
END
$move$;
