#!/usr/bin/env bash
# Builds the project's own code with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
# and runs the unit tests there. LLVM/Clang, nlohmann_json, fmt and GTest come from the system
# and are not instrumented; every project target (tt_astgen_plan, tt_astgen_metal, tt_astgen,
# the tt-astgen CLI and the test binaries) is.
#
#   scripts/sanitize.sh            configure, build the test binaries, run them
#   scripts/sanitize.sh --build    configure and build only
#
# Not run here: runtime_tests, and the tests of other suites that dry-run a program (FILTERS
# below). They compile host programs with a plain c++ and link them against
# libtt_astgen_runtime.so, which is instrumented in this build, so the links would fail for
# reasons that have nothing to do with the code under test (and they are the slow ones).
#
# Environment: SANITIZE_BUILD (default build-asan), SANITIZE_JOBS (default nproc),
# SANITIZE_CXX / SANITIZE_CC (default clang++-19 / clang-19; g++/gcc work too).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${SANITIZE_BUILD:-build-asan}
JOBS=${SANITIZE_JOBS:-$(nproc)}
CXX_BIN=${SANITIZE_CXX:-clang++-19}
CC_BIN=${SANITIZE_CC:-clang-19}
# -DNDEBUG as in the release build: Debian's LLVM is a release build, and assertions in its
# headers (e.g. NamedDecl::getName) would otherwise fire on API misuse that release builds tolerate.
FLAGS="-O1 -g0 -DNDEBUG -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
TARGETS=(tt-astgen plan_tests emit_tests check_tests cli_tests robustness_tests host_model_tests)
# gtest filters per binary: `tt-astgen run` builds a host against the (instrumented) runtime;
# CollidingNames.AreRejectedOrGenerateCheckedCode generates and checks hundreds of programs, which
# under ASan is ~9 minutes, mostly in the allocator's system calls for clang's (uninstrumented)
# parsing; it runs un-instrumented in `make test`, and its BufferNamedTile/CliGenerateThenCheck
# siblings keep the generate-and-check path under ASan here.
declare -A FILTERS=([cli_tests]='-Cli.Run*' [robustness_tests]='-CollidingNames.AreRejectedOrGenerateCheckedCode')

start=$(date +%s)
cmake -S . -B "$BUILD" -G Ninja \
    -DCMAKE_C_COMPILER="$CC_BIN" -DCMAKE_CXX_COMPILER="$CXX_BIN" \
  -DCMAKE_BUILD_TYPE=Sanitize \
    -DCMAKE_CXX_FLAGS="$FLAGS" -DCMAKE_C_FLAGS="$FLAGS" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target "${TARGETS[@]}"
echo "sanitize: build took $(( $(date +%s) - start )) s"
[ "${1:-}" = "--build" ] && exit 0

# detect_leaks: LeakSanitizer on. UBSan findings abort (-fno-sanitize-recover) with a stack.
# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons a new slab's free space from its inline
# (here instrumented) code and unpoisons each allocation; Debian's libclang-cpp is not
# instrumented, so its allocations from a slab our code started (identifiers the PCH reader
# decodes while the emitter looks names up) stay poisoned and every write to them was reported.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:allow_user_poisoning=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/test/robustness/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
tests_start=$(date +%s)
# The test binaries are run directly (not through ctest), so that other suites added to ctest
# (install checks, tidy gates, runtime) are not dragged in. At most JOBS binaries at a time; each
# one's output goes to $BUILD/sanitize-logs/<binary>.log and is printed when it fails.
logs="$BUILD/sanitize-logs"
mkdir -p "$logs"
declare -A pids
for t in "${TARGETS[@]}"; do
  [ "$t" = tt-astgen ] && continue
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do sleep 1; done
  ( cd "$BUILD/test" && timeout 1800 "./$t" --gtest_brief=1 --gtest_filter="${FILTERS[$t]:-*}" >"$OLDPWD/$logs/$t.log" 2>&1 ) &
  pids[$t]=$!
done
failed=()
for t in "${!pids[@]}"; do
  if wait "${pids[$t]}"; then echo "sanitize: $t passed"; else failed+=("$t"); fi
done
for t in "${failed[@]}"; do echo "===== $t =====" >&2; tail -n 200 "$logs/$t.log" >&2; done
echo "sanitize: tests took $(( $(date +%s) - tests_start )) s, total $(( $(date +%s) - start )) s"
[ ${#failed[@]} -eq 0 ] || { echo "sanitize: FAILED: ${failed[*]}" >&2; exit 1; }
