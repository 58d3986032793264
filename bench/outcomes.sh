#!/usr/bin/env bash
# Outcomes benchmark: a district with 40 schools and 10 metrics (the six built-in ones and four of
# its own), each with 15 years of values for the district, every school and the state, imported
# through `accord import` from a generated CSV file. It measures, in the same run as the no-op
# ceiling (GET /healthz), the outcomes page's requests: every metric with every school (the whole
# dashboard, 6,300 values), every metric for the district beside the state, and one metric with
# every school.
#
# BENCH_DURATION     seconds per measurement (default 10)
# BENCH_DB           database URL (default: a fresh SQLite file in a temp directory); it must be empty.
# BENCH_CONNECTIONS  open connections (default 64)
# BENCH_THREADS      wrk threads (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${BENCH_DURATION:-10}"
conns="${BENCH_CONNECTIONS:-64}"
schools=40
first_year=2011
last_year=2025

bash scripts/build.sh >/dev/null
source bench/lib.sh

if [[ -n "${BENCH_DB:-}" ]]; then
  db="$BENCH_DB"
  db_label="${db%%:*} (BENCH_DB)"
else
  db="sqlite:$tmp/bench.db"
  db_label="sqlite (fresh temp file)"
fi

build/accord demo --without-outcomes --db "$db" >/dev/null
start_server "$db"
sign_in superintendent@demo.accord.example accord-demo
district=$(first_district)
d="/api/v1/districts/$district"

echo "building the data set..."
metrics=(ela_met math_met graduation_rate chronic_absence teacher_retention grievances_filed)
for key in suspension_rate attendance_rate ap_passing college_going; do
  api POST "$d/metrics" "{\"key\":\"$key\",\"name_en\":\"$key\",\"unit\":\"percent\"}"
  metrics+=("$key")
done
for i in $(seq "$schools"); do
  api POST "$d/schools" "$(printf '{"name":"School %02d","state_code":"1964212%07d","level":"elementary"}' "$i" "$i")"
done
# metric,year,scope,school_code,group,value — a value for the district, the state and each school.
awk -v metrics="${metrics[*]}" -v schools="$schools" -v first="$first_year" -v last="$last_year" 'BEGIN {
  n = split(metrics, keys, " ")
  print "metric,year,scope,school_code,group,value"
  for (m = 1; m <= n; m++)
    for (y = first; y <= last; y++) {
      base = 30 + m * 4 + (y - first) * 0.9
      printf "%s,%d,district,,1,%.1f\n", keys[m], y, base
      printf "%s,%d,state,,1,%.1f\n", keys[m], y, base - 2.5
      for (s = 1; s <= schools; s++)
        printf "%s,%d,school,1964212%07d,1,%.1f\n", keys[m], y, s, base + (s % 9) - 4
    }
}' >"$tmp/values.csv"
rows=$(($(wc -l <"$tmp/values.csv") - 1))
build/accord import --db "$db" --district "$district" --format csv "$tmp/values.csv" >"$tmp/import.out" 2>&1 ||
  { cat "$tmp/import.out" >&2; exit 1; }

paths=(
  "no-op /healthz"
  "all-metrics-all-schools $d/outcomes?school=all"
  "all-metrics-district-state $d/outcomes"
  "one-metric-all-schools $d/metrics/ela_met/series?school=all"
)
for entry in "${paths[@]}"; do
  expect_ok "${entry#* }"
done
expect_ok "$d/outcomes?school=all"
values=$(grep -o '"value":' "$tmp/check.json" | wc -l)
bytes=$(wc -c <"$tmp/check.json")
echo "Accord outcomes benchmark: $db_label, $(nproc) cores, wrk -t$wrk_threads, $conns connections," \
  "${duration}s per run; ${#metrics[@]} metrics x $((last_year - first_year + 1)) years x $schools schools," \
  "$rows values imported; the whole dashboard answers $values values in $bytes bytes"

measure_all "$conns" "$duration" "${paths[@]}"
