#!/usr/bin/env bash
# The auditor's views on a large trail: EVENTS (3,500,000) events written straight into a
# throw-away PostgreSQL (2 % flagged, over 5,000 patients), then the newest page, a deep page,
# the flagged review queue and one patient's events, timed through the API (median of 10).
# The synthetic events carry no valid links, so the sequencer halts at start, as it does on a
# chain it did not seal: the views must not depend on it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${EVENTS:-3500000}"
work="$(mktemp -d /tmp/algos-bench-scale.XXXXXX)"
cleanup() {
  "$root/bin/algos" test-server stop "$work/pg" >/dev/null 2>&1 || true
  "$root/bin/algos" test-postgres stop "$work/postgres" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql"
# the roles bin/algos test-postgres makes: the runtime role and the schema owner
export ALGOS_DEMO=true ALGOS_DEMO_HISTORY=false ALGOS_DATA="$work/data" ALGOS_DB_URL="jdbc:postgresql://127.0.0.1:55493/algos_it" \
  ALGOS_DB_USER=algos ALGOS_DB_PASSWORD=algos-it ALGOS_DB_MIGRATION_USER=algos_owner ALGOS_DB_MIGRATION_PASSWORD=algos-owner-it
sql() { PGPASSWORD=algos-owner-it "$psql" -h 127.0.0.1 -p 55493 -U algos_owner -d algos_it -v ON_ERROR_STOP=1 -q "$@"; }

"$root/bin/algos" test-postgres start "$work/postgres" 55493 >/dev/null
"$root/bin/algos" test-server start "$work/pg" 18493 >/dev/null && "$root/bin/algos" test-server wait "$work/pg" 300 >/dev/null
"$root/bin/algos" test-server stop "$work/pg" >/dev/null    # migrated; now write the trail behind its back
echo "writing $events audit events..."
start=$SECONDS
sql -c "alter table audit_event disable trigger user" -c "
  insert into audit_event (id, occurred_at, username, user_role, action, patient_id, resource, outcome, purpose,
                           detail, flagged, prev_hash, hash)
  select n, timestamp '2026-01-01' + n * interval '8 seconds', 'dr.user' || (n % 40), 'physician', 'READ',
         1 + n % 5000, 'Patient', case when n % 50 = 0 then 'DENIED' else 'SUCCESS' end,
         'treatment', 'chart read: patient, care team', n % 50 = 0, md5(n::text) || md5(n::text), md5(n::text) || md5(n::text)
  from generate_series(1, $events) n" \
  -c "update audit_chain_head set last_event_id = $events, last_hash = md5('$events') || md5('$events')" \
  -c "alter table audit_event enable trigger user" -c "vacuum analyze audit_event"
echo "written in $((SECONDS - start)) s; $(sql -At -c "select pg_size_pretty(pg_total_relation_size('audit_event'))") with indexes"
"$root/bin/algos" test-server start "$work/pg" 18493 >/dev/null && "$root/bin/algos" test-server wait "$work/pg" 300 >/dev/null
base=http://localhost:18493
for path in "api/audit?size=50" "api/audit?size=50&page=20000" "api/audit?flagged=true&size=50" \
            "api/audit?flagged=true&size=50&page=100" "api/audit?patientId=4242&size=50"; do
  curl -fsS -o /dev/null -u auditor:demo "$base/$path"   # warm-up
  for i in $(seq 1 10); do curl -fsS -o /dev/null -w '%{time_total}\n' -u auditor:demo "$base/$path"; done \
    | summarise "GET /$path"
done
