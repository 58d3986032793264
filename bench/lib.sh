# Shared by the benchmark scripts: start and stop a server (and a throwaway PostgreSQL cluster), sign
# in, run wrk, print the table. Source it after `set -euo pipefail`; it sets a trap that stops them
# and removes $tmp.

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (run scripts/setup.sh)" >&2; exit 1; }
done

wrk_threads="${BENCH_THREADS:-2}"
accord="${BENCH_ACCORD:-build/accord}" # the server binary: BENCH_ACCORD may name a copy kept apart from rebuilds
tmp=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/accord-bench.XXXXXX")
server_pid=""
wrk_pid="" # a wrk run in the background, stopped on exit
base=""
cookie=""
csrf=""

# alive PID: the process exists and has not exited (a zombie has exited).
alive() {
  local state
  state=$(awk '$1 == "State:" { print $2 }' "/proc/$1/status" 2>/dev/null || true)
  [[ -n "$state" && "$state" != Z ]]
}

# stop_server: SIGTERM, then SIGKILL if it has not exited within 30 s. Returns its exit status.
stop_server() {
  local pid=$server_pid rc=0
  server_pid=""
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 300); do
    alive "$pid" || break
    sleep 0.1
  done
  if alive "$pid"; then
    echo "bench: the server did not stop within 30 s of SIGTERM; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || rc=$?
  return "$rc"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [[ -z "$wrk_pid" ]] || kill -TERM "$wrk_pid" 2>/dev/null || true
  stop_server || true
  stop_postgres
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rss_kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# server_wrapper: a command the server runs under (valgrind, for bench/instructions.sh), and
# server_wait: how many tenths of a second it may take to answer (default 10 s).
server_wrapper=()
server_wait=100

# start_server DB: serves DB on a free loopback port (retried if the port is taken meanwhile);
# sets base and server_pid.
start_server() {
  local db=$1 port
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 12000))
    port_is_free "$port" || continue
    ${server_wrapper[@]+"${server_wrapper[@]}"} "$accord" serve --db "$db" --listen "127.0.0.1:$port" --log-level warn \
      >"$tmp/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq "$server_wait"); do
      if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then
        base="http://127.0.0.1:$port"
        return 0
      fi
      alive "$server_pid" || break
      sleep 0.1
    done
    if alive "$server_pid"; then
      echo "bench: the server did not answer GET /healthz within $((server_wait / 10)) s" >&2
      break
    fi
    stop_server || true # it exited: most likely the port was taken meanwhile; try another
  done
  echo "bench: the server did not start; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
}

# --- a throwaway PostgreSQL cluster, started as scripts/test.sh starts its own -------------------

pg_bindir=""
pg_tmp=""
pg_data=""
pg_url=""
as_pg=()

# start_postgres DATABASE: initialises a cluster in a new temporary directory, starts it on a free
# loopback port and creates DATABASE in it; sets pg_url. The exit trap stops it and removes it.
# PG_BINDIR names the server binaries (default: the newest /usr/lib/postgresql/*/bin).
start_postgres() {
  local port
  pg_bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
  if [[ -z "$pg_bindir" || ! -x "$pg_bindir/initdb" || ! -x "$pg_bindir/pg_ctl" ]]; then
    echo "bench: PostgreSQL server binaries not found (set PG_BINDIR)" >&2
    exit 1
  fi
  # Not under $tmp, which only its owner may enter: initdb refuses to run as root, so a root
  # caller runs the cluster as the postgres user, who must own the directory.
  pg_tmp=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/accord-bench-pg.XXXXXX")
  pg_data="$pg_tmp/data"
  if ((EUID == 0)); then
    chown postgres: "$pg_tmp"
    as_pg=(runuser -u postgres --)
  fi
  if ! ${as_pg[@]+"${as_pg[@]}"} "$pg_bindir/initdb" -A trust -U accord -E UTF8 --no-locale -N -D "$pg_data" \
      >"$pg_tmp/initdb.log" 2>&1; then
    echo "bench: initdb failed:" >&2
    cat "$pg_tmp/initdb.log" >&2
    exit 1
  fi
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 12000))
    port_is_free "$port" || continue
    rm -f "$pg_tmp/postgres.log"
    if ${as_pg[@]+"${as_pg[@]}"} "$pg_bindir/pg_ctl" -D "$pg_data" -l "$pg_tmp/postgres.log" -w -t 60 \
        -o "-p $port -k $pg_tmp -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
      "$pg_bindir/createdb" -h 127.0.0.1 -p "$port" -U accord "$1"
      pg_url="postgresql://accord@127.0.0.1:$port/$1"
      return 0
    fi
    # Try another port only if this one was taken meanwhile.
    grep -q "Address already in use" "$pg_tmp/postgres.log" 2>/dev/null || break
  done
  echo "bench: PostgreSQL could not be started; its log:" >&2
  cat "$pg_tmp/postgres.log" >&2 2>/dev/null || true
  exit 1
}

