#!/usr/bin/env bash
# Partnership-core benchmark: builds a large district (bench/seed.cpp: 20 joint bodies, 5,000
# issues, 2,000 decisions with stances and their decision log, ten years of weekly meetings of
# every body) and measures, in the same run as the no-op ceiling (GET /healthz), the requests
# people make most: the district home, a page of the issue list, one issue with its interests,
# options and matrix, one decision with its stances, and verifying the whole decision log.
#
# BENCH_DURATION  seconds per measurement (default 10)
# BENCH_DB        database URL (default: a fresh SQLite file in a temp directory); it must not
#                 hold the data set already. e.g. postgresql://accord@127.0.0.1:5432/accord_bench
# BENCH_CONNECTIONS  open connections (default 64)
# BENCH_THREADS   wrk threads (default 2)
# BENCH_TMPDIR    where the temporary SQLite file goes (default /dev/shm when writable)
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${BENCH_DURATION:-10}"
conns="${BENCH_CONNECTIONS:-64}"

bash scripts/build.sh >/dev/null
# The data set is written through a million small transactions; memory spares the disk.
if [[ -z "${BENCH_TMPDIR:-}" && -w /dev/shm ]]; then BENCH_TMPDIR=/dev/shm; fi
source bench/lib.sh

if [[ -n "${BENCH_DB:-}" ]]; then
  db="$BENCH_DB"
  db_label="${db%%:*} (BENCH_DB)"
else
  db="sqlite:$tmp/bench.db"
  db_label="sqlite (fresh temp file)"
fi

echo "building the data set..."
started=$(date +%s)
build/accord_bench_seed "$db" >"$tmp/seed.out"
source "$tmp/seed.out" # district, issue, decision
echo "data set built in $(($(date +%s) - started)) s"

start_server "$db"
sign_in superintendent@demo.accord.example accord-demo
d="/api/v1/districts/$district"
paths=(
  "no-op /healthz"
  "dashboard $d/dashboard"
  "issue-list-page $d/issues?limit=50"
  "issue $d/issues/$issue"
  "issue-matrix $d/issues/$issue/matrix"
  "decision-with-stances $d/decisions/$decision"
  "decision-log-verify $d/decision-log/verify"
)
for entry in "${paths[@]}"; do
  expect_ok "${entry#* }"
done
entries=$(curl -sS -H "Cookie: $cookie" "$base$d/decision-log/verify" | sed -n 's/.*"entries":\([0-9]*\).*/\1/p')
echo "Accord partnership-core benchmark: $db_label, $(nproc) cores, wrk -t$wrk_threads, $conns connections," \
  "${duration}s per run; decision log of ${entries:-?} entries"

measure_all "$conns" "$duration" "${paths[@]}"
