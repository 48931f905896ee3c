#!/usr/bin/env python3
"""Runs the bad-input catalogue (catalogue.tsv beside this file) against a built `cycle`.

Usage: run_catalogue.py PATH/TO/cycle REPO_ROOT

The contract each case is held to (README, "Exit codes"): bad input gets one line on stderr
naming the file:line:col, option or case number and what was expected, a documented non-zero
exit code, and the database left byte for byte as it was. For every row of the catalogue:

  * a fresh temporary folder (WORK) is set up as the row's `setup` says (see SETUPS);
  * the SHA-256 of each database file - the --db file (default cycle.db) and its -wal and -shm
    files - is taken, a missing file counting as "absent", and the folder's file names listed;
  * `cycle` runs there with the row's argv (ROOT and WORK replaced by the repository root and
    the folder), with CYCLE_RECORDED_AT, TZ and USER fixed as tests/golden/run.sh fixes them;
  * the exit code must be the row's, stdout must be empty, stderr must be exactly the row's
    line (ROOT and WORK put back for the paths), and the database files and the folder's file
    names must be as before: a bad init against no database creates no file.

Every argv must carry --today, so that no case depends on the real date. Rows whose setup ends
in "-read-only" run as the user nobody (uid 65534, via setpriv) on a read-only file in a
read-only folder, since root writes through chmod; without root they are skipped, and the
summary says how many. Before the rows, configs/valid.yaml and configs/valid-2.yaml (config
format 2) must be accepted, so that each broken config in configs/ fails for its one defect;
and every config there must be used by a row, so that none is left untested.

Every failure is printed with expected and actual; the exit status is 1 if any row failed.
"""

import hashlib
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECORDED_AT = "2021-02-05T12:00:00Z"  # as tests/golden/run.sh: recorded-at never the clock's
NOBODY = 65534


def environment():
    """The environment of every run: fixed, and nothing of the caller's leaks in."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CYCLE_DB": "cycle.db",
        "CYCLE_RECORDED_AT": RECORDED_AT,
        "TZ": "UTC",
        "USER": "tester",
    }


def run_quietly(argv, cwd):
    """Runs a setup command; a setup that fails is an error of the test, not of a case."""
    done = subprocess.run(argv, cwd=cwd, env=environment(), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"setup {argv} failed ({done.returncode}): {done.stderr.strip()}")


def set_pragma(db, pragma):
    # Python's sqlite3 stands in for a database written by another program or another version.
    connection = sqlite3.connect(db)
    connection.execute(pragma)
    connection.commit()
    connection.close()


def setup_registered(cycle, root, folder):
    run_quietly([cycle, "--db", "cycle.db", "init", "--config",
                 str(root / "config" / "osloregionen.yaml"), "--today", "2020-03-02"], folder)


def setup_example(cycle, root, folder):
    run_quietly(["bash", str(root / "examples" / "osloregionen-2021.sh"), cycle, "cycle.db"],
                folder)


def setup_text_file(cycle, root, folder):
    (folder / "cycle.db").write_bytes(b"plain text\n")


def setup_foreign_sqlite(cycle, root, folder):
    # A valid SQLite database of some other program: no application_id, a table of its own.
    set_pragma(folder / "cycle.db", "CREATE TABLE notes (text TEXT)")


def setup_no_schema_version(cycle, root, folder):
    setup_registered(cycle, root, folder)
    set_pragma(folder / "cycle.db", "PRAGMA user_version = 0")


def setup_newer_schema(cycle, root, folder):
    # Schema 2 is current (storage/database.cpp); 3 stands for a future cycle's database.
    setup_registered(cycle, root, folder)
    set_pragma(folder / "cycle.db", "PRAGMA user_version = 4")


def setup_generated_files(cycle, root, folder):
    """No database; files too large to commit, made here (EXAMPLE DATA, no council's figures):
    sum-overflow.yaml, a budget of 9 224 expense lines of 999 999 999 999 999 NOK each (the
    most a document prints), whose sum passes 2^63 - 1 at the last line; over-cap.yaml and
    at-cap.yaml, 1 MiB + 1 and exactly 1 MiB, a budget document's first key and a comment;
    long-line.jsonl, one import line of 8 MiB + 1 bytes."""
    lines = ["document: EXAMPLE DATA, not a council's budget", "organisation: demo",
             "budget-year: 2021", "unit: nok", "columns: [{id: budget-2021, label: Budget}]",
             'incoming: {label: In, values: ["0"]}', "income:",
             '  - {label: Line, values: ["0"]}', 'total-income: {label: Income, values: ["0"]}',
             "expenses:"]
    lines += ['  - {label: Line, values: ["999 999 999 999 999"]}'] * 9224
    lines += ['total-expenses: {label: Expenses, values: ["0"]}',
              'result: {label: Result, values: ["0"]}', 'outgoing: {label: Out, values: ["0"]}']
    (folder / "sum-overflow.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # One line one byte longer than an event may take (engine/log/event_limits.hpp, 8 MiB).
    (folder / "long-line.jsonl").write_bytes(b"x" * (8 * 1024 * 1024 + 1) + b"\n")
    for name, size in (("over-cap.yaml", 1024 * 1024 + 1), ("at-cap.yaml", 1024 * 1024)):
        head = b"document: EXAMPLE DATA\n#"
        (folder / name).write_bytes(head + b"x" * (size - len(head) - 1) + b"\n")


SETUPS = {
    "none": lambda cycle, root, folder: None,  # no database file at all
    "generated-files": setup_generated_files,
    "registered": setup_registered,  # cycle init with config/osloregionen.yaml
    "example": setup_example,  # examples/osloregionen-2021.sh
    "text-file": setup_text_file,
    "foreign-sqlite": setup_foreign_sqlite,
    "no-schema-version": setup_no_schema_version,
    "newer-schema": setup_newer_schema,
    "registered-read-only": setup_registered,
    "example-read-only": setup_example,
}


def read_catalogue(path):
    """Rows of name, setup, exit code, argv (shell words), stderr; '#' lines are comments."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise ValueError(f"{path.name}:{number}: expected 5 tab-separated fields, "
                             f"got {len(fields)}")
        name, setup, code, argv, stderr = fields
        if setup not in SETUPS:
            raise ValueError(f"{path.name}:{number}: unknown setup {setup!r}")
        words = shlex.split(argv)
        if "--today" not in words:
            raise ValueError(f"{path.name}:{number}: {name}: argv without --today")
        rows.append({"line": number, "name": name, "setup": setup, "exit": int(code),
                     "argv": words, "stderr": stderr})
    names = [row["name"] for row in rows]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ValueError(f"{path.name}: case names used twice: {', '.join(duplicates)}")
    return rows


