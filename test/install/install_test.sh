#!/bin/sh
# install_test.sh BUILD_DIR SOURCE_DIR: installs BUILD_DIR into a temporary prefix, builds the
# consumer project (test/install/consumer) against it with find_package(tt_astgen), and runs it on
# the default fixture plan. Exit 0 when the consumer prints the program's files.
set -eu
build=$1
src=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tt-astgen-install-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
generator=""
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
for f in lib/libtt_astgen.a lib/libtt_astgen_plan.a lib/libtt_astgen_metal.a bin/tt-astgen \
         include/tt_astgen/plan.h include/tt_astgen/generate.h include/tt_astgen/mock_headers.h \
         lib/cmake/tt_astgen/tt_astgenConfig.cmake lib/cmake/tt_astgen/tt_astgenConfigVersion.cmake \
         lib/cmake/tt_astgen/tt_astgenTargets.cmake; do
  [ -e "$tmp/prefix/$f" ] || { echo "install_test: missing $f in the install prefix"; exit 1; }
done
# The installed tree must not point back into the source or build tree.
if grep -rl -e "$src" -e "$build" "$tmp/prefix/lib/cmake" >/dev/null 2>&1; then
  echo "install_test: the package config refers to the source/build tree:"
  grep -rn -e "$src" -e "$build" "$tmp/prefix/lib/cmake"
  exit 1
fi

# shellcheck disable=SC2086
cmake -S "$src/test/install/consumer" -B "$tmp/consumer" $generator -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/consumer" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
"$tmp/consumer/consumer" "$src/fixtures/plans/matmul_single_core.json" >"$tmp/out.txt"
cat "$tmp/out.txt"
for name in main.cpp reader.cpp compute.cpp writer.cpp tt.plan.json; do
  grep -q "^$name [1-9]" "$tmp/out.txt" || { echo "install_test: consumer did not print $name"; exit 1; }
done
# The installed tool works too.
"$tmp/prefix/bin/tt-astgen" --version
echo "install_test: ok"
