# Helpers for golden cases; sourced by run.sh with $cycle, $root and $golden set and the
# working directory a fresh temporary one holding the database cycle.db.

# Runs cycle (the actor is $USER, "tester"); prints the command, its output (stdout, then stderr) and its
# exit code, so the transcript shows all a user would see. The checkout's path differs between
# machines, so it is shown as ROOT.
cy() {
    local shown
    printf -v shown '%q ' "$@"
    shown=${shown% }
    echo "\$ cycle ${shown//$root/ROOT}"
    "$cycle" "$@" > stdout.txt 2> stderr.txt
    local code=$?
    sed "s|$root|ROOT|g" stdout.txt stderr.txt
    echo "[exit $code]"
}

# Like cy, and also states whether the database files stayed byte for byte the same.
cy_unchanged() {
    local before after
    before=$(database_digest)
    cy "$@"
    after=$(database_digest)
    if [ "$before" = "$after" ]; then echo "[database unchanged]"; else echo "[DATABASE CHANGED]"; fi
}

# SHA-256 of every file of the database (main file, and WAL files should any remain).
database_digest() {
    local file
    for file in cycle.db cycle.db-wal cycle.db-shm; do
        if [ -e "$file" ]; then sha256sum "$file"; else echo "no $file"; fi
    done
}

# The seed's 2021 cycle (examples/osloregionen-2021.sh) into cycle.db, quietly.
load_example() {
    bash "$root/examples/osloregionen-2021.sh" "$cycle" cycle.db > /dev/null
}

# Section heading in the transcript.
say() { printf '\n## %s\n' "$*"; }

# Ends the case as skipped (exit 77), saying why.
skip() {
    echo "skipped: $*"
    exit 77
}

# Runs cycle as the unprivileged user nobody, like cy. Needs root (setpriv from util-linux);
# the binary is copied where nobody can run it.
cy_as_nobody() {
    local shown
    printf -v shown '%q ' "$@"
    echo "\$ (as nobody) cycle ${shown% }"
    setpriv --reuid=65534 --regid=65534 --clear-groups ./cycle-for-nobody "$@" > stdout.txt 2> stderr.txt
    local code=$?
    sed "s|$PWD|WORK|g" stdout.txt stderr.txt
    echo "[exit $code]"
}