def database_of(argv):
    """The database file a command line names: --db PATH, else CYCLE_DB (cycle.db)."""
    for i, word in enumerate(argv):
        if word == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--db="):
            return word[len("--db="):]
    return "cycle.db"


def snapshot(folder, db):
    """SHA-256 (or "absent") of the database and its WAL files, and the folder's file names."""
    digests = {}
    if db:  # --db "" names no file; the folder listing still shows that none appeared
        for suffix in ("", "-wal", "-shm"):
            path = folder / (db + suffix)
            digests[db + suffix] = (hashlib.sha256(path.read_bytes()).hexdigest()
                                    if path.is_file() else "absent")
    return digests, sorted(p.name for p in folder.iterdir())


def can_act_as_nobody():
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def readable_configs(mirror):
    """Copies configs/ to MIRROR/tests/bad_input/configs, readable by anyone; returns MIRROR."""
    target = mirror / "tests" / "bad_input" / "configs"
    shutil.copytree(HERE / "configs", target)
    for path in [mirror, *mirror.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o444)
    return mirror


def run_case(cycle, root, template, row):
    """Runs one row in a fresh folder; returns a list of problems (empty if it passed)."""
    folder = Path(tempfile.mkdtemp(prefix="cycle-bad-input-"))
    read_only = row["setup"].endswith("-read-only")
    try:
        for file in template.iterdir():
            shutil.copy2(file, folder / file.name)
        # nobody may not reach the repository (a clone in a mode-700 folder): a read-only
        # row reads the configs from a world-readable copy, shown as ROOT all the same.
        row_root = readable_configs(folder / "root") if read_only else root
        argv = [word.replace("ROOT", str(row_root)).replace("WORK", str(folder))
                for word in row["argv"]]
        command = [cycle] + argv
        if read_only:
            # Root writes through file modes: the writer must be an ordinary user, and the
            # binary must be where that user can run it (as cy_as_nobody in golden/lib.sh).
            shutil.copy2(cycle, folder / "cycle-for-nobody")
            os.chmod(folder / "cycle-for-nobody", 0o755)
            for file in template.iterdir():
                os.chmod(folder / file.name, 0o444)
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                       str(folder / "cycle-for-nobody")] + argv
        db = database_of(argv)
        before = snapshot(folder, db)
        if read_only:
            os.chmod(folder, 0o555)
        done = subprocess.run(command, cwd=folder, env=environment(), capture_output=True)
        if read_only:
            os.chmod(folder, 0o755)
        after = snapshot(folder, db)

        def shown(data):
            text = data.decode("utf-8", errors="replace")
            text = text.replace(str(row_root), "ROOT")
            return text.replace(str(folder), "WORK").replace(str(root), "ROOT")

        problems = []
        if done.returncode != row["exit"]:
            problems.append(f"exit code: expected {row['exit']}, got {done.returncode}")
        if done.stdout:
            problems.append(f"stdout: expected nothing, got {shown(done.stdout)!r}")
        stderr = shown(done.stderr)
        if stderr != row["stderr"] + "\n":
            problems.append(f"stderr:\n    expected {row['stderr']!r}\n    actual   {stderr!r}")
        if after[0] != before[0]:
            changed = [f"{name} {before[0][name]} -> {after[0][name]}"
                       for name in before[0] if before[0][name] != after[0][name]]
            problems.append("database changed: " + "; ".join(changed))
        if after[1] != before[1]:
            problems.append(f"files in WORK: before {before[1]}, after {after[1]}")
        return problems
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


