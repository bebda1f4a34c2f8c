#!/usr/bin/env bash
# System packages and services the tests need, from Debian: chromium for the browser tests
# (driven by playwright-core; npm downloads no browser), PostgreSQL for the server-mode store
# and Redis for the job queue. The services are started here (no service survives between
# sessions), PostgreSQL with a superuser role for the current user. Does nothing already done.
set -uo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing with apt-get: ${need[*]}" >&2
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "could not install ${need[*]}: the tests that need them will fail" >&2
fi

# PostgreSQL: start the first cluster and let the current user in as a superuser (tests create
# and drop their own databases).
if command -v pg_ctlcluster >/dev/null 2>&1; then
  cluster=$(pg_lsclusters -h 2>/dev/null | head -1)
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    $SUDO pg_createcluster "$version" main >/dev/null && cluster=$(pg_lsclusters -h | head -1)
  fi
  read -r version name _ status _ <<<"$cluster"
  [ "$status" = "online" ] || $SUDO pg_ctlcluster "$version" "$name" start || echo "could not start PostgreSQL $version/$name" >&2
  me=$(id -un)
  as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres bash -c "$1"; fi; }
  if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$me'\"" 2>/dev/null | grep -q 1; then
    as_postgres "psql -qc 'CREATE ROLE \"$me\" SUPERUSER LOGIN'" >/dev/null 2>&1 || echo "could not create the PostgreSQL role $me" >&2
  fi
fi
# Redis for the job queue (BullMQ): a throwaway instance, no persistence.
if command -v redis-server >/dev/null 2>&1 && ! redis-cli ping >/dev/null 2>&1; then
  redis-server --daemonize yes --save '' --appendonly no --port 6379 >/dev/null || echo "could not start redis-server" >&2
fi
exit 0
