#!/usr/bin/env bash
# `make bench`: builds every benchmark (-DTT_ASTGEN_BUILD_BENCH=ON) in BUILD and runs them one
# after the other on this machine, then prints each headline figure side by side.
#
# Every benchmark prints its headline figures as lines of the form
#   bench: <name> = <value><unit> (limit <limit><unit>) PASS|OVER
# (detail lines before them); this script collects those lines. It exits 0 when every figure is
# within its limit, 1 when one is OVER, 2 when a benchmark could not measure.
#
# Usage: scripts/bench.sh [BUILD_DIR]   (env: BENCH_ONLY="check_bench run_bench" to run a subset,
#                                        BENCH_PYTHON_PLANS=N plans for the Python one, default 20,
#                                        BENCH_BATCH_PLANS=N plans for batch_bench, default its 100)
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${JOBS:-$(nproc)}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTT_ASTGEN_BUILD_BENCH=ON >/dev/null || exit 2
cmake --build "$build" -j "$jobs" || exit 2

# The order is the pipeline's: generate, check, batch, run, dry-run execute.
all=(python_generate check_bench batch_bench run_bench dryrun_bench)
selected=(${BENCH_ONLY:-${all[@]}})

summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
status=0
for name in "${selected[@]}"; do
  echo "== $name"
  log=$(mktemp)
  if [ "$name" = python_generate ]; then
    if [ ! -d "$build/python" ] || [ ! -x "$build/bench/generate_bench" ]; then
      echo "   skipped: the Python module or generate_bench is not built"
      rm -f "$log"
      continue
    fi
    PYTHONPATH="$build/python" /usr/bin/python3 bench/python_generate_bench.py \
      --cxx-bench "$build/bench/generate_bench" --plans "${BENCH_PYTHON_PLANS:-20}" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
  elif [ -x "$build/bench/$name" ]; then
    args=()
    if [ "$name" = batch_bench ] && [ -n "${BENCH_BATCH_PLANS:-}" ]; then args=(--plans "$BENCH_BATCH_PLANS"); fi
    "$build/bench/$name" "${args[@]}" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
  else
    echo "   missing: $build/bench/$name was not built"
    echo "bench: $name = missing" >>"$summary"
    status=2
    rm -f "$log"
    continue
  fi
  # A benchmark that printed its figures has measured (python_generate_bench.py exits 1 when OVER).
  if ! grep -q '^bench: ' "$log"; then
    echo "bench: $name = not-measured(exit-$rc)" >>"$summary"
    status=2
  fi
  grep '^bench: ' "$log" >>"$summary"
  rm -f "$log"
done

echo
echo "== summary (one machine, one run: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
column -t -s '§' < <(sed -E 's/^bench: ([^=]+) = ([^ ]+)( \(limit ([^)]*)\))?( (PASS|OVER))?$/  \1§\2§limit \4§\6/' "$summary")
if [ "$status" -eq 0 ] && grep -q ' OVER$' "$summary"; then status=1; fi
exit "$status"
