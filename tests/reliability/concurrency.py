#!/usr/bin/env python3
"""Reliability: concurrent writers against one database, and a database that stays locked.

Contract checked (README: `case open`, Design/Storage, Exit codes):
  1. WORKERS processes write at once (a barrier starts them together), OPS operations each, as
     fast as they can, each with its own --actor. The operations cycle through
       case open (board)  ->  mandate grant under that case  ->  case open (assembly)
       ->  meeting schedule (board)  ->  duty report board-briefing at that meeting, citing
     the board case,
     on a day of its own per worker and round, spread over 2021-2024, so that case numbers are
     allocated in 8 series (2 bodies x 4 years) by every worker at once. Then
       - every operation exited 0 with nothing on stderr: SQLITE_BUSY ("database is locked")
         never reaches the user while writers only queue for each other;
       - the log holds exactly 1 (organisation-registered) + WORKERS*OPS events, numbered
         1..N, and each operation's event is in it: the number `case open` printed names a
         case-opened event of that worker with that title; the "#SEQ" the others printed is
         that worker's event of the expected kind, case and details; no event is unclaimed;
       - in each (body, year) series the opened numbers are exactly 1..n, n being the number
         of openings the plan put in that series;
       - `cycle verify` says "case log intact: N events, head H" with N exact and H the hash
         of the last event in `cycle log --format json`.
  2. A writer held off for longer than the busy timeout (10 s) by another process holding a
     write lock (BEGIN IMMEDIATE) exits 4 after at least 10 s with one line on stderr,
       cycle: --db "DB" is locked by another writer; gave up after 10 s, nothing was written; try again
     and the database files (db, -wal, -shm) are byte for byte as they were.
  3. A writer started while that lock is held for ~2 s (less than the timeout) is still
     waiting when the lock is released, then succeeds (exit 0) with the next number of its
     series, and `verify` counts one event more.
The slowest operation's time is printed, not asserted: with SQLite's default busy handler
(one attempt every 100 ms once a writer has waited 0.3 s) it reached 7.5 s of the 10 s under
load, which is why storage/database.cpp retries every millisecond (then under 1 s).
The titles, scopes and dates are synthetic test data, not the council's.

usage: concurrency.py PATH/TO/cycle REPOSITORY-ROOT [--workers 4] [--ops 500]
Typical run time: 60-90 s on 2 shared cores.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

FIRST_DAY = datetime.date(2021, 1, 4)
# Days between consecutive (round, worker) slots: 3 spreads 4 x 100 slots over 2021-2024.
SLOT_DAYS = 3
BUSY_TIMEOUT_S = 10  # storage/database.hpp busy_timeout_ms
# Generous: an operation replays the whole log inside its transaction, and on a slow shared
# machine four of them queue; an operation that takes this long has hung.
OP_TIMEOUT_S = 300
ROUND = ("open-board", "mandate", "open-assembly", "meeting", "duty")

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def check(condition, message):
    if not condition:
        fail(message)
    return condition


class Cycle:
    def __init__(self, binary, db, folder):
        self.binary = binary
        self.db = db
        self.folder = folder
        # As tests/golden/run.sh: a fixed recorded-at, UTC, a known default actor.
        self.env = dict(os.environ, CYCLE_RECORDED_AT="2021-02-05T12:00:00Z", TZ="UTC",
                        USER="tester")
        self.env.pop("CYCLE_DB", None)

    def argv(self, *args):
        return [self.binary, "--db", self.db, *args]

    def run(self, *args):
        return subprocess.run(self.argv(*args), capture_output=True, text=True, env=self.env,
                              cwd=self.folder, timeout=OP_TIMEOUT_S)

    def popen(self, *args):
        return subprocess.Popen(self.argv(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=self.env, cwd=self.folder)


def slot_day(worker, round_index, workers):
    """The day of a worker's round: distinct per (worker, round), so meetings never collide."""
    return FIRST_DAY + datetime.timedelta(days=SLOT_DAYS * (round_index * workers + worker))


