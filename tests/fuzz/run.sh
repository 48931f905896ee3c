#!/usr/bin/env bash
# tests/fuzz/run.sh BUILD_DIR SECONDS: builds the libFuzzer targets with clang (CYCLE_FUZZ=ON,
# ASan and UBSan) in BUILD_DIR and runs each for SECONDS on a temporary copy of its committed
# seed corpus, so the corpus in git never changes (inputs worth keeping are added by hand).
# Prints each target's executions ("Done N runs in S second(s)") and exits non-zero on any
# crash, leak, timeout or broken contract, naming the reproducer file libFuzzer wrote. Replay
# one with BUILD_DIR/tests/fuzz_TARGET FILE; once fixed, commit it to regressions/TARGET/.
set -euo pipefail
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
build=$1
seconds=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
targets=(config_loader case_number date event_decoder budget_reader stored_row)

cmake -S "$root" -B "$build" -DCYCLE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j2 --target fuzzers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-artifacts"  # kept after the run: the reproducers
mkdir -p "$artifacts"
failed=()
for target in "${targets[@]}"; do
    mkdir -p "$work/$target"
    cp "$root/tests/fuzz/corpus/$target/"* "$work/$target/"
    log="$build/fuzz-$target.log"
    # -timeout: a single input taking 10 s is a hang (libFuzzer's default is 1200 s), and a
    # 2 GB rss limit keeps a runaway allocation from taking a shared CI machine down.
    status=0
    "$build/tests/fuzz_$target" "$work/$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$log" 2>&1 || status=$?
    runs=$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1 || true)
    if [ "$status" -eq 0 ] && [ -n "$runs" ]; then
        echo "fuzz_$target: $runs, corpus $(ls "$work/$target" | wc -l) inputs"
    else
        reproducer=$(grep -o "Test unit written to .*" "$log" | tail -1 | sed 's/Test unit written to //')
        echo "fuzz_$target: FAILED (exit $status); reproducer: ${reproducer:-none written}; log: $log"
        grep -E "ERROR|contract broken|SUMMARY|runtime error" "$log" | head -5 || true
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
