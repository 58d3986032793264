#!/usr/bin/env bash
# Import benchmark: generates a CAASPP research file in the published caret layout and times
# `accord import` on it: rows per second and the importer's peak resident memory.
#
# BENCH_ROWS        data rows in the generated file (default 1000000)
# BENCH_DB          database URL (default: a fresh SQLite file in a temp directory);
#                   e.g. postgresql://accord@127.0.0.1:5432/accord_bench (an empty database)
# BENCH_REIMPORT    1: import the same file a second time (every value replaced, none added)
# BENCH_SKIP_BUILD  1: use build/accord as it is
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${BENCH_ROWS:-1000000}"
[[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || bash scripts/build.sh >/dev/null
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is not installed (run scripts/setup.sh)" >&2; exit 1; }
source bench/lib.sh

if [[ -n "${BENCH_DB:-}" ]]; then
  db="$BENCH_DB"
  db_label="${db%%:*} (BENCH_DB)"
else
  db="sqlite:$tmp/bench.db"
  db_label="sqlite (fresh temp file)"
fi

# The demo district, given a California district code and 40 schools, through the API.
build/accord demo --without-outcomes --db "$db" >"$tmp/demo.log" 2>&1 || { cat "$tmp/demo.log" >&2; exit 1; }
start_server "$db"
sign_in superintendent@demo.accord.example accord-demo
district=$(first_district)
api PATCH "/api/v1/districts/$district" '{"state_code":"0161192"}'
for i in $(seq 40); do
  code=$(printf '0161192%07d' $((100000 + i)))
  api POST "/api/v1/districts/$district/schools" "{\"name\":\"Bench School $i\",\"state_code\":\"$code\",\"level\":\"elementary\"}"
done
stop_server

# A statewide-like file: the state, a county, this district and its 40 schools, 60 schools of
# other districts; 50 student groups, ELA and mathematics, all grades (13) and seven single
# grades; years back from this one (no 2020: no tests were given). One value in 17 is suppressed.
file="$tmp/sb_ca_bench_all_csv_v1.txt"
awk -v rows="$rows" -v thisyear="$(date -u +%Y)" 'BEGIN {
  OFS = "^"
  print "County Code^District Code^School Code^Filler^Test Year^Student Group ID^Test Type^" \
        "Total Tested at Reporting Level^Total Tested with Scores at Reporting Level^Grade^Test ID^" \
        "Students Enrolled^Students Tested^Mean Scale Score^Percentage Standard Exceeded^Percentage Standard Met^" \
        "Percentage Standard Met and Above^Percentage Standard Nearly Met^Percentage Standard Not Met^" \
        "Students with Scores^Area 1 Percentage Above Standard^Area 1 Percentage Near Standard^" \
        "Area 1 Percentage Below Standard"
  ng = split("1 3 4 6 7 8 28 31 50 51 52 53 74 75 76 77 78 79 80 90 91 92 93 94 99 111 120 121 128 142 " \
             "160 180 200 201 202 203 204 205 206 207 220 221 222 223 224 225 226 227 240 241", g, " ")
  ngr = split("13 3 4 5 6 7 8 11", gr, " ")
  ne = 0
  e[++ne] = "00^00000^0000000"; e[++ne] = "01^00000^0000000"; e[++ne] = "01^61192^0000000"
  for (i = 1; i <= 40; i++) e[++ne] = sprintf("01^61192^%07d", 100000 + i)
  for (i = 1; i <= 60; i++) e[++ne] = sprintf("02^%05d^%07d", 70000 + int(i / 10), 200000 + i)
  n = 0
  for (year = thisyear; n < rows; year--) {
    if (year == 2020) continue
    for (a = 1; a <= ne && n < rows; a++)
      for (b = 1; b <= ng && n < rows; b++)
        for (t = 1; t <= 2 && n < rows; t++)
          for (c = 1; c <= ngr && n < rows; c++) {
            pct = (n % 17 == 0) ? "*" : sprintf("%.2f", (n * 7919) % 10000 / 100)
            print e[a], "    ", year, g[b], "B", 5400, 5210, gr[c], t, 5400, 5210, "2489.1", "20.10", "25.30", \
                  pct, "24.00", "30.60", 5210, "20.00", "50.00", "30.00"
            n++
          }
  }
}' >"$file"
size_mib=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')

run_import() {
  /usr/bin/time -v -o "$tmp/time.txt" build/accord import --db "$db" --district "$district" --format caaspp "$file" \
    >"$tmp/summary.txt" 2>"$tmp/progress.txt" || { cat "$tmp/summary.txt" "$tmp/progress.txt" >&2; exit 1; }
  local seconds peak summary
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/time.txt")
  summary=$(head -n 1 "$tmp/summary.txt")
  printf '%-10s %10s %9.1f %12.0f %12s\n' "$1" "$rows" "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { print (s > 0 ? r / s : 0) }')" "$peak"
  echo "           $summary"
}

echo "Accord import benchmark: $db_label, $(nproc) cores, a ${size_mib} MiB CAASPP file of $rows rows"
printf '%-10s %10s %9s %12s %12s\n' run rows seconds "rows/s" "peak RSS MiB"
run_import first
[[ "${BENCH_REIMPORT:-0}" == 1 ]] && run_import again
exit 0
