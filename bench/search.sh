#!/usr/bin/env bash
# Practice-library benchmark: 100,000 published practices from 201 districts
# (bench/seed_practices.cpp), then, in the same run as the no-op ceiling (GET /healthz), full-text
# searches as the network's readers make them: one topic word (about 1,500 practices match, ranked,
# with snippets), two words together, a word with a tag filter, the newest practices without
# words, the public search without a session, and one practice with its rendered body.
#
# BENCH_DURATION  seconds per measurement (default 10)
# BENCH_DB        database URL (default: a fresh SQLite file in a temp directory); it must not
#                 hold the data set already. e.g. postgresql://accord@127.0.0.1:5432/accord_bench
# BENCH_PRACTICES how many practices (default 100000)
# BENCH_CONNECTIONS  open connections (default 64)
# BENCH_THREADS   wrk threads (default 2)
# BENCH_TMPDIR    where the temporary SQLite file goes (default /dev/shm when writable)
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${BENCH_DURATION:-10}"
conns="${BENCH_CONNECTIONS:-64}"
count="${BENCH_PRACTICES:-100000}"

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release --log-level=WARNING >/dev/null
cmake --build build -j"$(nproc)" --target accord accord_bench_seed_practices >/dev/null
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
build/accord_bench_seed_practices "$db" "$count" >"$tmp/seed.out"
source "$tmp/seed.out" # district, word, second
echo "data set built in $(($(date +%s) - started)) s"

start_server "$db"
sign_in superintendent@demo.accord.example accord-demo
practice=$(curl -sS -H "Cookie: $cookie" "$base/api/v1/practices?q=$word&limit=1" | sed -n 's/^{"items":\[{"adoptions":[0-9]*,"district":{[^}]*},"id":\([0-9]*\).*/\1/p')
[[ -n "$practice" ]] || practice=1
paths=(
  "no-op /healthz"
  "search-one-word /api/v1/practices?q=$word"
  "search-two-words /api/v1/practices?q=$word+$second"
  "search-word-and-tag /api/v1/practices?q=$word&tag=literacy"
  "newest /api/v1/practices"
  "public-search /api/v1/public/practices?q=$word"
  "practice /api/v1/practices/$practice"
)
for entry in "${paths[@]}"; do
  expect_ok "${entry#* }"
done
matches=$(curl -sS -H "Cookie: $cookie" "$base/api/v1/practices?q=$word&limit=50" | grep -o '"snippet"' | wc -l)
echo "Accord practice-library benchmark: $db_label, $(nproc) cores, wrk -t$wrk_threads, $conns connections," \
  "${duration}s per run; $count practices; \"$word\" fills a page of $matches"

measure_all "$conns" "$duration" "${paths[@]}"
