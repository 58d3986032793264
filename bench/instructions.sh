#!/usr/bin/env bash
# The instructions the server executes to answer each request, counted by valgrind's callgrind inside the
# server's request handler (Server::Impl::respond: routing, the use case, the database, writing the
# answer; not the sockets or the kernel). Unlike requests a second, the count is the same from one run
# to the next on any machine, so it shows a change of a few percent that wrk's noise hides. Each build is
# measured on its own fresh copy of the demo partnership, or on BENCH_DB.
#
# usage: bench/instructions.sh BINARY [BINARY ...]
# BENCH_REQUESTS  requests counted per row (default 100, after 20 uncounted ones)
# BENCH_DB        a database to serve instead of the demo (its data is not changed: every row is a GET)
# BENCH_EMAIL     who signs in (default the demo's superintendent); BENCH_PASSWORD (default accord-demo)
# BENCH_PATHS     the rows, space-separated paths (default: the rows of bench/ab.sh)
# BENCH_KEEP      a directory to keep each row's callgrind file in, named by build and row, to read
#                 with callgrind_annotate --inclusive=yes (where the row's instructions go)
set -euo pipefail
cd "$(dirname "$0")/.."
if (($# < 1)); then
  echo "usage: bench/instructions.sh BINARY [BINARY ...]" >&2
  exit 2
fi
command -v valgrind >/dev/null || { echo "bench: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
requests="${BENCH_REQUESTS:-100}"
email="${BENCH_EMAIL:-superintendent@demo.accord.example}"
password="${BENCH_PASSWORD:-accord-demo}"
read -r -a paths <<<"${BENCH_PATHS:-/api/v1/me /api/v1/districts/1/issues/1 /api/v1/districts/1/decisions/1 \
/api/v1/districts/1/bodies/1 /api/v1/districts/1/dashboard /api/v1/districts/1/issues?limit=50 /api/v1/districts/1/audit}"
paths=(/healthz "${paths[@]}")
if [[ -z "${BENCH_TMPDIR:-}" && -w /dev/shm ]]; then BENCH_TMPDIR=/dev/shm; fi
source bench/lib.sh
# The server under callgrind, counting nothing until told to; it starts some fifty times slower.
server_wrapper=(valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.out" --instr-atstart=no
  --toggle-collect='accord::http::Server::Impl::respond*')
server_wait=600

# control OPTION: tells the server's callgrind to count, zero, write its counts or stop counting.
control() {
  callgrind_control "$1" "$server_pid" >"$tmp/control.out" 2>&1 || {
    cat "$tmp/control.out" >&2
    exit 1
  }
}

# count PATH: the instructions of $requests requests of PATH, one after another on one connection.
count() {
  local path=$1 dump
  for _ in $(seq 20); do expect_ok "$path"; done # the statements prepared, the caches warm
  : >"$tmp/curl.cfg"
  for _ in $(seq "$requests"); do printf 'url = "%s%s"\noutput = "/dev/null"\n' "$base" "$path" >>"$tmp/curl.cfg"; done
  control --instr=on
  control --zero
  curl -sS --fail -H "Cookie: $cookie" -K "$tmp/curl.cfg"
  control --dump
  control --instr=off
  dump=$(ls -t "$tmp"/callgrind.out.* | head -n 1)
  awk '$1 == "summary:" || $1 == "totals:" { print $2; exit }' "$dump"
  if [[ -n "${BENCH_KEEP:-}" ]]; then
    mkdir -p "$BENCH_KEEP"
    cp "$dump" "$BENCH_KEEP/build$build$(tr -c 'A-Za-z0-9\n' '-' <<<"$path").callgrind"
  fi
  rm -f "$tmp"/callgrind.out.*
}

build=0
for accord in "$@"; do
  build=$((build + 1))
  db=${BENCH_DB:-}
  if [[ -z "$db" ]]; then
    rm -f "$tmp"/instructions.db*
    db="sqlite:$tmp/instructions.db"
    "$accord" demo --db "$db" --without-outcomes >/dev/null
  fi
  start_server "$db"
  sign_in "$email" "$password"
  for path in "${paths[@]}"; do echo "$build $path $(count "$path")" >>"$tmp/counts"; done
  stop_server
done

echo "instructions a request inside the server's handler, over $requests requests a row; x: times /healthz"
for ((i = 1; i <= $#; i++)); do echo "build $i: ${!i}"; done
awk -v builds=$# -v n="$requests" '
  { ir[$1, $2] = $3 / n; if ($2 == "/healthz") ceiling[$1] = $3 / n; if (!seen[$2]++) order[++rows] = $2 }
  END {
    printf "%-42s", "row"
    for (b = 1; b <= builds; b++) printf " %12s %7s", "build " b, "x"
    if (builds > 1) printf " %9s", "last/1st"
    printf "\n"
    for (r = 1; r <= rows; r++) {
      p = order[r]; printf "%-42s", p
      for (b = 1; b <= builds; b++) printf " %12.0f %7.1f", ir[b, p], ir[b, p] / ceiling[b]
      if (builds > 1) printf " %9.3f", ir[builds, p] / ir[1, p]
      printf "\n"
    }
  }' "$tmp/counts"
