#!/usr/bin/env bash
# Two builds of the server, side by side on the demo partnership: for a change that should make a
# request faster, does it? Each build loads the demo into its own fresh SQLite file, serves it and is
# measured on the same rows; the builds take turns (A, B, B, A, A, B, ...) so that the machine's drift
# falls on both alike. Every figure is a ratio to GET /healthz measured in the same turn.
#
# usage: bench/ab.sh BINARY_A BINARY_B
# BENCH_DURATION  seconds per measurement (default 4)
# BENCH_ROUNDS    turns of each build (default 2)
# BENCH_CONNECTIONS  open connections (default 64)
# BENCH_THREADS   wrk threads (default 2)
# BENCH_BACKEND   sqlite (default) or postgresql (a throwaway cluster; a fresh database for each turn)
# BENCH_WRITES    1: also a write row (a new action item again and again), after the reads
# BENCH_TMPDIR    where the databases live (default /dev/shm, where a sync costs nothing; name a directory on
#                 the disk to measure writes as a server would make them, each commit synced to the disk)
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# != 2)); then
  echo "usage: bench/ab.sh BINARY_A BINARY_B" >&2
  exit 2
fi
binaries=("$1" "$2")
duration="${BENCH_DURATION:-4}"
rounds="${BENCH_ROUNDS:-2}"
conns="${BENCH_CONNECTIONS:-64}"
if [[ -z "${BENCH_TMPDIR:-}" && -w /dev/shm ]]; then BENCH_TMPDIR=/dev/shm; fi
source bench/lib.sh

rows=("no-op /healthz" "me /api/v1/me" "issue /api/v1/districts/1/issues/1" "decision /api/v1/districts/1/decisions/1"
  "body /api/v1/districts/1/bodies/1" "district-home /api/v1/districts/1/dashboard"
  "issue-list-page /api/v1/districts/1/issues?limit=50" "audit-page /api/v1/districts/1/audit")

due=$(date -u -d '+1 year' +%F)
write_rows=()
if [[ "${BENCH_WRITES:-0}" == 1 ]]; then
  write_rows=("write-action-item|POST|/api/v1/districts/1/action-items|{\"title\":\"benchmark action {n}\",\"due_date\":\"$due\",\"body_id\":1}")
fi

turn=0
if [[ "${BENCH_BACKEND:-sqlite}" == postgresql ]]; then
  start_postgres ab0
  pg_port=${pg_url#*127.0.0.1:}
  pg_port=${pg_port%%/*}
fi

for round in $(seq "$rounds"); do
  order="A B"
  ((round % 2 == 0)) && order="B A" # A B B A A B ...: neither build always runs second
  for which in $order; do
    accord=${binaries[$([[ $which == A ]] && echo 0 || echo 1)]}
    if [[ "${BENCH_BACKEND:-sqlite}" == postgresql ]]; then
      turn=$((turn + 1))
      "$pg_bindir/createdb" -h 127.0.0.1 -p "$pg_port" -U accord "ab$turn"
      db="postgresql://accord@127.0.0.1:$pg_port/ab$turn"
    else
      rm -f "$tmp"/ab.db*
      db="sqlite:$tmp/ab.db"
    fi
    "$accord" demo --db "$db" --without-outcomes >/dev/null
    start_server "$db"
    sign_in superintendent@demo.accord.example accord-demo
    for entry in "${rows[@]}"; do
      expect_ok "${entry#* }"
      measure "${entry#* }" "$conns" 1 >/dev/null # warm-up, discarded
      echo "$which ${entry%% *} $(measure "${entry#* }" "$conns" "$duration")" >>"$tmp/ab"
    done
    for entry in ${write_rows[@]+"${write_rows[@]}"}; do
      IFS='|' read -r name method path payload <<<"$entry"
      echo "$which $name $(measure_write "$method" "$path" "$payload" "$conns" "$duration")" >>"$tmp/ab"
    done
    finish >/dev/null
  done
done

echo "$rounds turns of each build, ${duration} s per row at $conns connections; A = ${binaries[0]}, B = ${binaries[1]}"
echo "ratio to /healthz in the same turn and req/s, the means of the turns; p99 in ms, the worst of the turns"
awk '
  $2 == "no-op" { ceiling = $3 }
  {
    k = $1 " " $2; sum[k] += $3 / ceiling; rps[k] += $3; n[k]++; if ($5 > p99[k]) p99[k] = $5; errors += $6
    if (!seen[$2]++) order[++rows] = $2
  }
  END {
    printf "%-18s %8s %8s %8s %9s %9s %8s %8s\n", "row", "A", "B", "B/A", "A req/s", "B req/s", "A p99", "B p99"
    for (i = 1; i <= rows; i++) {
      a = "A " order[i]; b = "B " order[i]
      printf "%-18s %8.3f %8.3f %8.3f %9.0f %9.0f %8.1f %8.1f\n", order[i], sum[a] / n[a], sum[b] / n[b],
        (sum[b] / n[b]) / (sum[a] / n[a]), rps[a] / n[a], rps[b] / n[b], p99[a], p99[b]
    }
    if (errors > 0) { printf "%d requests failed\n", errors; exit 1 }
  }' "$tmp/ab"
