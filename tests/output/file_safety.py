#!/usr/bin/env python3
"""Output files and new databases are made safely (README, Reliability).

  usage: file_safety.py CYCLE ROOT

Checks, on the shipped 2021 example (EXAMPLE DATA) seen on 2021-10-01:
  1. `calendar --ics F`, `wheel --svg F` and `report --html D` never write through a symbolic
     link planted at the temporary name older versions used (F.cycle-tmp): the link and the file
     it points to are left as they were, F is the new output, and nothing else is left beside it;
  2. an output file that was there keeps its mode (0640) when it is rewritten, and a new one gets
     0666 less the umask (0644 under umask 022, 0640 under 027);
  3. an output that cannot be written (its target is a folder) leaves the target as it was and
     no temporary file, with exit 2 and one line on stderr;
  4. a new database (`init`, and `import` into a missing file) is 0600 under umask 022 and 0660
     under umask 002 (owner only, or owner and group when the umask lets the group write; never
     others), and the -wal and -shm files beside it have the same mode (SQLite gives them the
     database file's mode, whoever opens it first; here a reader and then `case open`).
"""
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from harness import check, example_database, verdict  # noqa: E402



def run(cycle, db, *args, mask=0o022, stdin=None):
    return subprocess.run([cycle, "--db", db, "--today", "2021-10-01", *args],
                          capture_output=True, text=True, input=stdin,
                          preexec_fn=lambda: os.umask(mask))


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def outputs(folder):
    """(option words, the file the command writes, how that file starts) for each output."""
    return [
        (["calendar", "--ics", os.path.join(folder, "cal.ics")], os.path.join(folder, "cal.ics"),
         "BEGIN:VCALENDAR"),
        (["wheel", "--year", "2021", "--svg", os.path.join(folder, "wheel.svg")],
         os.path.join(folder, "wheel.svg"), "<?xml"),
        (["report", "--html", os.path.join(folder, "page")],
         os.path.join(folder, "page", "index.html"), "<!DOCTYPE html>"),
    ]


def planted_links(cycle, db, work):
    folder = os.path.join(work, "links")
    os.makedirs(os.path.join(folder, "page"))
    victim = os.path.join(work, "victim.txt")
    for words, target, start in outputs(folder):
        with open(victim, "w") as f:
            f.write("not yours\n")
        os.chmod(victim, 0o600)
        link = target + ".cycle-tmp"
        os.symlink(victim, link)
        done = run(cycle, db, *words)
        check(done.returncode == 0, f"{words[0]}: exit {done.returncode}: {done.stderr!r}")
        with open(victim) as f:
            check(f.read() == "not yours\n", f"{words[0]}: wrote through the link at {link}")
        check(mode(victim) == 0o600, f"{words[0]}: the link's target changed mode")
        check(os.path.islink(link) and os.readlink(link) == victim,
              f"{words[0]}: the link at {link} was changed")
        with open(target) as f:
            check(f.read().startswith(start), f"{words[0]}: {target} is not the new output")
        left = sorted(os.listdir(os.path.dirname(target)))
        check(all(not name.startswith(".") for name in left),
              f"{words[0]}: a temporary file was left: {left}")
        if os.path.lexists(link):
            os.unlink(link)


def kept_modes(cycle, db, work):
    folder = os.path.join(work, "modes")
    os.makedirs(os.path.join(folder, "page"))
    for words, target, start in outputs(folder):
        with open(target, "w") as f:
            f.write("old\n")
        os.chmod(target, 0o640)
        done = run(cycle, db, *words, mask=0o022)
        check(done.returncode == 0, f"{words[0]}: exit {done.returncode}: {done.stderr!r}")
        check(mode(target) == 0o640,
              f"{words[0]}: rewritten {target} has mode {mode(target):o}, expected 640 as before")
        with open(target) as f:
            check(f.read().startswith(start), f"{words[0]}: {target} was not rewritten")
    for mask, expected in ((0o022, 0o644), (0o027, 0o640)):
        folder = os.path.join(work, f"new-{mask:o}")
        os.makedirs(folder)
        for words, target, _ in outputs(folder):
            done = run(cycle, db, *words, mask=mask)
            check(done.returncode == 0, f"{words[0]}: exit {done.returncode}: {done.stderr!r}")
            check(mode(target) == expected,
                  f"{words[0]} under umask {mask:03o}: new {target} has mode {mode(target):o}, "
                  f"expected {expected:o}")


def failed_write(cycle, db, work):
    folder = os.path.join(work, "failing")
    target = os.path.join(folder, "cal.ics")
    os.makedirs(os.path.join(target, "inside"))  # the target is a folder: rename must fail
    done = run(cycle, db, "calendar", "--ics", target)
    check(done.returncode == 2, f"--ics onto a folder: exit {done.returncode}, expected 2")
    check(done.stderr == f'cycle: --ics: cannot write "{target}": Is a directory\n',
          f"--ics onto a folder: stderr {done.stderr!r}")
    check(sorted(os.listdir(folder)) == ["cal.ics"] and os.listdir(target) == ["inside"],
          f"--ics onto a folder: left {sorted(os.listdir(folder))}")


def database_modes(cycle, root, work):
    config = os.path.join(root, "config", "osloregionen.yaml")
    for mask, expected in ((0o022, 0o600), (0o002, 0o660), (0o077, 0o600)):
        db = os.path.join(work, f"init-{mask:03o}.db")
        done = run(cycle, db, "init", "--config", config, mask=mask)
        check(done.returncode == 0, f"init under umask {mask:03o}: {done.stderr!r}")
        check(mode(db) == expected,
              f"init under umask {mask:03o}: database mode {mode(db):o}, expected {expected:o}")
        # The -wal and -shm files SQLite makes beside it take the database's mode.
        reader = sqlite3.connect(db)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM case_log").fetchone()
        done = run(cycle, db, "case", "open", "--body", "board", "--title", "EXAMPLE DATA",
                   mask=0)
        check(done.returncode == 0, f"case open beside a reader: {done.stderr!r}")
        for suffix in ("-wal", "-shm"):
            made = os.path.exists(db + suffix)
            check(made and mode(db + suffix) == expected,
                  f"umask {mask:03o}: {suffix} file mode "
                  f"{format(mode(db + suffix), 'o') if made else 'missing'}, expected {expected:o}")
        reader.close()
    exported = run(cycle, os.path.join(work, "init-022.db"), "export").stdout
    db = os.path.join(work, "imported.db")
    done = run(cycle, db, "import", "-", stdin=exported, mask=0o022)
    check(done.returncode == 0, f"import into a new file: {done.stderr!r}")
    check(mode(db) == 0o600, f"import into a new file: mode {mode(db):o}, expected 600")


def main():
    cycle, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "example.db")
        example_database(cycle, root, db)
        planted_links(cycle, db, work)
        kept_modes(cycle, db, work)
        failed_write(cycle, db, work)
        database_modes(cycle, root, work)
    return verdict("output files and new databases: all checks passed")


if __name__ == "__main__":
    sys.exit(main())
