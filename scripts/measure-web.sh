#!/usr/bin/env bash
# Measures Tandem's pages under load with wrk (Debian's package), against a
# release build serving the demo authority. Prints requests per second and
# median/p95 latency for /healthz (the baseline), a coordinator's caseload,
# the whole case list and one case page.
#
#   scripts/measure-web.sh [DATABASE_URL]     (default: SQLite in a temp dir)
set -eu
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q -p tandem
bin=target/release/tandem
data=$(mktemp -d)
port=18080
export TANDEM_DATA_DIR=$data TANDEM_PORT=$port
if [ -n "${1:-}" ]; then export TANDEM_DATABASE_URL=$1; fi
$bin serve >"$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do curl -sf "localhost:$port/healthz" >/dev/null && break; sleep 0.2; done

jar="$data/jar"
email=coordinator@demo.northbrook.example
password=$(awk -v e="$email" '$0 ~ e {print $NF}' "$data/demo-sign-ins.txt")
csrf() { curl -s -c "$jar" -b "$jar" "localhost:$port$1" | grep -o 'name="csrf_token" value="[^"]*"' | sed -n 1p | sed 's/.*value="//;s/"$//'; }
token=$(csrf /sign-in)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf_token=$token" \
  --data-urlencode "email=$email" --data-urlencode "password=$password" "localhost:$port/sign-in"
token=$(csrf /sign-in/code)
code=$($bin code "$email")
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf_token=$token" --data-urlencode "code=$code" "localhost:$port/sign-in/code"
session=$(awk '$6 == "tandem_session" {print $7}' "$jar")
export TANDEM_COOKIE="tandem_session=$session"
case_path=$(curl -s -b "$jar" "localhost:$port/cases?mine=1" | grep -o 'href="/cases/[A-Z]*-[0-9]*-[0-9]*"' | sed -n 1p | sed 's/href="//;s/"$//')

for path in /healthz "/cases?mine=1" /cases "$case_path"; do
  printf '%-28s ' "$path"
  wrk -t2 -c16 -d10s -s scripts/bench/report.lua "http://localhost:$port$path" | tail -1
done
