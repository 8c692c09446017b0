#!/usr/bin/env bash
# Time to load a patient's chart (summary of pain, function, mood, catastrophizing, MME and goals
# side by side) when the patient has kept the pain diary every day for a year, through a running
# server in demo mode (start one with: ALGOS_PORT=8090 ALGOS_DATA=/tmp/bench-data bin/algos run).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base="${1:-http://localhost:8090}"
runs="${RUNS:-30}"
seed_year_patient "$base"
id=$SEEDED_ID user=$SEEDED_USER

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
portal_sign_in "$jar" "$base" dr.lee demo
curl -fsS -b "$jar" -o /dev/null "$base/app/patient.xhtml?id=$id"   # warm-up
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fsS -b "$jar" -o /tmp/algos-summary.html -w '%{time_total}' "$base/app/patient.xhtml?id=$id")
  times+=("$t")
done
grep -q 'patientName' /tmp/algos-summary.html || { echo "the chart page did not render (signed in?)" >&2; exit 1; }
printf '%s\n' "${times[@]}" | summarise "chart with summary, a year of diary entries"

# The patient's own progress page (scores explained in plain words, the diary's pain over the year).
patient_jar=$(mktemp)
trap 'rm -f "$jar" "$patient_jar"' EXIT
portal_sign_in "$patient_jar" "$base" "$user" "$SEEDED_PASSWORD"
curl -fsS -b "$patient_jar" -o /dev/null "$base/app/me/progress.xhtml"   # warm-up
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fsS -b "$patient_jar" -o /tmp/algos-progress.html -w '%{time_total}' "$base/app/me/progress.xhtml")
  times+=("$t")
done
grep -q 'progressTitle' /tmp/algos-progress.html || { echo "the progress page did not render (signed in?)" >&2; exit 1; }
printf '%s\n' "${times[@]}" | summarise "patient's own progress page, a year of diary entries"
