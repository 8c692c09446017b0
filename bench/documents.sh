#!/usr/bin/env bash
# Time to make the clinic letter (with its pain and function charts) and the patient's plan for a
# patient with a year of history, end to end through the API of a running server in demo mode
# (start one with: ALGOS_PORT=8090 ALGOS_DATA=/tmp/bench-data bin/algos run), next to an
# unaudited API read measured in the same run; then the same letters four at a time, to show the
# bounded renderers keep the other requests answered.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base="${1:-http://localhost:8090}"
runs="${RUNS:-20}"
json=(-H 'Content-Type: application/json')

seed_year_patient "$base"
id="$SEEDED_ID"
letter='{"type":"letter","addressee":"Dr A. Patel; Riverside Surgery","recommendation":"Continue the programme."}'

for i in 1 2 3; do # warm-up: the first documents load fonts and the renderer
  curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/documents" -d "$letter"
done
times=()
for i in $(seq 1 "$runs"); do
  times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -u dr.lee:demo "${json[@]}" -X POST \
    "$base/api/patients/$id/documents" -d "$letter")")
done
printf '%s\n' "${times[@]}" | summarise "clinic letter with two charts (compose, render, store)"
letter_median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

times=()
for i in $(seq 1 "$runs"); do
  times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -u dr.lee:demo "${json[@]}" -X POST \
    "$base/api/patients/$id/documents" -d '{"type":"patient-plan"}')")
done
printf '%s\n' "${times[@]}" | summarise "patient's plan"

times=()
for i in $(seq 1 "$runs"); do
  times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -u dr.lee:demo "$base/api/instruments/PEG")")
done
printf '%s\n' "${times[@]}" | summarise "baseline: unaudited API read"
base_median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
awk -v l="$letter_median" -v b="$base_median" 'BEGIN { printf "letter / baseline: %.1f\n", l / b }'

# Four letters at once on two renderers, while a reader keeps reading.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for c in 1 2 3 4; do
  ( for i in 1 2 3 4 5; do
      curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -u dr.lee:demo "${json[@]}" -X POST \
        "$base/api/patients/$id/documents" -d "$letter"
    done > "$out/letters-$c" ) &
done
( for i in $(seq 1 40); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -u dr.lee:demo "$base/api/instruments/PEG"
  done > "$out/reads" ) &
wait
cat "$out"/letters-* | awk '{print $2}' | summarise "letters, 4 at a time"
echo "their answers: $(cat "$out"/letters-* | awk '{print $1}' | sort | uniq -c | tr '\n' ' ')"
summarise "unaudited reads meanwhile" < "$out/reads"
