#!/usr/bin/env bash
# Builds the fuzz targets of fuzz/ (libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer)
# into build-fuzz/, then runs each for SECONDS_PER_TARGET seconds (default 60), one after the other
# on one core, and prints a line per target: executions, coverage, crashes. Exits 1 when a target
# crashed (or broke a property it checks), printing the input it kept and how to run it again.
#
# Each target starts from build-fuzz/corpus/TARGET: the seeds of fuzz/corpus/TARGET copied in, plus
# what earlier runs found there. The repository's corpus is never written to.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
# FUZZ_TARGETS  the targets to run, separated by spaces (default: all of them)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2
  exit 2
fi
ALL_TARGETS=(request outcome_readers ccd_reader icalendar markdown search_terms)
read -r -a targets <<<"${FUZZ_TARGETS:-${ALL_TARGETS[*]}}"

# --- packages: clang with its libFuzzer runtime, and the libraries the targets link -----------

bash scripts/setup.sh

# --- build ---------------------------------------------------------------------------------------

cxx=${CXX:-$(command -v clang++-14 || command -v clang++ || true)}
if [[ -z "$cxx" ]]; then
  echo "fuzz: clang++ not found" >&2
  exit 1
fi
cmake -S fuzz -B build-fuzz -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo --log-level=WARNING >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null

# --- run -----------------------------------------------------------------------------------------

crashed=0
summary=()
for target in "${targets[@]}"; do
  if [[ ! -x "build-fuzz/$target" ]]; then
    echo "fuzz: no target $target (targets: ${ALL_TARGETS[*]})" >&2
    exit 2
  fi
  corpus="build-fuzz/corpus/$target"
  artifacts="build-fuzz/artifacts/$target"
  log="build-fuzz/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  cp -n "fuzz/corpus/$target"/* "$corpus"/
  options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=25 -artifact_prefix="$artifacts/")
  if [[ -f "fuzz/dict/$target.dict" ]]; then
    options+=(-dict="fuzz/dict/$target.dict")
  fi
  started=$(mktemp)
  echo "fuzz: $target for ${seconds}s"
  set +e
  "build-fuzz/$target" "${options[@]}" "$corpus" >"$log" 2>&1
  status=$?
  set -e

  # Executions from the final statistics; coverage from the last status line (DONE, or the last
  # before a crash).
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [[ -z "$execs" ]]; then
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  fi
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
  units=$(find "$corpus" -type f | wc -l)
  mapfile -t found < <(find "$artifacts" -type f -newer "$started" \( -name 'crash-*' -o -name 'leak-*' \
    -o -name 'timeout-*' -o -name 'oom-*' \))
  rm -f "$started"
  crashes=${#found[@]}
  if ((status != 0 && crashes == 0)); then
    crashes=1  # stopped without keeping an input: the log says why
  fi
  summary+=("$(printf '%-16s execs %10s   cov %6s   ft %6s   corpus %5s   crashes %d' \
    "$target" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$units" "$crashes")")
  if ((crashes > 0)); then
    crashed=1
    grep -E -m 3 'property failed|runtime error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|SUMMARY' "$log" |
      sed 's/^/fuzz:   /' || true
    for file in "${found[@]}"; do
      echo "fuzz: $target kept $file; run it again with: build-fuzz/$target $file"
    done
    echo "fuzz: $target log: $log"
  fi
done

echo
printf '%s\n' "${summary[@]}"
exit "$crashed"
