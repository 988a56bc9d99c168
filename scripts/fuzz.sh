#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (test/fuzz) in their own configuration, build-fuzz/:
# clang++-19, every project target instrumented with -fsanitize=fuzzer-no-link,address,undefined.
#
#   scripts/fuzz.sh --ci              plan_fuzzer (the loader) for 60 s: the CI step
#   scripts/fuzz.sh plan [SECONDS]    plan_fuzzer for SECONDS (default 600)
#   scripts/fuzz.sh generate [SECONDS] generate_fuzzer (loader + generate + check) for SECONDS (default 1800)
#   scripts/fuzz.sh build             only build both targets
#
# The corpus grows in build-fuzz/corpus/<target>; seeds come from fixtures/plans, bad-plans,
# tilelang and fuzz-regressions. A crash or property violation leaves build-fuzz/artifacts/<target>-crash-*:
# minimize it (the command is printed), copy it to fixtures/fuzz-regressions/<name>.json and
# robustness_tests replays it. Environment: FUZZ_JOBS (build parallelism, default 2),
# FUZZ_BUILD (default build-fuzz), FUZZ_RSS_MB (default 4096).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${FUZZ_BUILD:-build-fuzz}
JOBS=${FUZZ_JOBS:-2}
RSS=${FUZZ_RSS_MB:-4096}
mode=${1:-plan}

configure() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S . -B "$BUILD" -G Ninja \
      -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
      -DCMAKE_BUILD_TYPE=Fuzz \
      -DCMAKE_CXX_FLAGS="-O1 -DNDEBUG -gline-tables-only -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
      -DCMAKE_C_FLAGS="-O1 -fsanitize=address,undefined" \
      -DTT_ASTGEN_FUZZ=ON >/dev/null
  fi
}

build() {
  configure
  cmake --build "$BUILD" -j "$JOBS" --target "$@"
}

run() {
  local target=$1 seconds=$2
  local corpus="$BUILD/corpus/$target" artifacts="$BUILD/artifacts"
  mkdir -p "$corpus" "$artifacts"
  local seeds=(fixtures/plans fixtures/bad-plans fixtures/tilelang fixtures/fuzz-regressions)
  echo "fuzz: $target for ${seconds}s (corpus $corpus)"
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/test/robustness/lsan.supp}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  local status=0
  "$BUILD/test/fuzz/$target" "$corpus" "${seeds[@]}" \
    -dict=test/fuzz/plan.dict -max_len=16384 -timeout=60 \
    -max_total_time="$seconds" -rss_limit_mb="$RSS" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" || status=$?
  if [ $status -ne 0 ]; then
    echo "fuzz: $target FAILED (exit $status). Artifacts:" >&2
    ls -1 "$artifacts" >&2 || true
    echo "minimize: $BUILD/test/fuzz/$target -minimize_crash=1 -runs=10000 <artifact>" >&2
    echo "then copy it to fixtures/fuzz-regressions/<what>.json (robustness_tests replays it)" >&2
  fi
  return $status
}

case "$mode" in
  --ci) build plan_fuzzer && run plan_fuzzer 60 ;;
  plan) build plan_fuzzer && run plan_fuzzer "${2:-600}" ;;
  generate) build generate_fuzzer && run generate_fuzzer "${2:-1800}" ;;
  build) build plan_fuzzer generate_fuzzer ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
