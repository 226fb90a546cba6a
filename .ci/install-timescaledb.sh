#!/usr/bin/env bash
# Installs TimescaleDB 2.28.3 into the machine's PostgreSQL 15 and preloads it in the cluster on
# 127.0.0.1:5432, using the workplace's source install script (shared/timescaledb/install.sh, beside the
# source archive it builds from). Idempotent: the script returns at once when the extension is preloaded.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for candidate in "${TIMESCALEDB_INSTALL_SCRIPT:-}" "$repo/../shared/timescaledb/install.sh" /work/shared/timescaledb/install.sh; do
  if [ -n "$candidate" ] && [ -f "$candidate" ]; then
    exec bash "$candidate"
  fi
done
if psql -h 127.0.0.1 -U postgres -tAc "SHOW shared_preload_libraries" 2>/dev/null | grep -q timescaledb; then
  echo "timescaledb is preloaded already (no install script found, none needed)"
  exit 0
fi
echo "no TimescaleDB install script found (set TIMESCALEDB_INSTALL_SCRIPT); install TimescaleDB 2.28.x for PostgreSQL 15 from your distribution or Timescale's packages" >&2
exit 1
