#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL, and creates a database
# for Tandem's tests. Prints the URL to export as TANDEM_TEST_POSTGRES_URL.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done

runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 >&2 <<'SQL'
ALTER USER postgres PASSWORD 'tandem-test';
SELECT 'CREATE DATABASE tandem_test' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'tandem_test')\gexec
SQL
echo "postgres://postgres:tandem-test@127.0.0.1:5432/tandem_test"
