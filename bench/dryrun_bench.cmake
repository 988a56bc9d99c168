# dryrun_bench (not in CI): include(dryrun_bench.cmake) from bench/CMakeLists.txt, or build by hand
# (see docs/dryrun.md). Needs the tt_astgen library and the dry-run runtime.
add_executable(dryrun_bench ${CMAKE_CURRENT_LIST_DIR}/dryrun_bench.cpp)
target_link_libraries(dryrun_bench PRIVATE tt_astgen)
add_dependencies(dryrun_bench tt_astgen_runtime)
