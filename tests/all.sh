#!/usr/bin/env bash
# Everything CI runs (.ci/run), in order, stopping at the first failure:
#  1. build/: the shipped build (g++, warnings as errors) and its whole ctest;
#  2. build-asan/: the same suite built by clang with ASan and UBSan (CYCLE_SANITIZE) and its
#     whole ctest; the library is also instrumented for libFuzzer (CYCLE_FUZZ), so that
#  3. tests/fuzz/run.sh builds the fuzz targets in that same folder and fuzzes each for 30 s;
#  4. bench/run --smoke: the benchmarks at 10k events, one run each, to show they all still run
#     (a Release build in build-bench/, about 4 min; no timing is asserted).
# Unity builds (CMAKE_UNITY_BUILD) compile the header-heavy CLI11 and doctest once per batch of
# files instead of once per file: 3 min instead of 7 for the first build on 2 cores. ctest -j2
# runs two tests at once; the harnesses are written to share the machine. About 20 min in all
# (README, Tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export CYCLE_REQUIRE_CHROMIUM=1  # installed by .ci/install-deps.sh: the page test may not skip
unity=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=8)
test_clock=(-DCYCLE_TEST_CLOCK=ON)  # $CYCLE_RECORDED_AT fixes recorded-at in the tests' cycle
cmake -S . -B build -DCMAKE_COMPILE_WARNING_AS_ERROR=ON "${unity[@]}" "${test_clock[@]}"
cmake --build build -j2
ctest --test-dir build -j2 --output-on-failure
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DCYCLE_SANITIZE=ON -DCYCLE_FUZZ=ON \
    -DCMAKE_COMPILE_WARNING_AS_ERROR=ON "${unity[@]}" "${test_clock[@]}"
cmake --build build-asan -j2
ctest --test-dir build-asan -j2 --output-on-failure
bash tests/fuzz/run.sh build-asan 30
bench/run --smoke
