#!/usr/bin/env bash
# Builds Accord and runs every test: the unit tests and the API tests, the latter
# against both SQLite and a throwaway PostgreSQL cluster started here and removed
# on exit, then the web interface's tests (in Chromium). Extra arguments go to ctest
# (e.g. -R Login, -V).
#
# PG_BINDIR  PostgreSQL server binaries (default: the newest /usr/lib/postgresql/*/bin)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

# --- a throwaway PostgreSQL cluster --------------------------------------------

if [[ -z "${PG_BINDIR:-}" ]]; then
  PG_BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [[ -z "$PG_BINDIR" || ! -x "$PG_BINDIR/initdb" || ! -x "$PG_BINDIR/pg_ctl" ]]; then
  echo "test: PostgreSQL server binaries not found (set PG_BINDIR); the PostgreSQL tests cannot run" >&2
  exit 1
fi

pg_tmp=$(mktemp -d /tmp/accord-test-pg.XXXXXX)
pg_data="$pg_tmp/data"
pg_log="$pg_tmp/postgres.log"

# initdb refuses to run as root: run the server as the postgres user then.
if ((EUID == 0)); then
  chown postgres: "$pg_tmp"
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi

stop_postgres() {
  [[ -f "$pg_data/postmaster.pid" ]] || return 0
  if ! ${as_pg[@]+"${as_pg[@]}"} "$PG_BINDIR/pg_ctl" -D "$pg_data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
    local pid
    pid=$(head -n 1 "$pg_data/postmaster.pid" 2>/dev/null || true)
    [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_postgres
  rm -rf "$pg_tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! ${as_pg[@]+"${as_pg[@]}"} "$PG_BINDIR/initdb" -A trust -U accord -E UTF8 --no-locale -N -D "$pg_data" \
    >"$pg_tmp/initdb.log" 2>&1; then
  echo "test: initdb failed:" >&2
  cat "$pg_tmp/initdb.log" >&2
  exit 1
fi

# A loopback port that nothing listens on; retried if another process takes it first.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_port=""
for attempt in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 12000))
  port_is_free "$port" || continue
  rm -f "$pg_log"
  if ${as_pg[@]+"${as_pg[@]}"} "$PG_BINDIR/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 60 \
      -o "-p $port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
    pg_port=$port
    break
  fi
  stop_postgres
  # Try another port only if this one was taken meanwhile.
  grep -q "Address already in use" "$pg_log" 2>/dev/null || break
done
if [[ -z "$pg_port" ]]; then
  echo "test: PostgreSQL could not be started; its log:" >&2
  cat "$pg_log" >&2 2>/dev/null || true
  exit 1
fi

"$PG_BINDIR/createdb" -h 127.0.0.1 -p "$pg_port" -U accord accord_test
export ACCORD_TEST_PG_URL="postgresql://accord@127.0.0.1:$pg_port/accord_test"
echo "test: PostgreSQL $("$PG_BINDIR/postgres" -V | awk '{print $3}') at $ACCORD_TEST_PG_URL"

# --- the tests -----------------------------------------------------------------

# Every statement the servers under test run is logged, and planned on SQLite at the end.
export ACCORD_QUERY_LOG="$PWD/build/query-log.txt"
: >"$ACCORD_QUERY_LOG"

ctest --test-dir build --output-on-failure -j2 "$@"

# Every parser's fuzz target for a short while (AddressSanitizer and UndefinedBehaviorSanitizer):
# a crash fails the run. Longer runs: scripts/fuzz.sh SECONDS.
echo "test: fuzzing each parser for ${ACCORD_FUZZ_SECONDS:-20} s"
bash scripts/fuzz.sh "${ACCORD_FUZZ_SECONDS:-20}"

# The web interface: translation and API-client checks, then the browser tests in Chromium
# against a real server.
echo "test: web interface"
(cd web && ACCORD_BINARY="$PWD/../build/accord" npm test --silent)

# Several servers on one PostgreSQL with a replica, behind HAProxy: its own cluster, stopped at its end.
echo "test: a cluster of two servers, a primary and a replica, behind HAProxy"
bash scripts/cluster-test.sh

# No statement the tests made the server run reads the whole of a table that grows with the network.
echo "test: query plans of every statement the tests ran ($(wc -l <"$ACCORD_QUERY_LOG") lines logged, one per server and statement)"
ACCORD_QUERY_PLANS="$ACCORD_QUERY_LOG" build/accord_tests --gtest_filter='QueryPlans.*' --gtest_brief=1
