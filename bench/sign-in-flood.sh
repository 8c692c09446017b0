#!/usr/bin/env bash
# What a flood of wrong passwords costs a signed-in user: the median latency of dr.lee's API
# read (HTTP Basic, verified before, so it hashes nothing) alone, then while 32 connections send
# wrong passwords for new user names from new client addresses (so the throttles never stop them
# and each attempt is hashed), and the ratio of the two. A throw-away H2 server trusts 127.0.0.1 as
# its proxy; server and load run on separate cores when taskset is there. Needs wrk.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "bench: wrk is missing: apt-get install wrk" >&2; exit 1; }
seconds="${SECONDS_PER_RUN:-10}"
work="$(mktemp -d /tmp/algos-bench-signin.XXXXXX)"
server_cpu="" client_cpu=""
if command -v taskset >/dev/null && (( $(nproc) >= 2 )); then server_cpu="taskset -c 0"; client_cpu="taskset -c 1"; fi
trap '"$root/bin/algos" test-server stop "$work/h2" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
base="http://localhost:${PORT:-18091}"
auth="Authorization: Basic $(printf 'dr.lee:demo' | base64)"

echo "starting a throw-away server on $base..."
ALGOS_DATA="$work/h2/data" ALGOS_DEMO=true ALGOS_DEMO_HISTORY=false ALGOS_PROXY_ADDRESSES=127.0.0.1 ALGOS_DB_URL= ALGOS_OIDC_PROVIDER= \
  $server_cpu "$root/bin/algos" test-server start "$work/h2" "${PORT:-18091}" >/dev/null
"$root/bin/algos" test-server wait "$work/h2" 300 >/dev/null

# median URL: the signed-in read's median latency (ms) and rate, over $seconds s on 4 connections.
median() {
  $client_cpu wrk -t1 -c4 -d"${seconds}s" --latency -H "$auth" "$base/api/patients/1" \
    | awk '/^ +50%/ {m=$2} /Requests\/sec/ {r=$2} END {
        v=m; if (m ~ /us$/) v=m/1000; else if (m ~ /ms$/) v=m+0; else if (m ~ /s$/) v=m*1000; printf "%.2f %s", v, r }'
}

curl -fsS -o /dev/null -H "$auth" "$base/api/patients/1"
median >/dev/null # warm-up
read -r alone alone_rate <<<"$(median)"
$client_cpu wrk -t1 -c32 -d"$((seconds + 4))s" -s "$root/bench/lua/wrong-passwords.lua" "$base" >"$work/flood.txt" &
flood=$!
sleep 2
read -r during during_rate <<<"$(median)"
wait "$flood"
printf 'signed-in read alone:        median %6.2f ms, %s requests/s\n' "$alone" "$alone_rate"
printf 'during the flood:            median %6.2f ms, %s requests/s\n' "$during" "$during_rate"
awk -v a="$alone" -v d="$during" 'BEGIN { printf "ratio during / alone:        %.2f\n", d / a }'
grep -E 'Requests/sec|flood answers' "$work/flood.txt" | sed 's/^/wrong passwords: /'
