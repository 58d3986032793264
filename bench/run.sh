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
connections=(64 256)

bash scripts/build.sh >/dev/null
source bench/lib.sh

if [[ -n "${BENCH_DB:-}" ]]; then
  db="$BENCH_DB"
  db_label="${db%%:*} (BENCH_DB)"
else
  db="sqlite:$tmp/bench.db"
  db_label="sqlite (fresh temp file)"
fi

build/accord demo --db "$db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; exit 1; }
start_server "$db"
idle_rss=$(rss_kib "$server_pid" VmRSS)
sign_in superintendent@demo.accord.example accord-demo
expect_ok /api/v1/me

echo "Accord benchmark: $db_label, $(nproc) cores, wrk -t$wrk_threads, ${duration}s per run"

# Warm up (discarded).
measure /healthz 64 1 >/dev/null
measure /api/v1/me 64 1 >/dev/null

results="$tmp/results"
: >"$results"
for c in "${connections[@]}"; do
  echo "no-op /healthz $c $(measure /healthz "$c" "$duration")" >>"$results"
  echo "signed-in /api/v1/me $c $(measure /api/v1/me "$c" "$duration")" >>"$results"
done
peak_rss=$(rss_kib "$server_pid" VmHWM)

echo
print_table "$results"
echo
printf 'server RSS: idle %.1f MiB, peak %.1f MiB\n' "$(awk -v k="$idle_rss" 'BEGIN{print k/1024}')" \
  "$(awk -v k="$peak_rss" 'BEGIN{print k/1024}')"
finish