VALID_CONFIGS = ("valid.yaml", "valid-2.yaml")  # format 1 and format 2


def check_configs(cycle, root, rows):
    """configs/valid.yaml and valid-2.yaml are accepted, and every other config is used by a
    row."""
    problems = []
    for valid in VALID_CONFIGS:
        with tempfile.TemporaryDirectory(prefix="cycle-bad-input-") as folder:
            done = subprocess.run([cycle, "init", "--config", str(HERE / "configs" / valid),
                                   "--today", "2020-03-02"], cwd=folder, env=environment(),
                                  capture_output=True, text=True)
            if done.returncode != 0:
                problems.append(f"configs/{valid}: expected to be accepted, got exit "
                                f"{done.returncode}: {done.stderr.strip()}")
    used = " ".join(" ".join(row["argv"]) for row in rows)
    for config in sorted((HERE / "configs").glob("*.yaml")):
        if config.name not in VALID_CONFIGS and f"configs/{config.name}" not in used:
            problems.append(f"configs/{config.name}: no row of the catalogue uses it")
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: run_catalogue.py PATH/TO/cycle REPO_ROOT")
    cycle = str(Path(sys.argv[1]).resolve())
    root = Path(sys.argv[2]).resolve()
    rows = read_catalogue(HERE / "catalogue.tsv")

    failures = [f"setup: {problem}" for problem in check_configs(cycle, root, rows)]
    nobody = can_act_as_nobody()
    skipped = [row["name"] for row in rows
               if row["setup"].endswith("-read-only") and not nobody]
    checked = 0
    with tempfile.TemporaryDirectory(prefix="cycle-bad-input-templates-") as templates:
        made = {}
        for row in rows:
            if row["name"] in skipped:
                continue
            if row["setup"] not in made:
                # Each setup is made once and copied byte for byte into each case's folder.
                template = Path(templates) / row["setup"]
                template.mkdir()
                SETUPS[row["setup"]](cycle, root, template)
                made[row["setup"]] = template
            problems = run_case(cycle, root, made[row["setup"]], row)
            checked += 1
            if problems:
                failures.append(f"{row['name']} (catalogue.tsv:{row['line']}, setup "
                                f"{row['setup']}, cycle {shlex.join(row['argv'])}):\n  " +
                                "\n  ".join(problems))

    for failure in failures:
        print(f"FAILED {failure}")
    if skipped:
        print(f"skipped {len(skipped)} read-only cases (they need root and setpriv to run as "
              f"nobody): {', '.join(skipped)}")
    print(f"{checked} bad inputs: exit code, message and database checked"
          + (f"; {len(failures)} FAILED" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
