#!/usr/bin/env bash
# Time to load a patient's chart (summary of pain, function, mood, catastrophizing, MME and goals
# side by side) when the patient has kept the pain diary every day for a year, through a running
# server in demo mode (start one with: ALGOS_PORT=8090 ALGOS_DATA=/tmp/bench-data bin/algos run).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
base="${1:-http://localhost:8090}"
runs="${RUNS:-30}"
json=(-H 'Content-Type: application/json')
stamp=$(date +%s)

id=$(curl -fsS -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients" \
  -d "{\"mrn\":\"DIARY-$stamp\",\"givenName\":\"Diary\",\"familyName\":\"Year\",\"birthDate\":\"1970-03-03\",\"sex\":\"male\"}" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
user="diary.$stamp"
curl -fsS -o /dev/null -u admin:demo "${json[@]}" -X POST "$base/api/users" \
  -d "{\"username\":\"$user\",\"displayName\":\"Diary Year\",\"role\":\"patient\",\"password\":\"bench-password-$stamp\",\"patientId\":\"$id\"}"
auth="$user:bench-password-$stamp"

echo "patient $id: writing 365 diary days, 12 ODI, PHQ-9, GAD-7 and PCS each, 3 medications, a care plan with 3 goals..."
start=$(date +%s%N)
for d in $(seq 0 364); do
  day=$(date -u -d "-$d days" +%F)
  curl -fsS -o /dev/null -u "$auth" "${json[@]}" -X PUT "$base/api/patients/$id/diary" \
    -d "{\"date\":\"$day\",\"pain\":$(( (d * 7) % 11 )),\"sleepHours\":6.5,\"activityMinutes\":$(( d % 90 )),\"medicationTaken\":\"as prescribed\"}"
done
echo "diary written in $(( ($(date +%s%N) - start) / 1000000 )) ms (sequential, one request a day)"
for m in $(seq 0 11); do
  at="$(date -u -d "-$(( 11 - m )) months" +%F)T00:00:00Z"
  v=$(( 4 - m / 3 ))
  a9="\"1\":$v,\"2\":$v,\"3\":$v,\"4\":$v,\"5\":$v,\"6\":$v,\"7\":$v,\"8\":$v,\"9\":$v"
  post() { curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/assessments" -d "$1"; }
  post "{\"instrument\":\"ODI\",\"takenAt\":\"$at\",\"answers\":{$a9,\"10\":$v}}"
  w=$(( v > 3 ? 3 : v ))
  b9="\"1\":$w,\"2\":$w,\"3\":$w,\"4\":$w,\"5\":$w,\"6\":$w,\"7\":$w,\"8\":$w,\"9\":0"
  post "{\"instrument\":\"PHQ9\",\"takenAt\":\"$at\",\"answers\":{$b9}}"
  post "{\"instrument\":\"GAD7\",\"takenAt\":\"$at\",\"answers\":{\"1\":$w,\"2\":$w,\"3\":$w,\"4\":$w,\"5\":$w,\"6\":$w,\"7\":$w}}"
  p13=$(for i in $(seq 1 13); do printf '"%d":%d,' "$i" "$v"; done)
  post "{\"instrument\":\"PCS\",\"takenAt\":\"$at\",\"answers\":{${p13%,}}}"
done
since="$(date -u -d '-6 months' +%F)"
for med in '"drug":"oxycodone","doseMg":10,"dosesPerDay":3' '"drug":"fentanyl","mcgPerHour":12' '"drug":"apixaban","doseMg":5,"dosesPerDay":2'; do
  curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/medications" -d "{$med,\"startedOn\":\"$since\"}"
done
plan=$(curl -fsS -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/care-plans" -d '{"title":"Back pain programme"}' \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
for g in "Walk 30 minutes a day" "Return to work part-time" "Sleep 7 hours"; do
  curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/care-plans/$plan/goals" \
    -d "{\"description\":\"$g\",\"measure\":\"self-report\",\"targetValue\":\"yes\",\"targetDate\":\"$(date -u -d '+3 months' +%F)\"}"
done

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
portal_sign_in "$patient_jar" "$base" "$user" "bench-password-$stamp"
curl -fsS -b "$patient_jar" -o /dev/null "$base/app/me/progress.xhtml"   # warm-up
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fsS -b "$patient_jar" -o /tmp/algos-progress.html -w '%{time_total}' "$base/app/me/progress.xhtml")
  times+=("$t")
done
grep -q 'progressTitle' /tmp/algos-progress.html || { echo "the progress page did not render (signed in?)" >&2; exit 1; }
printf '%s\n' "${times[@]}" | summarise "patient's own progress page, a year of diary entries"
