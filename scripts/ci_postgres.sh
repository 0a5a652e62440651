#!/usr/bin/env bash
# Start a local PostgreSQL server for the store tests and export RASAD_TEST_POSTGRES_URL.
#
# Works as root on a fresh Debian/Ubuntu machine (or container without systemd):
#   apt-get install -y postgresql        # installs the server and creates cluster <ver>/main
#   source scripts/ci_postgres.sh        # starts it, creates role + database, exports the URL
#   pytest tests/store                   # store tests now also run against PostgreSQL
# Executed instead of sourced, it prints the export line: eval "$(scripts/ci_postgres.sh)".
# Idempotent: rerunning keeps the running server and recreates the test database.
# Override with RASAD_PG_DB / RASAD_PG_USER / RASAD_PG_PASSWORD / RASAD_PG_PORT.

_rasad_pg_main() {
  set -euo pipefail
  local db="${RASAD_PG_DB:-rasad_test}"
  local user="${RASAD_PG_USER:-rasad}"
  local password="${RASAD_PG_PASSWORD:-rasad}"
  local port="${RASAD_PG_PORT:-5432}"

  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "ci_postgres: PostgreSQL is not installed; run: apt-get install -y postgresql" >&2
    return 1
  fi
  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  if ! pg_lsclusters --no-header | awk '{print $1"/"$2}' | grep -qx "${version}/main"; then
    pg_createcluster --port "${port}" "${version}" main >&2
  fi
  if ! pg_lsclusters --no-header | awk -v v="${version}" '$1==v && $2=="main"' | grep -q online; then
    pg_ctlcluster "${version}" main start >&2
  fi
  port="$(pg_lsclusters --no-header | awk -v v="${version}" '$1==v && $2=="main" {print $3}')"

  local i
  for i in $(seq 1 30); do
    if pg_isready -q -h localhost -p "${port}"; then break; fi
    sleep 1
  done
  pg_isready -h localhost -p "${port}" >&2

  local psql=(runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -p "${port}" -d postgres)
  if ! "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname='${user}'" | grep -q 1; then
    "${psql[@]}" -c "CREATE ROLE ${user} LOGIN PASSWORD '${password}'" >&2
  fi
  "${psql[@]}" -c "DROP DATABASE IF EXISTS ${db}" >&2
  "${psql[@]}" -c "CREATE DATABASE ${db} OWNER ${user} ENCODING 'UTF8' TEMPLATE template0" >&2

  RASAD_TEST_POSTGRES_URL="postgresql+psycopg://${user}:${password}@localhost:${port}/${db}"
}

if [[ "${BASH_SOURCE[0]}" != "${0}" ]]; then
  # sourced: run in a subshell so `set -e` cannot end the caller's shell, then export
  if _rasad_out="$( (_rasad_pg_main && echo "${RASAD_TEST_POSTGRES_URL}") )"; then
    export RASAD_TEST_POSTGRES_URL="${_rasad_out##*$'\n'}"
    echo "ci_postgres: RASAD_TEST_POSTGRES_URL=${RASAD_TEST_POSTGRES_URL}" >&2
  else
    echo "ci_postgres: could not start PostgreSQL (see above)" >&2
    return 1
  fi
  unset _rasad_out
else
  _rasad_pg_main
  echo "export RASAD_TEST_POSTGRES_URL='${RASAD_TEST_POSTGRES_URL}'"
fi
