#!/usr/bin/env bash
# National-scale benchmark: on each backend, builds the national data set (bench/national.cpp: the 13,300
# districts of the directory, 1,000 active partnerships with ten years of work each, 6.3 million outcome
# values, 100,000 practices, and one large district whose decision log holds 100,000 entries), then starts
# Accord on it and measures its cold start and memory, and, in the same run as the no-op ceiling
# (GET /healthz), the requests of a partnership's day: one issue, decision and practice, the district home,
# the issue list, a meeting, the action items, the audit page, practice searches, outcomes, peer districts,
# verifying the large district's decision log, and three writes (a stance, an interest, an action item).
# Every row is measured at each number of connections of BENCH_CONNECTIONS.
#
# BENCH_DURATION     seconds per measurement (default 10); a row is measured in turns of a second with its
#                    ceiling, as many turns as seconds
# BENCH_BACKENDS     the backends, in order (default "sqlite postgresql")
# BENCH_CONNECTIONS  the open connections each row is measured at (default "64 256")
# BENCH_THREADS      wrk threads (default 2)
# BENCH_SKIP_BUILD   1: use the binaries as they are (default 0: build accord and accord_bench_national)
# BENCH_ACCORD       the server binary (default build/accord); a copy keeps a run apart from rebuilds
# BENCH_SEEDER       the data set builder (default build/accord_bench_national)
# BENCH_TMPDIR       where the SQLite file and the PostgreSQL cluster go (default /dev/shm when writable)
# PG_BINDIR          PostgreSQL's server binaries (default: the newest /usr/lib/postgresql/*/bin)
#
# Everything printed also goes to bench/results/national-STAMP.txt. Exits with status 1 if any request
# failed (a socket error or an answer that is not 2xx or 3xx).
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${BENCH_DURATION:-10}"
backends="${BENCH_BACKENDS:-sqlite postgresql}"
levels="${BENCH_CONNECTIONS:-64 256}"
seeder="${BENCH_SEEDER:-build/accord_bench_national}"
stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p bench/results
result_file="bench/results/national-$stamp.txt"

# --- measuring ------------------------------------------------------------------------------------------------

# cpu_ticks: CPU time used so far by the server and, on PostgreSQL, by every process of the cluster.
cpu_ticks() {
  local pids=("$server_pid") pm
  if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
    pm=$(head -n 1 "$pg_data/postmaster.pid")
    pids+=("$pm")
    mapfile -t -O ${#pids[@]} pids < <(pgrep -P "$pm" || true)
  fi
  for pid in "${pids[@]}"; do cat "/proc/$pid/stat" 2>/dev/null || true; done |
    awk '{ sub(/^.*\) /, ""); total += $12 + $13 } END { print total + 0 }'
}

# wait_idle: after wrk has closed its connections the server still answers the requests it had read; a slow
# endpoint leaves seconds of them. Waits until the server (and the database) used at most 4% of a core over
# half a second, so that the next row does not pay for the last one.
wait_idle() {
  local prev now
  prev=$(cpu_ticks)
  for _ in $(seq 1200); do
    sleep 0.5
    now=$(cpu_ticks)
    if ((now - prev <= 2)); then return 0; fi
    prev=$now
  done
  echo "bench: the server was still busy 10 minutes after the last measurement" >&2
}

# nmeasure SESSION METHOD PATH BODY CONNECTIONS SECONDS: prints "req/s p50_ms p99_ms errors". SESSION is p
# (the partnership's superintendent), l (the large district's) or - (no session). A write sends BODY through
# bench/national.lua, with the session's CSRF token; so does a GET whose PATH has "{word}" in it, with a word of
# the vocabulary drawn for each request in its place (a search nobody made just before).
nmeasure() {
  local session=$1 method=$2 path=$3 payload=$4 conns=$5 seconds=$6 args=()
  case $session in
    p) args=(-H "Cookie: $p_cookie") ;;
    l) args=(-H "Cookie: $l_cookie") ;;
  esac
  if [[ "$method" != GET || "$path" == *"{word}"* ]]; then
    if [[ $session == l ]]; then export NATIONAL_COOKIE=$l_cookie NATIONAL_CSRF=$l_csrf
    else export NATIONAL_COOKIE=$p_cookie NATIONAL_CSRF=$p_csrf; fi
    export NATIONAL_METHOD=$method NATIONAL_PATH=$path NATIONAL_BODY=$payload
    args=(-s bench/national.lua)
  fi
  wrk -t"$wrk_threads" -c"$conns" -d"${seconds}s" --timeout 10s --latency "${args[@]}" "$base${path//\{word\}/$word}" \
    >"$tmp/wrk.out" 2>&1 || { cat "$tmp/wrk.out" >&2; return 1; }
  read_wrk_report "$method $path at $conns connections"
}