# stop_postgres: stops the cluster start_postgres started, if any, and removes it.
stop_postgres() {
  local pid
  [[ -n "$pg_tmp" ]] || return 0
  if [[ -f "$pg_data/postmaster.pid" ]]; then
    if ! ${as_pg[@]+"${as_pg[@]}"} "$pg_bindir/pg_ctl" -D "$pg_data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$pg_data/postmaster.pid" 2>/dev/null || true)
      if [[ -n "$pid" ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
  fi
  rm -rf "$pg_tmp"
  pg_tmp=""
  pg_url=""
}

# sign_in EMAIL PASSWORD: keeps the session cookie in `cookie` and its CSRF token in `csrf`.
sign_in() {
  local status
  status=$(curl -sS --max-time 10 -o "$tmp/login.json" -D "$tmp/login.headers" -w '%{http_code}' \
    -H 'Content-Type: application/json' \
    --data "{\"email\":\"$1\",\"password\":\"$2\"}" "$base/api/v1/auth/login")
  if [[ "$status" != 200 ]]; then
    echo "bench: sign-in failed with HTTP $status:" >&2
    cat "$tmp/login.json" >&2
    exit 1
  fi
  cookie=$(tr -d '\r' <"$tmp/login.headers" | sed -n 's/^[Ss]et-[Cc]ookie: *\(accord_session=[^;]*\).*/\1/p' | head -n 1)
  if [[ -z "$cookie" || "$cookie" == "accord_session=" ]]; then
    echo "bench: the sign-in response set no accord_session cookie" >&2
    exit 1
  fi
  csrf=$(sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' "$tmp/login.json")
}

# first_district: the id of the signed-in person's first district.
first_district() {
  curl -fsS -H "Cookie: $cookie" "$base/api/v1/districts" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2
}

# api METHOD PATH JSON: a signed-in change that must succeed (2xx), or the benchmark stops.
api() {
  local status
  status=$(curl -sS -o "$tmp/api.json" -w '%{http_code}' -X "$1" -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' --data "$3" "$base$2")
  if [[ "$status" != 2?? ]]; then
    echo "bench: $1 $2 answered HTTP $status:" >&2
    cat "$tmp/api.json" >&2
    exit 1
  fi
}

# expect_ok PATH: the signed-in GET answers 200, or the benchmark stops.
expect_ok() {
  local status
  status=$(curl -sS --max-time 60 -o "$tmp/check.json" -w '%{http_code}' -H "Cookie: $cookie" "$base$1")
  if [[ "$status" != 200 ]]; then
    echo "bench: GET $1 answered HTTP $status:" >&2
    head -c 500 "$tmp/check.json" >&2
    exit 1
  fi
}

: >"$tmp/errors"

# read_wrk_report WHAT: prints "req/s p50_ms p99_ms errors" from wrk's report in $tmp/wrk.out, and
# notes its errors under WHAT.
read_wrk_report() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    END {
      if (rps == "") exit 1
      printf "%s %.3f %.3f %d\n", rps, p50 + 0, p99 + 0, errors
    }' "$tmp/wrk.out" || { echo "bench: could not read wrk output:" >&2; cat "$tmp/wrk.out" >&2; return 1; }
  { echo "$1:"; grep -E "Socket errors|Non-2xx" "$tmp/wrk.out" || true; } >>"$tmp/errors"
}

# measure PATH CONNECTIONS SECONDS: prints "req/s p50_ms p99_ms errors".
measure() {
  wrk -t"$wrk_threads" -c"$2" -d"${3}s" --timeout 10s --latency -H "Cookie: $cookie" "$base$1" >"$tmp/wrk.out" 2>&1 || {
    cat "$tmp/wrk.out" >&2
    return 1
  }
  read_wrk_report "GET $1 at $2 connections"
}

# measure_write METHOD PATH BODY CONNECTIONS SECONDS: prints "req/s p50_ms p99_ms errors" for a signed-in
# write sent again and again through bench/national.lua with the session's CSRF token; every "{n}" in
# BODY becomes a number of its own, so that each text written differs.
measure_write() {
  NATIONAL_COOKIE=$cookie NATIONAL_CSRF=$csrf NATIONAL_METHOD=$1 NATIONAL_PATH=$2 NATIONAL_BODY=$3 \
    wrk -t"$wrk_threads" -c"$4" -d"${5}s" --timeout 10s --latency -s bench/national.lua "$base$2" \
    >"$tmp/wrk.out" 2>&1 || { cat "$tmp/wrk.out" >&2; return 1; }
  read_wrk_report "$1 $2 at $4 connections"
}

# print_table RESULTS: lines of "LABEL PATH CONNECTIONS req/s p50 p99 errors". Each ratio is taken against the
# last "no-op" or "ceiling" line before it at the same number of connections; "ceiling" lines (the no-op
# measured again with each row) are not printed as rows, but summed up after the table.
print_table() {
  awk '
    BEGIN {
      printf "%-28s %6s %10s %9s %9s %7s %7s\n", "measurement", "conns", "req/s", "p50 ms", "p99 ms", "errors", "ratio"
    }
    $1 == "ceiling" || $1 == "no-op" {
      ceiling[$3] = $4
      if (!($3 in low) || $4 < low[$3]) low[$3] = $4
      if ($4 > high[$3]) high[$3] = $4
      seen[$3]++
      if ($1 == "ceiling") next
    }
    { n++; label[n] = $1; conns[n] = $3; rps[n] = $4; p50[n] = $5; p99[n] = $6; err[n] = $7; ceil[n] = ceiling[$3] }
    END {
      for (i = 1; i <= n; i++) {
        ratio = ceil[i] > 0 ? sprintf("%.3f", rps[i] / ceil[i]) : "-"
        printf "%-28s %6d %10.1f %9.2f %9.2f %7d %7s\n", label[i], conns[i], rps[i], p50[i], p99[i], err[i], ratio
      }
      for (c in seen)
        if (seen[c] > 1)
          printf "no-op at %d connections, measured %d times in the run: %.1f to %.1f req/s\n", c, seen[c], low[c], high[c]
    }' "$1"
  if awk '$7 > 0 { bad = 1 } END { exit !bad }' "$1"; then
    echo "bench: warning: some requests failed (see the errors column); the figures are not comparable:" >&2
    grep -B1 -E "Socket errors|Non-2xx" "$tmp/errors" | grep -v '^--$' >&2 || true
  fi
}

# measure_all CONNECTIONS SECONDS "LABEL PATH"...: measures each path after a discarded warm-up,
# prints the table and the server's peak memory, and stops the server.
measure_all() {
  local conns=$1 duration=$2 entry results="$tmp/results"
  shift 2
  : >"$results"
  for entry in "$@"; do
    measure "${entry#* }" "$conns" 1 >/dev/null # warm-up, discarded
    echo "$entry $conns $(measure "${entry#* }" "$conns" "$duration")" >>"$results"
  done
  echo
  print_table "$results"
  echo
  printf 'server RSS: peak %.1f MiB\n' "$(awk -v k="$(rss_kib "$server_pid" VmHWM)" 'BEGIN{print k/1024}')"
  finish
}

# finish: stops the server and checks it shut down cleanly.
finish() {
  local rc=0
  stop_server || rc=$?
  if ((rc != 0)); then
    echo "bench: the server exited with status $rc after SIGTERM; its log:" >&2
    cat "$tmp/server.log" >&2
    exit 1
  fi
  echo "server stopped cleanly after SIGTERM"
}