def worker_main(cycle, worker, workers, ops, barrier, results):
    actor = f"worker-{worker}"
    board_case = None  # the board case opened in this round, for the mandate and the report
    barrier.wait()
    for index in range(ops):
        round_index, kind = divmod(index, len(ROUND))
        kind = ROUND[kind]
        day = slot_day(worker, round_index, workers).isoformat()
        tag = f"w{worker} op{index}"
        common = ["--actor", actor, "--today", day]
        if kind == "open-board":
            args = ["case", "open", "--body", "board", "--title", f"{tag} (TEST DATA)",
                    "--date", day]
        elif kind == "open-assembly":
            args = ["case", "open", "--body", "assembly", "--title", f"{tag} (TEST DATA)",
                    "--date", day]
        elif kind == "mandate":
            args = ["mandate", "grant", "--case", board_case, "--by", "board", "--to",
                    "secretariat", "--scope", f"{tag} (TEST DATA)", "--date", day]
        elif kind == "meeting":
            args = ["meeting", "schedule", "--body", "board", "--date", day]
        else:
            args = ["duty", "report", "board-briefing", "--meeting", day, "--case", board_case,
                    "--note", f"{tag} (TEST DATA)"]
        started = time.monotonic()
        try:
            done = cycle.run(*args, *common)
            rc, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired:
            rc, stdout, stderr = "timeout", "", f"still running after {OP_TIMEOUT_S} s"
        results.append(dict(worker=worker, actor=actor, index=index, kind=kind, day=day, tag=tag,
                            board_case=board_case, args=args + common, rc=rc, stdout=stdout,
                            stderr=stderr, seconds=time.monotonic() - started))
        if kind == "open-board":
            # The number it printed, for the mandate and the report of this round.
            board_case = stdout.strip() if rc == 0 else "0/21"


def log_events(cycle):
    done = cycle.run("log", "--format", "json")
    if not check(done.returncode == 0, f"cycle log exited {done.returncode}: {done.stderr}"):
        return []
    return [json.loads(line) for line in done.stdout.splitlines()]


def expect_verify(cycle, count, head):
    done = cycle.run("verify")
    expected = f"case log intact: {count} events, head {head}\n"
    check(done.returncode == 0 and done.stdout == expected and done.stderr == "",
          f"verify: expected exit 0 and {expected!r}, got exit {done.returncode} "
          f"{done.stdout!r} {done.stderr!r}")


def case_key(case):
    return (case["body"], case["year"], case["sequence"]) if case else None


def parse_case(text):
    """'12/21' in BODY's series -> (year, sequence)."""
    match = re.fullmatch(r"(\d+)/(\d\d)", text)
    return (2000 + int(match.group(2)), int(match.group(1))) if match else None


