#!/usr/bin/env bash
# kill -9 durability test: starts Ladewerk on a fresh database, drives MeterValues load with the simulator,
# kills the server with SIGKILL in the middle of the load, restarts it, and checks that every MeterValues
# the simulator got a CALLRESULT for is in the database (Ladewerk answers only after the commit).
#
#   tools/kill9-durability.sh                       # 200 stations x 300 MeterValues, kill after 20 s
#   STATIONS=500 CALLS=400 KILL_AFTER=30 tools/kill9-durability.sh
#
# Needs PostgreSQL (with or without TimescaleDB) on 127.0.0.1:5432 as user postgres with trust auth, and
# builds app/ and simulator/ with `mvn package` when their jars are missing. Exit 0: nothing acknowledged
# was lost; 1: loss (or the run could not be made). See docs/performance.md, "kill -9 durability".
set -euo pipefail
cd "$(dirname "$0")/.."

STATIONS=${STATIONS:-200}
CALLS=${CALLS:-300}
KILL_AFTER=${KILL_AFTER:-20}
OCPP_PORT=${OCPP_PORT:-18180}
HTTP_PORT=${HTTP_PORT:-18080}
PGHOST=${PGHOST:-127.0.0.1}
DB=ladewerk_kill9_$$
PASSWORD='kill9-durability-pw-0123'
WORK=$(mktemp -d /tmp/ladewerk-kill9.XXXXXX)
SERVER_PID=

APP_JAR=app/target/ladewerk.jar
SIM_JAR=$(ls simulator/target/simulator-*-cli.jar 2>/dev/null | head -1 || true)
if [[ ! -f $APP_JAR || -z $SIM_JAR ]]; then
  mvn -B -q package -DskipTests -pl app,simulator -am
  SIM_JAR=$(ls simulator/target/simulator-*-cli.jar | head -1)
fi

cleanup() {
  [[ -n $SERVER_PID ]] && kill -9 "$SERVER_PID" 2>/dev/null || true
  psql -h "$PGHOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

export LADEWERK_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB"
export LADEWERK_OCPP_PORT=$OCPP_PORT LADEWERK_HTTP_PORT=$HTTP_PORT LADEWERK_TLS_ENABLED=false
psql -h "$PGHOST" -U postgres -q -c "CREATE DATABASE $DB"

start_server() {
  java -Xmx1g -jar "$APP_JAR" run >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see $WORK/server.log"; exit 1; }
    sleep 0.5
  done
  echo "server not ready within 120 s; see $WORK/server.log"; exit 1
}

# the schema comes from the first start; the stations share one Argon2id hash (registered once)
java -jar "$APP_JAR" register-station K9-REF --password "$PASSWORD" >>"$WORK/server.log" 2>&1
psql -h "$PGHOST" -U postgres -d "$DB" -q -c "INSERT INTO ocpp.stations (id, password_hash, registration_status)
  SELECT 'K9-'||lpad(i::text,6,'0'), (SELECT password_hash FROM ocpp.stations WHERE id='K9-REF'), 'ACCEPTED'
  FROM generate_series(1,$STATIONS) i"

start_server
echo "server up (pid $SERVER_PID); load: $STATIONS stations x $CALLS MeterValues, kill -9 after ${KILL_AFTER} s"
java -Xmx512m -jar "$SIM_JAR" load --url "ws://127.0.0.1:$OCPP_PORT/ocpp" --version 1.6 --identity-prefix K9- \
  --stations "$STATIONS" --password "$PASSWORD" --calls-per-station "$CALLS" --profile METER_VALUES \
  --ramp-up PT5S --call-timeout PT10S --max-duration PT10M --report "$WORK/load.json" >"$WORK/load.log" 2>&1 &
LOAD_PID=$!
sleep "$KILL_AFTER"
kill -9 "$SERVER_PID"
echo "killed the server with SIGKILL at $(date -u +%H:%M:%S)"
SERVER_PID=
wait "$LOAD_PID" || true   # the load ends with failed calls: the server is gone

start_server                # recovery: the restarted server must come up on the same database
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=

ACKED=$(jq '.calls.byAction.MeterValues.answered // 0' "$WORK/load.json")
FAILED=$(jq '.calls.byAction.MeterValues.failed // 0' "$WORK/load.json")
# each MeterValues carries exactly one Energy.Active.Import.Register value (its register grows per call)
FOUND=$(psql -h "$PGHOST" -U postgres -d "$DB" -tA -c "SELECT count(*) FROM ocpp.meter_samples
  WHERE station_id LIKE 'K9-0%' AND measurand = 'Energy.Active.Import.Register'")
echo "MeterValues acknowledged: $ACKED, failed/unanswered: $FAILED, found in the database: $FOUND"
if (( ACKED == 0 )); then echo "no call was acknowledged before the kill: raise KILL_AFTER"; exit 1; fi
if (( FOUND >= ACKED )); then
  echo "PASS: every acknowledged MeterValues survived kill -9 ($((FOUND - ACKED)) committed but unacknowledged)"
  rm -rf "$WORK"
else
  echo "FAIL: $((ACKED - FOUND)) acknowledged MeterValues lost; logs in $WORK"; exit 1
fi