# in_turns SESSION METHOD PATH BODY CONNECTIONS TURNS: the ceiling (GET /healthz) and the row in turns, a
# second each, TURNS times over; prints two lines in nmeasure's columns, the ceiling's and then the row's: the
# mean of the turns' req/s, the median of their p50s, the highest of their p99s and the errors summed. This
# machine's speed moves by a third within a run, and within seconds: turns of a second put a row and its
# ceiling in the same moments, where one ceiling measured before the row did not.
in_turns() {
  local i ceiling=() row=()
  for ((i = 0; i < $6; i++)); do
    ceiling+=("$(nmeasure - GET /healthz "" "$5" 1)") || return 1
    wait_idle
    row+=("$(nmeasure "$1" "$2" "$3" "$4" "$5" 1)") || return 1
    wait_idle
  done
  summarise_turns "${ceiling[@]}"
  summarise_turns "${row[@]}"
}

# summarise_turns "req/s p50 p99 errors"...: one line of the same columns for all the turns.
summarise_turns() {
  local p50
  p50=$(printf '%s\n' "$@" | awk '{ print $2 }' | sort -g | sed -n "$((($# + 1) / 2))p")
  printf '%s\n' "$@" | awk -v p50="$p50" '{ n++; rps += $1; if ($3 > p99) p99 = $3; errors += $4 }
    END { printf "%.1f %s %.2f %d\n", rps / n, p50, p99, errors }'
}

# pg_alone STATEMENTS CONNECTIONS SECONDS: PostgreSQL by itself, no Accord server: pgbench's clients
# (prepared statements, as Accord's) each run a read-only transaction of STATEMENTS trivial statements
# (SELECT 1; 1 means the statement alone, with no BEGIN or COMMIT) again and again. Prints "tx/s
# average_ms 0 failed" in nmeasure's columns: pgbench's own clock is too coarse for percentiles here.
# PostgreSQL allows 100 connections, so at most 64 clients.
pg_alone() {
  local statements=$1 clients=$(($2 < 64 ? $2 : 64)) seconds=$3 script="$tmp/pg_alone.sql" out i
  : >"$script"
  ((statements > 1)) && echo "BEGIN READ ONLY;" >>"$script"
  for ((i = 0; i < statements; i++)); do echo "SELECT 1;" >>"$script"; done
  ((statements > 1)) && echo "COMMIT;" >>"$script"
  out=$("$pg_bindir/pgbench" -n -M prepared -c "$clients" -j "$wrk_threads" -T "$seconds" -f "$script" "$pg_url" 2>&1) ||
    { echo "$out" >&2; return 1; }
  awk '/^tps = / { tps = $3 } /^latency average = / { ms = $4 } /^number of failed transactions: / { failed = $5 }
    END { printf "%s %s 0 %d\n", tps, ms, failed }' <<<"$out"
}

# start_timed DB: starts the server as lib.sh's start_server does, polling /healthz every 10 ms; sets
# cold_ms, the milliseconds from launching `accord serve` until /healthz answered 200.
start_timed() {
  local db=$1 port t0
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 12000))
    port_is_free "$port" || continue
    t0=$(date +%s%N)
    "$accord" serve --db "$db" --listen "127.0.0.1:$port" --log-level warn >"$tmp/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 3000); do
      if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; then
        cold_ms=$((($(date +%s%N) - t0) / 1000000))
        base="http://127.0.0.1:$port"
        return 0
      fi
      alive "$server_pid" || break
      sleep 0.01
    done
    if alive "$server_pid"; then
      echo "bench: the server did not answer GET /healthz within 30 s" >&2
      break
    fi
    stop_server || true
  done
  echo "bench: the server did not start; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
}

# check SESSION PATH: the GET answers 200, or the benchmark stops.
check() {
  local status header=()
  case $1 in
    p) header=(-H "Cookie: $p_cookie") ;;
    l) header=(-H "Cookie: $l_cookie") ;;
  esac
  status=$(curl -sS --max-time 120 -o "$tmp/check.json" -w '%{http_code}' "${header[@]}" "$base$2")
  if [[ "$status" != 200 ]]; then
    echo "bench: GET $2 answered HTTP $status:" >&2
    head -c 500 "$tmp/check.json" >&2
    exit 1
  fi
}

mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# --- one backend ----------------------------------------------------------------------------------------------

