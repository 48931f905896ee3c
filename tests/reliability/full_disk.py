#!/usr/bin/env python3
"""A first write that fails on a full disk leaves no database behind.

Usage: full_disk.py PATH/TO/cycle REPO_ROOT

Without root, a full disk is stood in for by RLIMIT_FSIZE: the child process may write no file
past N bytes, and with SIGXFSZ ignored such a write fails with EFBIG, as on a full disk. For
each N, `cycle init` (and `cycle import` of the 2021 example's export) into a missing database
must exit 4 with one line on stderr starting "cycle: ", print nothing on stdout, and leave no
cycle.db, -wal, -shm or -journal file. An init that fails so against a database that existed
must leave the database file byte for byte as it was (and no -wal with anything in it). Without
a limit the same command succeeds, so that the limit is what fails it. And 20 times, two first
`init`s of one config started at once into a missing database both exit 0 and leave it holding
the one registration: the one that finds it registered never removes the other's file.
"""

import hashlib
import os
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

LIMITS = (0, 512, 4096, 20000)  # bytes a file may grow to
RACES = 20
SIDECARS = ("", "-wal", "-shm", "-journal")
EMPTY = hashlib.sha256(b"").hexdigest()
ENVIRONMENT = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CYCLE_DB": "cycle.db",
               "CYCLE_RECORDED_AT": "2021-02-05T12:00:00Z", "TZ": "UTC", "USER": "tester"}


def limited(size):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


def run(argv, folder, size=None):
    return subprocess.run(argv, cwd=folder, env=ENVIRONMENT, capture_output=True, text=True,
                          preexec_fn=None if size is None else limited(size))


def database_files(folder):
    return sorted(name for name in (f"cycle.db{suffix}" for suffix in SIDECARS)
                  if (folder / name).exists())


def digest(folder):
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
            for name in database_files(folder)}


def check_failed(done, what, problems):
    lines = done.stderr.splitlines()
    if done.returncode != 4:
        problems.append(f"{what}: exit {done.returncode}, expected 4 ({done.stderr.strip()!r})")
    if len(lines) != 1 or not lines[0].startswith("cycle: "):
        problems.append(f"{what}: expected one line 'cycle: ...' on stderr, got {lines!r}")
    if done.stdout:
        problems.append(f"{what}: expected nothing on stdout, got {done.stdout!r}")


def main():
    cycle, root = sys.argv[1], Path(sys.argv[2])
    config = str(root / "config" / "osloregionen.yaml")
    init = [cycle, "init", "--config", config, "--today", "2020-03-02"]
    problems = []
    with tempfile.TemporaryDirectory(prefix="cycle-full-disk-") as temporary:
        base = Path(temporary)
        # The example's events, to import; and proof that both commands succeed unlimited.
        example = base / "example"
        example.mkdir()
        made = run(["bash", str(root / "examples" / "osloregionen-2021.sh"), cycle, "cycle.db"],
                   example)
        exported = run([cycle, "export", "--today", "2021-03-01"], example)
        if made.returncode != 0 or exported.returncode != 0:
            sys.exit(f"setup failed: {made.stderr}{exported.stderr}")
        events = base / "events.jsonl"
        events.write_text(exported.stdout, encoding="utf-8")
        for size in LIMITS:
            for what, argv in (("init", init),
                               ("import", [cycle, "import", str(events), "--today",
                                           "2021-03-01"])):
                folder = base / f"{what}-{size}"
                folder.mkdir()
                done = run(argv, folder, size)
                label = f"{what} with files limited to {size} bytes"
                check_failed(done, label, problems)
                if database_files(folder):
                    problems.append(f"{label}: left {database_files(folder)}")
            # A database that existed is left as it was: registered with the shipped config,
            # then a changed config (a comment added, so another digest) fails to be recorded.
            folder = base / f"existing-{size}"
            folder.mkdir()
            run(init, folder)
            changed = folder / "changed.yaml"
            changed.write_text(Path(config).read_text(encoding="utf-8") +
                               "# EXAMPLE DATA: a changed copy\n", encoding="utf-8")
            before = digest(folder)
            done = run([cycle, "init", "--config", str(changed), "--today", "2020-03-03"],
                       folder, size)
            label = f"init of a changed config into an existing database, limit {size} bytes"
            check_failed(done, label, problems)
            after = digest(folder)
            # The database is as it was. SQLite, unable to write its shared-memory index under
            # the limit, leaves an empty -wal and a -shm beside a WAL database; they are not
            # removed, since another process may have that database open.
            if after.get("cycle.db") != before["cycle.db"]:
                problems.append(f"{label}: cycle.db changed")
            if after.get("cycle.db-wal", EMPTY) != EMPTY:
                problems.append(f"{label}: a -wal with content was left")
        # Unlimited, the same commands succeed: the limit is what failed them.
        for what, argv in (("init", init),
                           ("import", [cycle, "import", str(events), "--today", "2021-03-01"])):
            folder = base / f"{what}-unlimited"
            folder.mkdir()
            done = run(argv, folder)
            if done.returncode != 0 or database_files(folder) != ["cycle.db"]:
                problems.append(f"{what} unlimited: exit {done.returncode}, files "
                                f"{database_files(folder)}: {done.stderr.strip()}")
        # Two first inits at once: the second finds the config registered and must leave the
        # file the first made (the file neither existed when it started nor is its own to
        # remove), whichever of them made it.
        for attempt in range(RACES):
            folder = base / f"race-{attempt}"
            folder.mkdir()
            both = [subprocess.Popen(init, cwd=folder, env=ENVIRONMENT, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True) for _ in range(2)]
            results = [(p.wait(), p.stdout.read(), p.stderr.read()) for p in both]
            for p in both:
                p.stdout.close()
                p.stderr.close()
            exported = run([cycle, "export", "--today", "2020-03-02"], folder)
            label = f"two first inits at once, attempt {attempt + 1}"
            if [code for code, _, _ in results] != [0, 0]:
                problems.append(f"{label}: exits {results}")
            if exported.returncode != 0 or len(exported.stdout.splitlines()) != 1:
                problems.append(f"{label}: the database holds {exported.stdout.count(chr(10))} "
                                f"events ({exported.stderr.strip()!r}), expected the one "
                                f"registration")
    for problem in problems:
        print(problem)
    print(f"{len(LIMITS)} limits x 3 commands, {RACES} races of two first inits: "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