def check_concurrent_run(cycle, workers, ops, results):
    """Part 1. Returns (the events of the log, the number of case number series)."""
    # Every operation exited 0, with nothing on stderr (a "database is locked" would be here).
    bad = [r for r in results if r["rc"] != 0 or r["stderr"] != ""]
    for r in bad[:20]:
        fail(f"{r['actor']} op {r['index']} (cycle {' '.join(r['args'])}) exited {r['rc']}: "
             f"{r['stderr'].strip()}")
    check(not bad, f"{len(bad)} of {len(results)} operations failed or wrote to stderr")
    check(len(results) == workers * ops, f"{len(results)} operations ran, not {workers * ops}")

    events = log_events(cycle)
    by_seq = {event["seq"]: event for event in events}
    expected_count = 1 + workers * ops
    check(len(events) == expected_count,
          f"the log holds {len(events)} events, expected 1 + {workers}*{ops} = {expected_count}")
    check([event["seq"] for event in events] == list(range(1, len(events) + 1)),
          "the log's sequence numbers are not 1..N")
    check(bool(events) and events[0]["kind"] == "organisation-registered",
          "#1 is not the registration")

    opened = {}  # (body, year, sequence) -> case-opened event
    for event in events:
        if event["kind"] == "case-opened":
            key = case_key(event["case"])
            check(key not in opened, f"case {key} opened twice (#{opened.get(key, {}).get('seq')}"
                                     f" and #{event['seq']})")
            opened[key] = event

    claimed = {1}  # the registration is init's
    for r in results:
        if r["rc"] != 0:
            continue
        where = f"{r['actor']} op {r['index']} ({r['kind']}, printed {r['stdout'].strip()!r})"
        if r["kind"] in ("open-board", "open-assembly"):
            body = "board" if r["kind"] == "open-board" else "assembly"
            number = parse_case(r["stdout"].rstrip("\n")) if r["stdout"].count("\n") == 1 else None
            if not check(number is not None, f"{where}: expected one line N/YY"):
                continue
            event = opened.get((body, *number))
            if not check(event is not None, f"{where}: no case-opened event in the log"):
                continue
            check(event["seq"] not in claimed, f"{where}: #{event['seq']} claimed twice")
            claimed.add(event["seq"])
            check(event["actor"] == r["actor"] and event["details"].get("title") ==
                  f"{r['tag']} (TEST DATA)" and event["date"] == r["day"] and
                  number[0] == int(r["day"][:4]),
                  f"{where}: #{event['seq']} is another operation's: {event}")
            continue
        match = re.match(r"recorded #(\d+) ", r["stdout"])
        if not check(match is not None, f"{where}: expected 'recorded #SEQ ...'"):
            continue
        seq = int(match.group(1))
        event = by_seq.get(seq)
        if not check(event is not None and seq not in claimed, f"{where}: #{seq} missing or "
                                                               "claimed twice"):
            continue
        claimed.add(seq)
        number = parse_case(r["board_case"])
        if not check(number is not None, f"{where}: its case {r['board_case']!r} is no N/YY"):
            continue
        board_case = ("board", *number)
        expected_kind, expected_case, detail = {
            "mandate": ("mandate-granted", board_case, ("scope", f"{r['tag']} (TEST DATA)")),
            "meeting": ("meeting-scheduled", None, ("meeting", r["day"])),
            "duty": ("duty-reported", board_case, ("note", f"{r['tag']} (TEST DATA)")),
        }[r["kind"]]
        check(event["kind"] == expected_kind and event["actor"] == r["actor"] and
              event["date"] == r["day"] and case_key(event["case"]) == expected_case and
              event["details"].get(detail[0]) == detail[1],
              f"{where}: #{seq} is not this operation's {expected_kind} "
              f"(case {expected_case}, {detail}): {event}")
    unclaimed = sorted(set(by_seq) - claimed)
    check(not unclaimed, f"events no operation printed: {unclaimed[:20]}")

    # Per body and year: the numbers opened are exactly 1..n, n as the plan has it.
    planned = collections.Counter()
    for worker in range(workers):
        for index in range(ops):
            round_index, position = divmod(index, len(ROUND))
            if ROUND[position] in ("open-board", "open-assembly"):
                body = "board" if ROUND[position] == "open-board" else "assembly"
                planned[(body, slot_day(worker, round_index, workers).year)] += 1
    series = collections.defaultdict(list)
    for body, year, sequence in opened:
        series[(body, year)].append(sequence)
    check(set(series) == set(planned), f"series {sorted(series)}, planned {sorted(planned)}")
    for key, count in sorted(planned.items()):
        numbers = sorted(series.get(key, []))
        check(numbers == list(range(1, count + 1)),
              f"{key}: opened numbers are not exactly 1..{count}: {len(numbers)} numbers, "
              f"missing {sorted(set(range(1, count + 1)) - set(numbers))[:10]}, "
              f"extra {sorted(set(numbers) - set(range(1, count + 1)))[:10]}")
    print("series (body, year: n): " +
          ", ".join(f"{body} {year}: {count}" for (body, year), count in sorted(planned.items())))

    if events:
        expect_verify(cycle, expected_count, events[-1]["hash"])
    return events, len(planned)


def database_digest(db):
    """SHA-256 of the database's files, 'absent' for one that does not exist."""
    digest = {}
    for suffix in ("", "-wal", "-shm"):
        path = db + suffix
        if os.path.exists(path):
            with open(path, "rb") as data:
                digest[suffix or "db"] = hashlib.sha256(data.read()).hexdigest()
        else:
            digest[suffix or "db"] = "absent"
    return digest


# The lock holder runs in a process of its own: POSIX locks belong to a process, and closing
# any descriptor of the database file (as database_digest does) would drop a lock this process
# held, letting the writer in.
LOCK_HOLDER = """
import sqlite3, sys
holder = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
holder.execute("BEGIN IMMEDIATE")  # the write lock; nothing is written
print("locked", flush=True)
sys.stdin.readline()
holder.execute("ROLLBACK")
holder.close()
print("released", flush=True)
"""


class WriteLock:
    """Another process's write lock: a connection inside BEGIN IMMEDIATE that writes nothing."""

    def __init__(self, db):
        self.process = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, db], text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        line = self.process.stdout.readline()
        if line != "locked\n":
            raise RuntimeError(f"the lock holder did not take the lock: {line!r}")

    def release(self):
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        self.process.wait(timeout=OP_TIMEOUT_S)
        check(line == "released\n" and self.process.returncode == 0,
              f"the lock holder failed: {line!r}, exit {self.process.returncode}")


