#!/usr/bin/env bash
# A chart page of a patient with a year of data: the SQL statements it costs and its time, next
# to an unaudited API read of the same server measured in the same run (the ratio is what to
# compare between runs). The server must count statements:
#   ALGOS_DIAGNOSTICS_STATEMENTS=true ALGOS_PORT=8090 ALGOS_DATA=/tmp/bench-data bin/algos run
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base="${1:-http://localhost:8090}"
runs="${RUNS:-30}"

seed_year_patient "$base"
jar=$(mktemp)
trap 'rm -f "$jar" /tmp/algos-chart-page.html' EXIT
portal_sign_in "$jar" "$base" dr.lee demo
curl -fsS -b "$jar" -o /tmp/algos-chart-page.html "$base/app/patient.xhtml?id=$SEEDED_ID"   # warm-up
statements=$(grep -o 'id="sqlStatements">[0-9]*' /tmp/algos-chart-page.html | grep -o '[0-9]*$' || true)
[[ -n "$statements" ]] || { echo "no statement count on the page: start the server with ALGOS_DIAGNOSTICS_STATEMENTS=true" >&2; exit 1; }

chart=() baseline=()
for i in $(seq 1 "$runs"); do
  chart+=("$(curl -fsS -b "$jar" -o /dev/null -w '%{time_total}' "$base/app/patient.xhtml?id=$SEEDED_ID")")
  baseline+=("$(curl -fsS -u dr.lee:demo -o /dev/null -w '%{time_total}' "$base/api/instruments/PEG")")
done
printf '%s\n' "${chart[@]}" | summarise "chart page, a year of data"
printf '%s\n' "${baseline[@]}" | summarise "baseline: unaudited API read (GET /api/instruments/PEG)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio=$(awk -v c="$(printf '%s\n' "${chart[@]}" | median)" -v b="$(printf '%s\n' "${baseline[@]}" | median)" \
  'BEGIN {printf "%.1f", c / b}')
echo "chart page: $statements SQL statements; median time ${ratio}x the baseline's"