run_backend() {
  local backend=$1 db started built size_bytes idle_kib entry label session method path payload conns results ceiling_figures row_figures
  echo
  case $backend in
    sqlite) db="sqlite:$tmp/national.db" ;;
    postgresql)
      start_postgres accord_national
      db=$pg_url
      ;;
    *)
      echo "bench: unknown backend $backend (sqlite or postgresql)" >&2
      exit 64
      ;;
  esac
  echo "== $backend: building the data set ($seeder)"
  started=$(date +%s%N)
  if ! "$seeder" "$db" >"$tmp/seed.out" 2>"$tmp/seed.err"; then
    cat "$tmp/seed.err" >&2
    exit 1
  fi
  built=$(awk -v ns=$(($(date +%s%N) - started)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  sed 's/^/   /' "$tmp/seed.err"
  # shellcheck disable=SC1091
  source "$tmp/seed.out"
  if [[ $backend == sqlite ]]; then
    size_bytes=$(($(stat -c %s "$tmp/national.db") + $(stat -c %s "$tmp/national.db-wal" 2>/dev/null || echo 0)))
  else
    size_bytes=$(psql "$db" -Atc "SELECT pg_database_size(current_database())")
  fi
  echo "data set: $rows rows in its tables (plus the full-text index), built in $built s; $(mib "$size_bytes") MiB on disk"
  grep '^count_' "$tmp/seed.out" | sed 's/^count_//' | awk -F= '{ printf "  %-26s %9d", $1, $2; if (NR % 3 == 0) print "" } END { if (NR % 3) print "" }'

  start_timed "$db"
  idle_kib=$(rss_kib "$server_pid" VmRSS)
  echo "cold start: ${cold_ms} ms from launching accord serve to GET /healthz answering 200; idle RSS $(mib $((idle_kib * 1024))) MiB"
  sign_in "$partner_email" "$password"
  p_cookie=$cookie p_csrf=$csrf
  sign_in "$large_email" "$password"
  l_cookie=$cookie l_csrf=$csrf

  local d="/api/v1/districts/$district" L="/api/v1/districts/$large_district" due
  due=$(date -u -d '+365 days' +%F)
  # LABEL|SESSION|METHOD|PATH|BODY
  local rows_spec=(
    "no-op|-|GET|/healthz|"
    "me|p|GET|/api/v1/me|"
    "issue|p|GET|$d/issues/$issue|"
    "decision|p|GET|$d/decisions/$decision|"
    "practice|p|GET|/api/v1/practices/$practice|"
    "dashboard|p|GET|$d/dashboard|"
    "issue-list-page|p|GET|$d/issues?limit=50|"
    "meeting-with-agenda|p|GET|$d/bodies/$body/meetings/$meeting|"
    "action-items|p|GET|$d/action-items|"
    "audit-page|p|GET|$d/audit|"
    "search-one-word|p|GET|/api/v1/practices?q=$word|"
    "search-two-words|p|GET|/api/v1/practices?q=$word+$second|"
    "search-word-and-tag|p|GET|/api/v1/practices?q=$word&tag=$tag|"
    "public-search|-|GET|/api/v1/public/practices?q=$word|"
    "search-a-new-word|p|GET|/api/v1/practices?q={word}|"
    "outcome-series-all-schools|p|GET|$d/metrics/ela_met/series?school=all|"
    "peers|p|GET|$d/peers|"
    "outcomes-dashboard|p|GET|$d/outcomes?school=all|"
    "write-stance|p|POST|$d/decisions/$open_decision/stances|{\"stance\":\"agree\",\"reason\":\"benchmark {n}\"}"
    "write-interest|p|POST|$d/issues/$interest_issue/interests|{\"text\":\"benchmark interest {n}\",\"side\":\"management\"}"
    "write-action-item|p|POST|$d/action-items|{\"title\":\"benchmark action {n}\",\"due_date\":\"$due\",\"body_id\":$body}"
    "decision-log-verify-large|l|GET|$L/decision-log/verify|"
  )
  for entry in "${rows_spec[@]}"; do
    IFS='|' read -r label session method path payload <<<"$entry"
    if [[ "$method" == GET ]]; then check "$session" "${path//\{word\}/$word}"; fi
  done
  check l "$L/decision-log/verify"
  local verify_json entries
  verify_json=$(cat "$tmp/check.json")
  entries=$(sed -n 's/.*"entries":\([0-9]*\).*/\1/p' <<<"$verify_json")
  if [[ "$verify_json" != *'"ok":true'* ]]; then
    echo "bench: the large district's decision log does not verify: $verify_json" >&2
    exit 1
  fi
  check p "$d/outcomes?school=all"
  echo "the outcomes dashboard answers $(grep -o '"value":' "$tmp/check.json" | wc -l) values in $(wc -c <"$tmp/check.json") bytes;" \
    "the large district's decision log: $entries entries, ok"

  results="$tmp/results-$backend"
  : >"$results"
  : >"$results.peaks"
  for conns in $levels; do
    for entry in "${rows_spec[@]}"; do
      IFS='|' read -r label session method path payload <<<"$entry"
      # A row's ratio is taken against the ceiling measured in turns with it (in_turns). The verification, whose
      # every request reads the whole log for a second or more, is measured whole after a ceiling of its own.
      if [[ $label == no-op ]]; then
        echo "$label $method:$path $conns $(nmeasure - GET /healthz "" "$conns" "$duration")" >>"$results"
      elif [[ $label == decision-log-verify* ]]; then
        echo "ceiling GET:/healthz $conns $(nmeasure - GET /healthz "" "$conns" "$duration")" >>"$results"
        wait_idle
        echo "$label $method:$path $conns $(nmeasure "$session" "$method" "$path" "$payload" "$conns" "$duration")" >>"$results"
      else
        # A second of warm-up, discarded.
        nmeasure "$session" "$method" "$path" "$payload" "$conns" 1 >/dev/null
        wait_idle
        in_turns "$session" "$method" "$path" "$payload" "$conns" "$duration" >"$tmp/turns" || exit 1
        { read -r ceiling_figures; read -r row_figures; } <"$tmp/turns"
        echo "ceiling GET:/healthz $conns $ceiling_figures" >>"$results"
        echo "$label $method:$path $conns $row_figures" >>"$results"
      fi
      echo "$label $conns $(rss_kib "$server_pid" VmHWM)" >>"$results.peaks"
      wait_idle
    done
    if [[ $backend == postgresql ]]; then
      # The ceiling PostgreSQL itself sets on this machine: a request's statements can go no faster.
      for statements in 1 6 12; do
        echo "pg-alone-$statements-statements SQL $conns $(pg_alone "$statements" "$conns" "$duration")" >>"$results"
        wait_idle
      done
    fi
  done

  echo
  echo "$backend, ${duration} s per row, wrk -t$wrk_threads; ratio: req/s over /healthz at the same connections," \
    "measured in turns of a second with the row"
  print_table "$results"
  awk -v n="$entries" '$1 ~ /^decision-log-verify/ {
    printf "decision-log verify at %d connections: %.0f entries/s (%s requests/s x %d entries)\n", $3, $4 * n, $4, n }' "$results"
  printf 'server RSS: idle %s MiB, peak %s MiB (VmHWM); %s at the end\n' "$(mib $((idle_kib * 1024)))" \
    "$(mib $(($(rss_kib "$server_pid" VmHWM) * 1024)))" "$(awk '{ print "load average " $1 " " $2 " " $3 }' /proc/loadavg)"
  # The rows during which the peak rose by more than 4 MiB, read from VmHWM after each row.
  awk -v from="$idle_kib" '{ if ($3 - from > 4096) rises = rises sprintf(" %s@%s +%.1f", $1, $2, ($3 - from) / 1024); from = $3 }
    END { print "server RSS peak rose during:" (rises == "" ? " no row by more than 4 MiB" : rises) " (MiB)" }' "$results.peaks"
  # What the resident memory is made of: the process's own (heap, stacks, SQLite's page caches), pages of files
  # mapped into it (the program and its libraries), and shared memory (SQLite's WAL index; a file on tmpfs).
  printf 'server RSS at the end: %s MiB its own (RssAnon), %s MiB of mapped files (RssFile), %s MiB shared (RssShmem)\n' \
    "$(mib $(($(rss_kib "$server_pid" RssAnon) * 1024)))" "$(mib $(($(rss_kib "$server_pid" RssFile) * 1024)))" \
    "$(mib $(($(rss_kib "$server_pid" RssShmem) * 1024)))"
  if awk '$7 > 0 { bad = 1 } END { exit !bad }' "$results"; then failed=1; fi
  finish
  if [[ $backend == postgresql ]]; then stop_postgres; else rm -f "$tmp"/national.db*; fi
}

main() {
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release --log-level=WARNING >/dev/null
    cmake --build build -j"$(nproc)" --target accord accord_bench_national >/dev/null
  fi
  if [[ -z "${BENCH_TMPDIR:-}" && -w /dev/shm ]]; then BENCH_TMPDIR=/dev/shm; fi
  # shellcheck source=bench/lib.sh
  source bench/lib.sh
  failed=0
  echo "Accord national benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git describe --always --dirty 2>/dev/null || echo '?')"
  echo "$(nproc) cores, $(awk '{ print "load average " $1 " " $2 " " $3 }' /proc/loadavg) at the start;" \
    "server $accord (sha256 $(sha256sum "$accord" | cut -c1-12)); data in ${BENCH_TMPDIR:-/tmp}; wrk -t$wrk_threads; ${duration} s per row at $levels connections"
  for backend in $backends; do run_backend "$backend"; done
  echo
  if ((failed)); then
    echo "bench: some requests failed (see the errors column)" >&2
    return 1
  fi
}

set +e
main 2>&1 | tee "$result_file"
status=${PIPESTATUS[0]}
set -e
echo "written to $result_file"
exit "$status"
