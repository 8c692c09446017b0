#!/usr/bin/env bash
# Audited-read throughput at 1, 8, 16 and 32 connections next to an unaudited read of the same
# API, on a throw-away H2 server and a throw-away PostgreSQL one, and the sequencer's lag (an
# event's commit to its sealing) under that load. Server and load generator run on separate
# cores when taskset is there. Needs wrk (apt-get install wrk) and a built WAR (./mvnw package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "bench: wrk is missing: apt-get install wrk" >&2; exit 1; }
seconds="${SECONDS_PER_RUN:-10}"
warmup="${WARMUP_SECONDS:-15}"
connections=(${CONNECTIONS:-1 8 16 32})
work="$(mktemp -d /tmp/algos-bench-audit.XXXXXX)"
server_cpu="" client_cpu=""
if command -v taskset >/dev/null && (( $(nproc) >= 2 )); then server_cpu="taskset -c 0"; client_cpu="taskset -c 1"; fi
cleanup() {
  "$root/bin/algos" test-server stop "$work/h2" >/dev/null 2>&1 || true
  "$root/bin/algos" test-server stop "$work/pg" >/dev/null 2>&1 || true
  "$root/bin/algos" test-postgres stop "$work/postgres" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
auth="Authorization: Basic $(printf 'dr.lee:demo' | base64)"

# rate URL CONNECTIONS: requests per second wrk reaches, and its p99 latency.
rate() {
  $client_cpu wrk -t1 -c"$2" -d"${3:-$seconds}s" --latency -H "$auth" "$1" \
    | awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} END {printf "%s %s", r, p}'
}

# measure NAME PORT: both endpoints at each number of connections, then the sequencer's lag.
measure() {
  local name="$1" base="http://localhost:$2" audited unaudited n a u
  # Jane Doe (demo patient 1) is on dr.lee's care team: each read writes one audit event.
  audited="$base/api/patients/1"
  unaudited="$base/api/instruments/PEG"
  curl -fsS -o /dev/null -H "$auth" "$audited" && curl -fsS -o /dev/null -H "$auth" "$unaudited"
  # warm-up: on one core the JIT compiler takes the first minute of load for itself
  for n in 1 2; do rate "$audited" 16 "$warmup" >/dev/null; rate "$unaudited" 16 "$warmup" >/dev/null; done
  curl -fsS -o /dev/null -u auditor:demo "$base/api/audit/sequencer?reset=true"
  printf '%-10s %5s %12s %10s %12s %10s %7s\n' "$name" conns "audited r/s" "p99" "unaudited" "p99" ratio
  for n in "${connections[@]}"; do
    read -r a ap <<<"$(rate "$audited" "$n")"
    read -r u up <<<"$(rate "$unaudited" "$n")"
    printf '%-10s %5s %12s %10s %12s %10s %7s\n' "$name" "$n" "$a" "$ap" "$u" "$up" \
      "$(awk -v a="$a" -v u="$u" 'BEGIN {printf "%.2fx", a / u}')"
  done
  echo "$name sequencer after the load: $(curl -fsS -u auditor:demo "$base/api/audit/sequencer")"
}

export ALGOS_DEMO=true ALGOS_DEMO_HISTORY=false
(export ALGOS_DATA="$work/h2-data" ALGOS_DB_URL=""; $server_cpu "$root/bin/algos" test-server start "$work/h2" 18491)
"$root/bin/algos" test-server wait "$work/h2" 300 >/dev/null
measure H2 18491
events=$(curl -fsS -u auditor:demo "http://localhost:18491/api/audit?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
"$root/bin/algos" test-server stop "$work/h2" >/dev/null
bytes=$(stat -c %s "$work/h2-data/db/algos.mv.db")
echo "H2 database file after the load and a clean stop: $bytes bytes, $events audit events ($((bytes / (events + 1))) bytes per event, everything included)"

"$root/bin/algos" test-postgres start "$work/postgres" 55491 >/dev/null
(export ALGOS_DATA="$work/pg-data" ALGOS_DB_URL="jdbc:postgresql://127.0.0.1:55491/algos_it" \
   ALGOS_DB_USER=algos ALGOS_DB_PASSWORD=algos-it ALGOS_DB_MIGRATION_USER=algos_owner \
   ALGOS_DB_MIGRATION_PASSWORD=algos-owner-it
 $server_cpu "$root/bin/algos" test-server start "$work/pg" 18492)
"$root/bin/algos" test-server wait "$work/pg" 300 >/dev/null
measure PostgreSQL 18492
psql="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/psql"
PGPASSWORD=algos-owner-it "$psql" -h 127.0.0.1 -p 55491 -U algos_owner -d algos_it -At \
  -c "select 'PostgreSQL audit_event: ' || count(*) || ' events, ' || pg_total_relation_size('audit_event') / greatest(count(*), 1)
      || ' bytes per event with its indexes' from audit_event" || true
