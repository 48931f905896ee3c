#!/usr/bin/env bash
# Everything CI runs (.ci/run), in order, stopping at the first failure: the normal build with
# warnings as errors and its whole ctest; the same suite built with ASan and UBSan
# (CYCLE_SANITIZE) and its whole ctest; the libFuzzer targets, each fuzzed for 30 s on a copy
# of its seed corpus (tests/fuzz/run.sh). About 38 min on 2 cores as measured (README, Tests).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure
cmake -S . -B build-asan -DCYCLE_SANITIZE=ON -DCMAKE_COMPILE_WARNING_AS_ERROR=ON
cmake --build build-asan -j2
ctest --test-dir build-asan --output-on-failure
bash tests/fuzz/run.sh build-fuzz 30
