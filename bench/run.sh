#!/usr/bin/env bash
# Load benchmark: serves a fresh demo database and measures GET /healthz (the
# no-op ceiling) and GET /api/v1/me (a signed-in request) with wrk.
#
# BENCH_DURATION  seconds per measurement (default 10)
# BENCH_DB        database URL (default: a fresh SQLite file in a temp directory);
#                 e.g. postgresql://accord@127.0.0.1:5432/accord_bench
# BENCH_THREADS   wrk threads (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${BENCH_DURATION:-10}"
wrk_threads="${BENCH_THREADS:-2}"
connections=(64 256)
email="superintendent@demo.accord.example"
password="accord-demo"

bash scripts/build.sh >/dev/null

for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (run scripts/setup.sh)" >&2; exit 1; }
done

tmp=$(mktemp -d /tmp/accord-bench.XXXXXX)
server_pid=""

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
  stop_server || true
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -n "${BENCH_DB:-}" ]]; then
  db="$BENCH_DB"
  db_label="${db%%:*} (BENCH_DB)"
else
  db="sqlite:$tmp/bench.db"
  db_label="sqlite (fresh temp file)"
fi

build/accord demo --db "$db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; exit 1; }

rss_kib() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Start the server on a free loopback port (retried if the port is taken meanwhile).
base=""
for attempt in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 12000))
  port_is_free "$port" || continue
  build/accord serve --db "$db" --listen "127.0.0.1:$port" --log-level warn >"$tmp/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do
    if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then
      base="http://127.0.0.1:$port"
      break 2
    fi
    alive "$server_pid" || break
    sleep 0.1
  done
  if alive "$server_pid"; then
    echo "bench: the server did not answer GET /healthz within 10 s" >&2
    break
  fi
  stop_server || true # it exited: most likely the port was taken meanwhile; try another
done
if [[ -z "$base" ]]; then
  echo "bench: the server did not start; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
idle_rss=$(rss_kib "$server_pid" VmRSS)

# Sign in and keep the session cookie.
status=$(curl -sS --max-time 10 -o "$tmp/login.json" -D "$tmp/login.headers" -w '%{http_code}' \
  -H 'Content-Type: application/json' \
  --data "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/login")
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
status=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/api/v1/me")
if [[ "$status" != 200 ]]; then
  echo "bench: GET /api/v1/me with the session cookie answered HTTP $status" >&2
  exit 1
fi

# run PATH CONNECTIONS SECONDS: prints "req/s p50_ms p99_ms errors".
run() {
  wrk -t"$wrk_threads" -c"$2" -d"${3}s" --latency -H "Cookie: $cookie" "$base$1" >"$tmp/wrk.out" 2>&1 || {
    cat "$tmp/wrk.out" >&2
    return 1
  }
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
      printf "%s %.3f %.3f %d\n", rps, p50, p99, errors
    }' "$tmp/wrk.out" || { echo "bench: could not read wrk output:" >&2; cat "$tmp/wrk.out" >&2; return 1; }
  { echo "GET $1 at $2 connections:"; grep -E "Socket errors|Non-2xx" "$tmp/wrk.out" || true; } >>"$tmp/errors"
}

echo "Accord benchmark: $db_label, $(nproc) cores, wrk -t$wrk_threads, ${duration}s per run"

# Warm up (discarded).
run /healthz 64 1 >/dev/null
run /api/v1/me 64 1 >/dev/null

results="$tmp/results"
: >"$results"
: >"$tmp/errors"
for c in "${connections[@]}"; do
  for path in /healthz /api/v1/me; do
    echo "$path $c $(run "$path" "$c" "$duration")" >>"$results"
  done
done

peak_rss=$(rss_kib "$server_pid" VmHWM)

echo
awk '
  BEGIN {
    printf "%-16s %6s %12s %9s %9s %7s %7s\n", "endpoint", "conns", "req/s", "p50 ms", "p99 ms", "errors", "ratio"
  }
  { path[NR] = $1; conns[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; err[NR] = $6
    if ($1 == "/healthz") ceiling[$2] = $3 }
  END {
    for (i = 1; i <= NR; i++) {
      ratio = ceiling[conns[i]] > 0 ? sprintf("%.2f", rps[i] / ceiling[conns[i]]) : "-"
      printf "%-16s %6d %12.1f %9.2f %9.2f %7d %7s\n", "GET " path[i], conns[i], rps[i], p50[i], p99[i], err[i], ratio
    }
  }' "$results"
echo
printf 'server RSS: idle %.1f MiB, peak %.1f MiB\n' "$(awk -v k="$idle_rss" 'BEGIN{print k/1024}')" \
  "$(awk -v k="$peak_rss" 'BEGIN{print k/1024}')"

if awk '$6 > 0 { bad = 1 } END { exit !bad }' "$results"; then
  echo "bench: warning: some requests failed (see the errors column); the figures are not comparable:" >&2
  grep -B1 -E "Socket errors|Non-2xx" "$tmp/errors" | grep -v '^--$' >&2 || true
fi

# Stop the server and check it shuts down cleanly.
rc=0
stop_server || rc=$?
if ((rc != 0)); then
  echo "bench: the server exited with status $rc after SIGTERM; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
echo "server stopped cleanly after SIGTERM"
