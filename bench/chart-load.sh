#!/usr/bin/env bash
# Time to load a chart's instrument history with 100 assessments, through the API of a running
# server (start one with: ALGOS_PORT=8090 ALGOS_DATA=/tmp/bench-data bin/algos run).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base="${1:-http://localhost:8090}"
auth="dr.lee:demo"
runs="${RUNS:-30}"

mrn="BENCH-$(date +%s)"
id=$(curl -fsS -u "$auth" -H 'Content-Type: application/json' -X POST "$base/api/patients" \
  -d "{\"mrn\":\"$mrn\",\"givenName\":\"Bench\",\"familyName\":\"Mark\",\"birthDate\":\"1960-01-01\",\"sex\":\"female\"}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
echo "patient $id: storing 100 ODI assessments..."
start=$(date +%s%N)
for i in $(seq 1 100); do
  v=$(( (i % 5) ))
  curl -fsS -o /dev/null -u "$auth" -H 'Content-Type: application/json' -X POST "$base/api/patients/$id/assessments" \
    -d "{\"instrument\":\"ODI\",\"takenAt\":\"2026-01-01T00:00:00Z\",\"answers\":{\"1\":$v,\"2\":$v,\"3\":$v,\"4\":$v,\"5\":$v,\"6\":$v,\"7\":$v,\"8\":$v,\"9\":$v,\"10\":$v}}"
done
echo "stored in $(( ($(date +%s%N) - start) / 1000000 )) ms (sequential, one request each)"

times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fsS -o /dev/null -w '%{time_total}' -u "$auth" "$base/api/patients/$id/assessments?instrument=ODI")
  times+=("$t")
done
printf '%s\n' "${times[@]}" | summarise "history of 100 ODI assessments"

# The portal chart page of the same patient, signed in through the sign-in form.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
portal_sign_in "$jar" "$base" dr.lee demo
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fsS -b "$jar" -o /tmp/algos-chart.html -w '%{time_total}' "$base/app/patient.xhtml?id=$id")
  times+=("$t")
done
grep -q 'patientName' /tmp/algos-chart.html || { echo "the chart page did not render (signed in?)" >&2; exit 1; }
printf '%s\n' "${times[@]}" | summarise "portal chart page with 100 ODI assessments"

