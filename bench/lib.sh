# Shared by the HTTP benchmarks: sign in to the portal form, and summarise timings.

# portal_sign_in JAR BASE USER PASSWORD: signs in through the sign-in form (its view state and the
# page's script nonce, as a browser sends them), keeping the session in JAR.
portal_sign_in() {
  local jar="$1" base="$2" user="$3" password="$4" page viewstate nonce
  page=$(curl -fsS -c "$jar" "$base/login.xhtml")
  viewstate=$(grep -o 'ViewState:0" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -n 1 | sed 's/nonce="//; s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null "$base/login.xhtml" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce"
}

# choose_password BASE USER TEMPORARY CHOSEN: the owner replaces the password an administrator set.
choose_password() {
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -X POST "$1/api/account/password" \
    -d "{\"username\":\"$2\",\"currentPassword\":\"$3\",\"newPassword\":\"$4\"}"
}

# summarise LABEL < seconds, one per line: prints median, p90 and max in milliseconds.
summarise() {
  sort -n | awk -v label="$1" '
    { a[NR] = $1 * 1000 }
    END { printf "%s, %d loads: median %.1f ms, p90 %.1f ms, max %.1f ms\n",
          label, NR, a[int((NR + 1) / 2)], a[int(NR * 0.9)], a[NR] }'
}

# seed_year_patient BASE: a new patient with a year of history, written through the API of a
# server in demo mode: 365 diary days by the patient's own account, monthly ODI, PHQ-9, GAD-7
# and PCS, monthly pain assessments with a body map, three medications (MME over 50), a care
# plan with three goals, two diagnoses, two imaging findings, two blocks and a completed
# procedure with follow-ups. Sets SEEDED_ID, SEEDED_USER and SEEDED_PASSWORD.
seed_year_patient() {
  local base="$1"
  json=(-H 'Content-Type: application/json')
  stamp=$(date +%s)

  id=$(curl -fsS -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients" \
    -d "{\"mrn\":\"DIARY-$stamp\",\"givenName\":\"Diary\",\"familyName\":\"Year\",\"birthDate\":\"1970-03-03\",\"sex\":\"male\"}" \
    | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  user="diary.$stamp"
  curl -fsS -o /dev/null -u admin:demo "${json[@]}" -X POST "$base/api/users" \
    -d "{\"username\":\"$user\",\"displayName\":\"Diary Year\",\"role\":\"patient\",\"password\":\"bench-password-$stamp\",\"patientId\":\"$id\"}"
  choose_password "$base" "$user" "bench-password-$stamp" "bench-chosen-$stamp"
  auth="$user:bench-chosen-$stamp"

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
  for m in $(seq 1 12); do
    curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/pain-assessments" \
      -d "{\"nrsNow\":$(( 8 - m / 3 )),\"nrsWorst\":8,\"nrsAverage\":$(( 7 - m / 3 )),\"painType\":\"mixed\",\"onsetDate\":\"$(date -u -d '-14 months' +%F)\",\"bodyMap\":[{\"region\":\"lower_back\",\"side\":\"bilateral\",\"intensity\":7},{\"region\":\"thigh\",\"side\":\"left\",\"intensity\":4}]}"
  done
  for code in M54.50 M54.51; do
    curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/diagnoses" -d "{\"system\":\"ICD10CM\",\"code\":\"$code\"}"
  done
  for months in 10 4; do
    curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/imaging-findings" \
      -d "{\"modality\":\"mri\",\"studyDate\":\"$(date -u -d "-$months months" +%F)\",\"finding\":\"facet-arthropathy\",\"levels\":\"L4-L5, L5-S1\",\"side\":\"bilateral\"}"
    curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/diagnostic-blocks" \
      -d "{\"type\":\"MBB_LUMBAR\",\"side\":\"left\",\"levels\":\"L4-L5\",\"agent\":\"lidocaine 2%\",\"painBefore\":7,\"painAfter\":1,\"performedOn\":\"$(date -u -d "-$months months" +%F)\"}"
  done
  local procedure
  procedure=$(curl -fsS -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/procedures" \
    -d "{\"procedure\":\"RFA_LUMBAR\",\"side\":\"left\",\"levels\":[\"L4-L5\"],\"date\":\"$(date -u -d '-3 months' +%F)\",\"status\":\"completed\",\"painBefore\":7,\"painAfter\":2}" \
    | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  for weeks in 2 6 12; do
    curl -fsS -o /dev/null -u dr.lee:demo "${json[@]}" -X POST "$base/api/patients/$id/procedures/$procedure/follow-ups" \
      -d "{\"date\":\"$(date -u -d "-$(( 13 - weeks )) weeks" +%F)\",\"painNow\":3,\"reliefPercent\":60}" || true
  done
  SEEDED_ID=$id SEEDED_USER=$user SEEDED_PASSWORD="bench-chosen-$stamp"
}
