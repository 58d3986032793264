#!/usr/bin/env bash
# Soak test: serves the demo district on each backend in turn and keeps it busy for a long time with
# signed-in people reading and changing it from many connections at once (bench/soak.lua), to show
# that the server's memory and open files level off instead of growing, and that nothing fails.
# Every 10 s it records the server's resident memory, its open files and the requests so far.
#
# usage: bench/soak.sh [--minutes N] [--backend sqlite|postgresql|both]
#
# --minutes N        minutes of load per backend (default: SOAK_MINUTES, else 30); the first 20% is
#                    the warm-up, which the memory slope and the open-file range leave out
# --backend NAME     sqlite (a fresh temporary file), postgresql (a throwaway cluster started here)
#                    or both (the default), one after the other
# BENCH_CONNECTIONS  open connections (default 64)
# BENCH_THREADS      wrk threads (default 2); they take turns with the two signed-in people
# BENCH_ACCORD       the server binary to use as it is (default: build Accord and use build/accord)
# BENCH_SKIP_BUILD   1: use build/accord as it is
# PG_BINDIR          PostgreSQL server binaries (default: the newest /usr/lib/postgresql/*/bin)
#
# It prints a summary per backend and writes, into bench/results/, the samples of each backend as
# soak-STAMP-BACKEND.csv and the summaries as soak-STAMP.txt. It exits 1 if any request failed.
set -euo pipefail
cd "$(dirname "$0")/.."

sample_every=10        # seconds between samples
warm_up_percent=20     # the share of the run left out of the slope and the open-file range
results_dir=bench/results

usage() {
  echo "usage: bench/soak.sh [--minutes N] [--backend sqlite|postgresql|both]" >&2
  exit 2
}

# parse_args ARGS...: sets minutes and backends.
parse_args() {
  minutes="${SOAK_MINUTES:-30}"
  local backend=both
  while (($#)); do
    case "$1" in
      --minutes) (($# >= 2)) || usage; minutes=$2; shift 2 ;;
      --minutes=*) minutes=${1#*=}; shift ;;
      --backend) (($# >= 2)) || usage; backend=$2; shift 2 ;;
      --backend=*) backend=${1#*=}; shift ;;
      *) usage ;;
    esac
  done
  [[ "$minutes" =~ ^[1-9][0-9]*$ ]] || { echo "soak: --minutes needs a whole number of minutes, 1 or more" >&2; exit 2; }
  case "$backend" in
    sqlite | postgresql) backends=("$backend") ;;
    both) backends=(sqlite postgresql) ;;
    *) usage ;;
  esac
}

parse_args "$@"

# Building also installs missing packages, wrk among them; without a build, setup.sh alone does.
if [[ -n "${BENCH_ACCORD:-}" || "${BENCH_SKIP_BUILD:-0}" == 1 ]]; then
  bash scripts/setup.sh >/dev/null
else
  bash scripts/build.sh >/dev/null
fi
source bench/lib.sh

seconds=$((minutes * 60))
warm_up=$((seconds * warm_up_percent / 100))
conns="${BENCH_CONNECTIONS:-64}"
stamp=$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$results_dir"
summary_file="$results_dir/soak-$stamp.txt"
failed=0

# open_database BACKEND: a new, empty database of that backend; sets db.
open_database() {
  case "$1" in
    sqlite) db="sqlite:$tmp/soak.db" ;;
    postgresql)
      start_postgres accord_soak
      db=$pg_url
      ;;
  esac
}

# json_id FILE: the first "id" in a JSON answer; the objects created here list their own id before
# any nested object.
json_id() { grep -o '"id":[0-9]*' "$1" | head -n 1 | cut -d: -f2; }

