#!/usr/bin/env bash
# Side-by-side benchmark: the same independent generator (npm ocpp-rpc client, strict mode) against Ladewerk
# and against ocpp-rpc's own no-op server, in one run, profile by profile, alternating which goes first.
# Reports calls/s, p50/p95/p99 and the CPU seconds of the server, the database and the generator (from /proc),
# all over the measured phase (after every station has connected and booted); the connect phase is reported apart.
# The database's CPU counts all of the cluster's backends: run it on a machine where nothing else uses PostgreSQL.
#
#   bench/side-by-side/run.sh [STATIONS] [CALLS_PER_STATION] [PROFILES] [PROTOCOLS]
#   bench/side-by-side/run.sh 1000 40 "heartbeat status meter5 meter13 transaction" "ocpp1.6 ocpp2.0.1"
#
# Needs: app/target/ladewerk.jar (mvn -B -q package -DskipTests), Node.js 18+, PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
stations=${1:-1000}
calls=${2:-40}
profiles=${3:-heartbeat status meter5 meter13 transaction}
protocols=${4:-ocpp1.6 ocpp2.0.1}
password='side-by-side-secret-0123'
ocpp_port=${BENCH_OCPP_PORT:-18180}
http_port=${BENCH_HTTP_PORT:-18080}
noop_port=${BENCH_NOOP_PORT:-18190}
db=ladewerk_sbs_$(date +%s)
out=${BENCH_OUT:-/tmp/side-by-side-$(date +%Y%m%d-%H%M%S).md}

[ -f "$repo/app/target/ladewerk.jar" ] || (cd "$repo" && mvn -B -q package -DskipTests)
[ -d "$here/node_modules" ] || npm ci --silent --prefix "$here"
ulimit -n 20000 2>/dev/null || true

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
export LADEWERK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" LADEWERK_OCPP_PORT=$ocpp_port LADEWERK_HTTP_PORT=$http_port
java -jar "$repo/app/target/ladewerk.jar" register-station LOAD-0 --password "$password" >/dev/null
psql -h 127.0.0.1 -U postgres -d "$db" -qc "INSERT INTO ocpp.stations (id, password_hash, registration_status)
  SELECT 'SIM-'||lpad(i::text,6,'0'), (SELECT password_hash FROM ocpp.stations WHERE id='LOAD-0'), 'ACCEPTED'
  FROM generate_series(1, $stations) i"

java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$repo/app/target/ladewerk.jar" run >/tmp/sbs-ladewerk.log 2>&1 &
ladewerk=$!
node "$here/noop-server.mjs" --port "$noop_port" 2>/tmp/sbs-noop.log &
noop=$!
trap 'kill $ladewerk $noop 2>/dev/null; wait 2>/dev/null; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$http_port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

run_one() { # server-name url server-pid
  local name=$1 url=$2 pid=$3 json
  # the generator reads the server's and the database's CPU from /proc over the measured phase only
  json=$(node "$here/generator.mjs" --url "$url" --protocol "$protocol" --stations "$stations" --calls "$calls" \
      --profile "$profile" --password "$password" --prefix SIM- --server-pids "$pid" --db-master "$(pgrep -o -x postgres)")
  node -e '
    const r = JSON.parse(process.argv[1]); const name = process.argv[2];
    const server = r.serverCpuSeconds, db = r.dbCpuSeconds;
    const per = x => r.calls ? (1000 * x / r.calls).toFixed(3) : "–";
    console.log(`| ${r.protocol} | ${r.profile} | ${name} | ${r.callsPerSecond} | ${r.p50} / ${r.p95} / ${r.p99} | ` +
      `${server.toFixed(1)} / ${db.toFixed(1)} / ${r.generatorCpuSeconds} | ${per(server + db)} | ${r.calls} | ` +
      `${r.errors} | ${r.connectSeconds} s (${r.connectFailures} failed) |`);
    if (r.errors || r.connectFailures) console.error(JSON.stringify(r.errorKinds));
  ' "$json" "$name"
}

{
  echo "Side by side, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $stations stations x $calls calls, commit $(git -C "$repo" rev-parse --short HEAD)"
  echo
  echo "| protocol | profile | server | calls/s | p50 / p95 / p99 ms | CPU s: server / db / generator | server+db CPU ms per call | calls | errors | connect phase |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} | tee "$out"
round=0
for protocol in $protocols; do
  for profile in $profiles; do
    if [ $((round % 2)) -eq 0 ]; then
      run_one no-op "ws://127.0.0.1:$noop_port/ocpp" "$noop" | tee -a "$out"
      run_one ladewerk "ws://127.0.0.1:$ocpp_port/ocpp" "$ladewerk" | tee -a "$out"
    else
      run_one ladewerk "ws://127.0.0.1:$ocpp_port/ocpp" "$ladewerk" | tee -a "$out"
      run_one no-op "ws://127.0.0.1:$noop_port/ocpp" "$noop" | tee -a "$out"
    fi
    round=$((round + 1))
  done
done
echo "results in $out"