def check_locked(cycle, db, count):
    """Parts 2 and 3. Returns (seconds until exit 4, seconds the short hold lasted)."""
    # 2. Held past the busy timeout: exit 4, the message, nothing written.
    holder = WriteLock(db)
    before = database_digest(db)
    started = time.monotonic()
    done = cycle.run("case", "open", "--body", "board", "--title", "locked out (TEST DATA)",
                     "--date", "2024-06-03", "--today", "2024-06-03", "--actor", "locked-out")
    waited = time.monotonic() - started
    after = database_digest(db)
    holder.release()
    message = (f'cycle: --db "{db}" is locked by another writer; gave up after '
               f"{BUSY_TIMEOUT_S} s, nothing was written; try again\n")
    check(done.returncode == 4 and done.stdout == "" and done.stderr == message,
          f"locked: expected exit 4, no output and {message!r}, got exit {done.returncode} "
          f"{done.stdout!r} {done.stderr!r}")
    # The documented timeout: it gives up only after waiting the whole busy timeout.
    check(waited >= BUSY_TIMEOUT_S, f"locked: gave up after {waited:.1f} s, before the "
                                    f"{BUSY_TIMEOUT_S} s busy timeout")
    check(before == after, f"locked: the database files changed: {before} -> {after}")
    events = log_events(cycle)
    check(len(events) == count, f"locked: the log holds {len(events)} events, not {count}")
    if events:
        expect_verify(cycle, count, events[-1]["hash"])

    # 3. Held for ~2 s: the writer waits, then succeeds with the series' next number.
    board_2024 = sum(1 for event in log_events(cycle) if event["kind"] == "case-opened" and
                     case_key(event["case"])[:2] == ("board", 2024))
    holder = WriteLock(db)
    started = time.monotonic()
    writer = cycle.popen("case", "open", "--body", "board", "--title", "queued (TEST DATA)",
                         "--date", "2024-06-03", "--today", "2024-06-03", "--actor", "queued")
    time.sleep(2)
    # It cannot have succeeded while the lock is held; if it ended, it failed.
    still_waiting = writer.poll() is None
    holder.release()
    held = time.monotonic() - started
    stdout, stderr = writer.communicate(timeout=OP_TIMEOUT_S)
    check(still_waiting, f"queued: ended while the lock was held: exit {writer.returncode} "
                         f"{stderr!r}")
    check(writer.returncode == 0 and stdout == f"{board_2024 + 1}/24\n" and stderr == "",
          f"queued: expected exit 0 and {board_2024 + 1}/24, got exit {writer.returncode} "
          f"{stdout!r} {stderr!r}")
    events = log_events(cycle)
    if check(len(events) == count + 1 and events[-1]["actor"] == "queued",
             f"queued: the log holds {len(events)} events, expected {count + 1} ending with its"):
        expect_verify(cycle, count + 1, events[-1]["hash"])
    return waited, held


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cycle")
    parser.add_argument("root")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--ops", type=int, default=500)
    options = parser.parse_args()
    if options.workers < 2 or options.ops < len(ROUND):
        parser.error(f"needs at least 2 workers and {len(ROUND)} operations each")
    binary = os.path.realpath(options.cycle)
    config = os.path.join(os.path.realpath(options.root), "config", "osloregionen.yaml")

    with tempfile.TemporaryDirectory(prefix="cycle-concurrency-") as folder:
        db = os.path.join(folder, "cycle.db")
        cycle = Cycle(binary, db, folder)
        done = cycle.run("init", "--config", config, "--today", FIRST_DAY.isoformat())
        if done.returncode != 0:
            print(f"FAIL: init exited {done.returncode}: {done.stderr}", file=sys.stderr)
            return 1

        started = time.monotonic()
        barrier = threading.Barrier(options.workers)
        results = []  # list.append is atomic under the GIL
        threads = [threading.Thread(target=worker_main,
                                    args=(cycle, worker, options.workers, options.ops, barrier,
                                          results))
                   for worker in range(options.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        # For the record, not asserted: how close the slowest operation, queueing included,
        # came to the busy timeout.
        print(f"{options.workers} workers x {options.ops} operations ran in {elapsed:.0f} s; "
              f"the slowest took {max(r['seconds'] for r in results):.2f} s")

        events, series = check_concurrent_run(cycle, options.workers, options.ops, results)
        landed = sum(1 for r in results if r["rc"] == 0)
        waited, held = check_locked(cycle, db, len(events))

    if failures:
        print(f"{len(failures)} failures", file=sys.stderr)
        return 1
    print(f"{options.workers} workers x {options.ops} operations: {landed} landed, "
          f"case numbers gapless in {series} series, chain intact ({len(events)} events); "
          f"locked database: exit 4 after {waited:.1f} s, files unchanged; "
          f"a writer held off {held:.1f} s waited and succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
