#!/usr/bin/env bash
# The outcomes registry on a large cohort: PROCEDURES (100,000) completed lumbar ablations written
# straight into a throw-away PostgreSQL over the demo patients, 80 % with a 3-month outcome (pain
# and ODI), a fifth of them also with a follow-up the team entered, nine in ten with a baseline; then the registry question
# over all of them, timed through the API (median of 10), against the same question over a
# range holding 1 % of them, measured in the same run (the ratio shows how the time grows).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
procedures="${PROCEDURES:-100000}"
work="$(mktemp -d /tmp/algos-bench-outcomes.XXXXXX)"
cleanup() {
  local rc=$?
  ((rc == 0)) || grep -a -A 12 'SEVERE' "$work/pg/server.log" 2>/dev/null | head -n 60 >&2 || true
  "$root/bin/algos" test-server stop "$work/pg" >/dev/null 2>&1 || true
  "$root/bin/algos" test-postgres stop "$work/postgres" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql"
export ALGOS_DEMO=true ALGOS_DEMO_HISTORY=false ALGOS_DATA="$work/data" ALGOS_DB_URL="jdbc:postgresql://127.0.0.1:55494/algos_it" \
  ALGOS_DB_USER=algos ALGOS_DB_PASSWORD=algos-it ALGOS_DB_MIGRATION_USER=algos_owner ALGOS_DB_MIGRATION_PASSWORD=algos-owner-it
sql() { PGPASSWORD=algos-owner-it "$psql" -h 127.0.0.1 -p 55494 -U algos_owner -d algos_it -v ON_ERROR_STOP=1 -q "$@"; }

"$root/bin/algos" test-postgres start "$work/postgres" 55494 >/dev/null
"$root/bin/algos" test-server start "$work/pg" 18494 >/dev/null && "$root/bin/algos" test-server wait "$work/pg" 300 >/dev/null
"$root/bin/algos" test-server stop "$work/pg" >/dev/null
echo "writing $procedures completed procedures and their outcomes..."
start=$SECONDS
# Procedures done over the last three years (day n % 1095 before 2026-10-01); ids far above the sequences'.
sql -c "
  insert into procedure_record (id, patient_id, procedure_code, side, levels, procedure_date, status, pain_before,
                                pain_after, relief_percent, booked_by, booked_at, version, performed_by)
  select 10000000 + n, (select id from patient order by id offset (n % (select count(*) from patient)) limit 1),
         'RFA_LUMBAR', 'LEFT', 'L4-L5', date '2026-10-01' - (n % 1095), 'COMPLETED', 5 + n % 6, 1 + n % 3, 70,
         'dr.lee', timestamp '2026-10-01', 1, 'dr.lee'
  from generate_series(1, $procedures) n" -c "
  insert into procedure_outcome (id, procedure_id, patient_id, follow_up_point, answered_on, days_after, pain_before,
                                 pain_now, function_instrument, function_score, function_baseline, function_improved, version)
  select 20000000 + r.id, r.id, r.patient_id, '3m', r.procedure_date + (88 + r.id % 7)::int, 88 + (r.id % 7), r.pain_before,
         r.id % 9, 'ODI', 20 + r.id % 30, 40, r.id % 3 <> 0, 1
  from procedure_record r where r.id > 10000000 and r.id % 5 <> 0" -c "
  insert into procedure_follow_up (id, procedure_id, patient_id, follow_up_on, pain_now, relief_percent, recorded_by)
  select 30000000 + r.id, r.id, r.patient_id, r.procedure_date + 95, r.id % 8, 50, 'nurse.kim'
  from procedure_record r where r.id > 10000000 and r.id % 25 = 1" -c "
  insert into procedure_baseline (procedure_id, patient_id, pcs_total, phq9_total, phq9_band, mme_total, mme_level)
  select r.id, r.patient_id, r.id % 53, r.id % 28, case when r.id % 28 < 5 then 'minimal' when r.id % 28 < 10 then 'mild'
         when r.id % 28 < 15 then 'moderate' when r.id % 28 < 20 then 'moderately severe' else 'severe' end,
         r.id % 120, case when r.id % 120 < 50 then 'below50' when r.id % 120 < 90 then '50to89' else '90plus' end
  from procedure_record r where r.id > 10000000 and r.id % 10 <> 0" -c "vacuum analyze"
echo "written in $((SECONDS - start)) s"
"$root/bin/algos" test-server start "$work/pg" 18494 >/dev/null && "$root/bin/algos" test-server wait "$work/pg" 300 >/dev/null
base=http://localhost:18494
time_of() {
  curl -fsS -o /dev/null -u dr.lee:demo "$base/$1"   # warm-up
  for i in $(seq 1 10); do curl -fsS -o /dev/null -w '%{time_total}\n' -u dr.lee:demo "$base/$1"; done | sort -n | sed -n 5p
}
all="api/outcomes?procedure=RFA_LUMBAR&from=2023-10-01&to=2026-10-01&months=3"
small="api/outcomes?procedure=RFA_LUMBAR&from=2026-09-21&to=2026-10-01&months=3"
# to a file: head closing the pipe early would fail curl (exit 23) under pipefail
curl -fsS -o "$work/first.json" -u dr.lee:demo "$base/$all"; head -c 400 "$work/first.json"; echo
t_all=$(time_of "$all"); t_small=$(time_of "$small")
awk -v a="$t_all" -v s="$t_small" -v n="$procedures" 'BEGIN {
  printf "registry over %d procedures: median %.0f ms; over 1 %%: %.0f ms; ratio %.1f\n", n, a * 1000, s * 1000, a / s }'
# The de-identified export of the same cohort, streamed: time, lines and the server's resident memory after it.
export_url="api/outcomes/export?procedure=RFA_LUMBAR&from=2023-10-01&to=2026-10-01"
t_export=$(curl -fsS -o "$work/export.csv" -w '%{time_total}' -u dr.lee:demo "$base/$export_url")
rss=$(ps -o rss= -p "$(cat "$work/pg/server.pid")" || echo 0)
awk -v t="$t_export" -v l="$(($(wc -l < "$work/export.csv") - 1))" -v r="$rss" 'BEGIN {
  printf "export of the cohort: %d lines in %.1f s (%.0f lines/s); server resident memory after it %.0f MB\n", l, t, l / t, r / 1024 }'
