#!/usr/bin/env bash
# Black-box test runner, after remind's test-rem: runs tests/golden/cases/NAME.sh in a fresh
# directory with the helpers of lib.sh and compares its whole transcript with expected/NAME.out.
#   usage: run.sh PATH/TO/cycle REPOSITORY-ROOT NAME
#   UPDATE_GOLDEN=1 rewrites the expected file instead (review the diff before committing).
#   A case that cannot run on this machine calls `skip REASON`: exit 77, which ctest reports
#   as skipped.
set -u
cycle=$(realpath "$1")
root=$(realpath "$2")
name=$3
golden=$root/tests/golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A case that does not parse would record bash's error as its transcript: refuse it outright.
if ! bash -n "$golden/cases/$name.sh"; then
    echo "run.sh: tests/golden/cases/$name.sh is not valid bash" >&2
    exit 1
fi

actual=$work/transcript.out
(
    cd "$work" || exit 99
    export CYCLE_DB=cycle.db
    export CYCLE_RECORDED_AT=2021-02-05T12:00:00Z  # fixed: hashes in the output are stable
    export TZ=UTC
    export USER=tester  # the default --actor
    # shellcheck source=lib.sh
    source "$golden/lib.sh"
    source "$golden/cases/$name.sh"
) > "$actual" 2>&1
status=$?
if [ "$status" = 77 ]; then
    cat "$actual"
    exit 77  # the case cannot run here (ctest: skipped)
fi

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
    # A release_* case's transcript is what that release printed, written with its binary
    # (tests/golden/fixtures/make-release-*.sh); a newer binary must not rewrite it.
    if [[ $name == release_* && "${UPDATE_RELEASE_GOLDEN:-}" != 1 ]]; then
        echo "run.sh: expected/$name.out is the old release's output; not rewritten (UPDATE_RELEASE_GOLDEN=1 with that release's binary)" >&2
    else
        cp "$actual" "$golden/expected/$name.out"
    fi
fi
diff -u "$golden/expected/$name.out" "$actual"