# prepare_workload: loads the demo, starts the server, signs in a labor and a management co-chair,
# and gives the load something to work on (the demo has no issues or meetings of its own): an
# issue only read, an issue written to, and a meeting. Exports what bench/soak.lua reads.
prepare_workload() {
  local sessions="" d body read_issue write_issue series meeting today
  "$accord" demo --db "$db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; exit 1; }
  start_server "$db"

  # Sign the management co-chair in last: the set-up below runs in that session.
  sign_in union.president@demo.accord.example accord-demo
  sessions="$cookie,$csrf,labor"
  sign_in superintendent@demo.accord.example accord-demo
  sessions="$sessions $cookie,$csrf,management"

  d="/api/v1/districts/$(first_district)"
  body=$(curl -fsS -H "Cookie: $cookie" "$base$d/bodies" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  api POST "$d/issues" "{\"body_id\":$body,\"title\":\"Planning time for new teachers\"}"
  read_issue=$(json_id "$tmp/api.json")
  api POST "$d/issues/$read_issue/step" '{"step":"interests"}'
  api POST "$d/issues/$read_issue/interests" '{"text":"Time to plan with a mentor","side":"shared"}'
  api POST "$d/issues/$read_issue/interests" '{"text":"Keep instructional minutes whole","side":"management"}'
  api POST "$d/issues" "{\"body_id\":$body,\"title\":\"Soak test: the issue written to\"}"
  write_issue=$(json_id "$tmp/api.json")
  api POST "$d/issues/$write_issue/step" '{"step":"interests"}'
  today=$(date -u +%F)
  api POST "$d/bodies/$body/meetings/series" "{\"start\":\"${today}T16:00\",\"duration_minutes\":60}"
  series=$(json_id "$tmp/api.json")
  api POST "$d/bodies/$body/meetings" "{\"series_id\":$series,\"date\":\"$today\"}"
  meeting=$(json_id "$tmp/api.json")

  export SOAK_SESSIONS="$sessions" SOAK_DISTRICT="${d##*/}" SOAK_BODY="$body" SOAK_MEETING="$meeting" \
    SOAK_READ_ISSUE="$read_issue" SOAK_WRITE_ISSUE="$write_issue" SOAK_PROGRESS="$tmp/progress"
  write_issue_path="$d/issues/$write_issue"
}

# sample ELAPSED: appends one CSV row: the server's resident memory (kB), the anonymous part of it,
# its open files, and the requests and non-2xx answers so far, as the wrk threads last reported
# them (once a second). A leak shows in the anonymous memory, which also holds each SQLite connection's
# cache of the file's pages (up to 16 MiB a connection) as it fills.
sample() {
  local fds counts
  fds=$(find "/proc/$server_pid/fd" -mindepth 1 -maxdepth 1 | wc -l)
  counts=$(cat "$SOAK_PROGRESS"/progress.* | awk '{ r += $1; e += $2 } END { printf "%d,%d", r, e }')
  echo "$1,$(rss_kib "$server_pid" VmRSS),$(rss_kib "$server_pid" RssAnon),$fds,$counts" >>"$csv"
}

# wait_until TIME: sleeps until the epoch second TIME, or until wrk has ended. Returns 1 if it has.
wait_until() {
  while (($(date +%s) < $1)); do
    alive "$wrk_pid" || return 1
    sleep 0.5
  done
  alive "$wrk_pid"
}

# run_load: runs wrk for the whole duration in the background and samples every sample_every
# seconds while it runs; sets result to "REQUESTS NON2XX SOCKET_ERRORS", wrk's own totals. Only
# samples under load are kept: once wrk has closed its connections the open files say nothing.
run_load() {
  local started elapsed at i
  rm -rf "$SOAK_PROGRESS"
  mkdir -p "$SOAK_PROGRESS"
  for i in $(seq "$wrk_threads"); do echo "0 0" >"$SOAK_PROGRESS/progress.$i"; done
  echo "elapsed_s,rss_kb,rss_anon_kb,open_files,requests,non2xx" >"$csv"

  started=$(date +%s)
  wrk -t"$wrk_threads" -c"$conns" -d"${seconds}s" --timeout 10s -s bench/soak.lua "$base" >"$tmp/wrk.out" 2>&1 &
  wrk_pid=$!
  # Marks counted from the start, so the samples do not drift by the time each one takes; the last
  # one a second before the end, so that wrk is still running when it is taken.
  for ((elapsed = 0; elapsed <= seconds; elapsed += sample_every)); do
    at=$((elapsed < seconds ? elapsed : seconds - 1))
    wait_until "$((started + at))" || break
    if ! alive "$server_pid"; then
      kill -TERM "$wrk_pid" 2>/dev/null || true
      echo "soak: the server died after $at s; its log:" >&2
      cat "$tmp/server.log" >&2
      exit 1
    fi
    sample "$at"
  done
  if ! wait "$wrk_pid"; then
    wrk_pid=""
    echo "soak: wrk failed:" >&2
    cat "$tmp/wrk.out" >&2
    exit 1
  fi
  wrk_pid=""
  result=$(sed -n 's/^soak-result //p' "$tmp/wrk.out")
  [[ -n "$result" ]] || { echo "soak: no result from wrk:" >&2; cat "$tmp/wrk.out" >&2; exit 1; }
}

# summarize BACKEND: prints the figures of the samples in csv and the result, and appends them to
# the summary file. The slopes are least-squares lines through the samples after the warm-up.
summarize() {
  local requests non2xx socket interests
  read -r requests non2xx socket <<<"$result"
  interests=$(curl -fsS --max-time 120 -H "Cookie: $cookie" "$base$write_issue_path" | grep -o '"author_id":' | wc -l)
  awk -F, -v backend="$1" -v warm="$warm_up" -v secs="$seconds" -v conns="$conns" -v requests="$requests" \
    -v non2xx="$non2xx" -v socket="$socket" -v interests="$interests" -v csv="$csv" '
    function slope(sxy, sy) { return (n > 1 && n * sxx != sx * sx) ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0 }
    NR == 1 { next }
    { last_rss = $2 }
    $1 >= warm {
      if (warm_rss == "") warm_rss = $2
      x = $1 / 60; n++; sx += x; sxx += x * x
      sy += $2; sxy += x * $2; sya += $3; sxya += x * $3
      if (fmin == "" || $4 < fmin) fmin = $4
      if ($4 > fmax) fmax = $4
    }
    END {
      printf "%s: %d min at %d connections (warm-up %d s), %d samples after it\n", backend, secs / 60, conns, warm, n
      printf "  requests       %d (%.1f/s); %d interests written to one issue\n", requests, requests / secs, interests
      printf "  errors         %d (non-2xx %d, socket %d)\n", non2xx + socket, non2xx, socket
      printf "  RSS            %.1f MiB at the end of the warm-up, %.1f MiB at the end\n", warm_rss / 1024, last_rss / 1024
      printf "  RSS slope      %+.1f kB/min after the warm-up (anonymous memory: %+.1f kB/min)\n", slope(sxy, sy), slope(sxya, sya)
      printf "  open files     min %d, max %d after the warm-up\n", fmin, fmax
      printf "  samples        %s\n", csv
    }' "$csv" | tee -a "$summary_file"
  if ((non2xx + socket > 0)); then
    failed=1
    echo "soak: $1: some requests failed; the first failures of each wrk thread:" >&2
    cat "$SOAK_PROGRESS"/failures.* >&2 2>/dev/null || true
  fi
}

echo "Accord soak test: $(nproc) cores, wrk -t$wrk_threads, $conns connections, $minutes min per backend," \
  "a sample every $sample_every s; 2 requests in 10 are writes" | tee "$summary_file"
for backend in "${backends[@]}"; do
  echo
  echo "$backend: loading the demo..."
  csv="$results_dir/soak-$stamp-$backend.csv"
  open_database "$backend"
  prepare_workload
  echo "$backend: load for $minutes min..."
  run_load
  echo | tee -a "$summary_file"
  summarize "$backend"
  finish
  stop_postgres
done

if ((failed)); then
  echo "soak: FAILED: some requests failed (see above)" >&2
  exit 1
fi
