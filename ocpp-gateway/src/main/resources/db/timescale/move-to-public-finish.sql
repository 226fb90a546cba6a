-- Second half of moving TimescaleDB to schema public (see move-to-public.sql): re-creates the continuous
-- aggregates and the policies noted there, in a session that loaded the extension from public. Nothing to
-- do where the first half did not run. Ladewerk runs it at every start before the migrations, so a start
-- that stopped in between finishes here.
DO $recreate$
DECLARE
    r record;
BEGIN
    IF to_regclass('ocpp.timescale_moved_aggregates') IS NULL THEN
        RETURN;
    END IF;
    -- the aggregates' queries name tables and functions unqualified (as move-to-public.sql noted them)
    PERFORM set_config('search_path', 'ocpp, public', true);
    FOR r IN SELECT * FROM ocpp.timescale_moved_aggregates LOOP
        EXECUTE format('CREATE MATERIALIZED VIEW ocpp.%I WITH (timescaledb.continuous, '
                       'timescaledb.materialized_only = %s) AS %s WITH NO DATA',
                       r.name, r.materialized_only, rtrim(r.query, E'; \n'));
    END LOOP;
    FOR r IN SELECT * FROM ocpp.timescale_moved_jobs LOOP
        CASE r.proc_name
            WHEN 'policy_compression' THEN
                PERFORM public.add_compression_policy(format('ocpp.%I', r.target)::regclass,
                        compress_after => (r.config->>'compress_after')::interval, schedule_interval => r.schedule_interval);
            WHEN 'policy_retention' THEN
                PERFORM public.add_retention_policy(format('ocpp.%I', r.target)::regclass,
                        drop_after => (r.config->>'drop_after')::interval, schedule_interval => r.schedule_interval);
            WHEN 'policy_refresh_continuous_aggregate' THEN
                PERFORM public.add_continuous_aggregate_policy(format('ocpp.%I', r.target)::regclass,
                        start_offset => (r.config->>'start_offset')::interval,
                        end_offset => (r.config->>'end_offset')::interval, schedule_interval => r.schedule_interval);
            ELSE
                RAISE EXCEPTION 'cannot carry job % on % over to schema public',
                    r.proc_name, r.target;
        END CASE;
    END LOOP;
    DROP TABLE ocpp.timescale_moved_aggregates;
    DROP TABLE ocpp.timescale_moved_jobs;
END
$recreate$;
