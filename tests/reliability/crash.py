#!/usr/bin/env python3
"""Crash safety of the case log: `cycle` killed with SIGKILL at random moments while it writes.

usage: crash.py PATH/TO/cycle REPOSITORY-ROOT [--seed N] [--kills K] [--keep] [--verbose]

One database in a temporary folder, set up with `cycle init --config config/osloregionen.yaml`.
Then, until K (default 120) kills have hit a live writer, each iteration starts one writer
- a single write: `case open` in the board's or the assembly's series, or `correct`;
- or a bulk import of a generated file of a few thousand unchained case-opened lines whose
  numbers continue the series exactly, in one transaction or with `--batch N`;
and sends it SIGKILL after a random delay, drawn from the durations measured so far so that
kills land before, during and after the write transaction; some batched imports are killed
the moment they report a batch committed instead. Everything the writer printed up to the
kill is read from an unbuffered pipe. Only a writer that died of the signal counts as a kill
of a live writer; one that had exited already is counted apart, and the run fails if fewer
than half of the kills hit a live writer (it would have proved little). The seed (printed;
--seed reruns it) fixes every choice and drawn delay; where a kill lands in the writer's work
still depends on the machine's speed.

The contract checked after every kill (any violation: exit 1, printing the seed and the
iteration, the database kept for inspection):
- `cycle verify --checkpoint` (the checkpoint taken after the previous iteration) exits 0:
  the chain is intact, the case_number table agrees with it, and every earlier event is
  still there unchanged;
- the events the writer added are exactly a prefix of what it was asked to write, each with
  the expected content: for a single write none or the one; for an import without --batch
  none or all; for --batch N whole batches only (no partial batch);
- everything the writer reported (the printed case number, `recorded #S`, every
  `committed lines A-B: events #x-#y` line, the final `imported` line) is present, at the
  reported sequence numbers;
- the case-opened numbers of every (body, year) series are exactly 1..n in log order: no gap,
  no duplicate, no half-allocated number;
- a later writer succeeds at once (`case open`, exit 0, the next number): no stale lock.
At the end the whole log is exported and compared event for event, hash for hash, with what
the iterations read, and the series are checked again from scratch.

The killed writers' data (titles, reasons) is synthetic test data. Nothing here asserts how
long anything takes: durations only steer where the kills land.
"""

import argparse
import datetime
import json
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

RECORDED_AT = "2021-02-05T12:00:00Z"  # CYCLE_RECORDED_AT, as tests/golden/run.sh sets it
FIRST_DAY = datetime.date(2021, 1, 4)  # the iterations' --today: one day each, increasing
CASE_BODIES = ("board", "assembly")
IMPORT_BODIES = ("board", "assembly", "secretariat")
LOCK_PATIENCE = 60  # seconds a later writer may take before the database counts as stuck


class Violation(Exception):
    pass


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cycle")
    parser.add_argument("root")
    parser.add_argument("--seed", type=int, default=None, help="default: a random one, printed")
    parser.add_argument("--kills", type=int, default=120, help="live kills to reach")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--verbose", action="store_true", help="a line per iteration")
    return parser.parse_args()


class Harness:
    def __init__(self, args):
        self.cycle = os.path.abspath(args.cycle)
        self.root = os.path.abspath(args.root)
        self.seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
        self.rng = random.Random(self.seed)
        self.kills_wanted = args.kills
        self.verbose = args.verbose
        self.work = tempfile.mkdtemp(prefix="cycle-crash-")
        self.db = os.path.join(self.work, "cycle.db")
        self.env = dict(os.environ, CYCLE_RECORDED_AT=RECORDED_AT, TZ="UTC", USER="tester",
                        CYCLE_DB=self.db)
        self.iteration = 0  # 0: set-up
        self.log = []  # every event read back so far, in seq order (dicts as log --format json)
        self.highest = {}  # (body, year) -> highest case-opened sequence, from self.log
        self.checkpoint = None  # "cycle-checkpoint/1 events=N head=H" after the last iteration
        self.reported = {}  # seq -> (iteration, what reported it), every success claimed
        # Durations measured (seconds), to place the kills. Every writer first replays the
        # log, which grows: a single write takes about as long as the later writer's `case
        # open`, timed each iteration; an import that plus its lines, at a rate measured per
        # kind (each batch's commit costs a sync of its own).
        self.single_seconds = None
        self.seconds_per_line = {}  # "import" | "batched" -> seconds
        self.tally = {"iterations": 0, "live": 0, "exited": 0, "single": 0, "import": 0,
                      "batched": 0}
        self.outcomes = {}  # what the live kills left: "single: none", "batched: some", ...
        self.exited = {}  # kind -> writers that had exited by themselves before the kill

    # -- running cycle ---------------------------------------------------------------------

    def today(self):
        return FIRST_DAY + datetime.timedelta(days=self.iteration)

    def run(self, *args, timeout=LOCK_PATIENCE):
        try:
            done = subprocess.run([self.cycle, "--db", self.db, *args], env=self.env,
                                  cwd=self.work, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise Violation(f"cycle {' '.join(args)} did not finish in {timeout} s: the database "
                            "is stuck (a stale lock?)")
        return done

    def run_ok(self, *args):
        done = self.run(*args)
        if done.returncode != 0:
            raise Violation(f"cycle {' '.join(args)}: exit {done.returncode}, expected 0; "
                            f"stdout {done.stdout!r} stderr {done.stderr!r}")
        return done.stdout

    # -- expectations ----------------------------------------------------------------------

    def case_event(self, body, date, sequence, title, recorded_at=RECORDED_AT, actor="tester"):
        """The case-opened event (without seq and hashes) for that number, as log writes it."""
        return {"org": "osloregionen", "recorded_at": recorded_at, "date": date.isoformat(),
                "actor": actor, "kind": "case-opened", "budget_year": None, "body": body,
                "case": {"number": number_text(sequence, date.year), "body": body,
                         "year": date.year, "sequence": sequence},
                "details": {"title": title}, "irregular": False, "reason": ""}

    def next_sequence(self, body, year, taken):
        key = (body, year)
        taken[key] = taken.get(key, self.highest.get(key, 0)) + 1
        return taken[key]

    # -- set-up ----------------------------------------------------------------------------

    def set_up(self):
        config = os.path.join(self.root, "config", "osloregionen.yaml")
        self.run_ok("init", "--config", config, "--today", self.today().isoformat())
        for line in self.run_ok("export").splitlines():
            self.take(json.loads(line))
        # Calibration: a single write and an import of each kind, timed, not killed; what
        # they report and add is checked like everything later.
        first = len(self.log) + 1
        self.read_back(first, [self.later_writer()])
        self.reported[first] = (0, "case open")
        for kind, batch in (("import", None), ("batched", 300)):
            first = len(self.log) + 1
            expected, path, lines = self.import_file(1000)
            started = time.monotonic()
            out = self.run_ok("import", path, *(["--batch", str(batch)] if batch else []),
                              "--today", self.today().isoformat())
            self.note_import_seconds(kind, time.monotonic() - started, lines)
            claims = self.import_reports(out, path, batch, expected, first)
            self.read_back(first, expected)
            self.check_reports(claims, first, len(self.log))

    # -- writers ---------------------------------------------------------------------------

    def import_file(self, lines):
        """A file of `lines` unchained case-opened lines continuing the series; returns the
        expected events, the path and the line count."""
        taken = {}
        expected = []
        day = self.today()
        for line in range(1, lines + 1):
            body = self.rng.choice(IMPORT_BODIES)
            sequence = self.next_sequence(body, day.year, taken)
            expected.append(self.case_event(
                body, day, sequence, f"crash test iteration {self.iteration} line {line}",
                recorded_at=RECORDED_AT, actor="importer"))  # never before the log
        path = os.path.join(self.work, f"import-{self.iteration}.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for event in expected:
                out.write(json.dumps(event, ensure_ascii=False) + "\n")
        return expected, path, lines

    def single_writer(self, which, first):
        """(argv, expected events, parser of stdout -> claims) of one single write."""
        day = self.today()
        if which == "correct":
            target = self.rng.randrange(1, len(self.log) + 1)
            reason = f"crash test iteration {self.iteration}: correction of #{target}"
            corrected = self.log[target - 1]
            expected = [{"org": "osloregionen", "recorded_at": RECORDED_AT,
                         "date": day.isoformat(), "actor": "tester", "kind": "correction",
                         "budget_year": corrected["budget_year"], "body": corrected["body"],
                         "case": None, "details": {"corrects": target, "reason": reason},
                         "irregular": False, "reason": ""}]
            argv = ["correct", str(target), "--reason", reason]
            shape = re.compile(r"recorded #(\d+) correction of #%d \(" % target)

            def claims(out):
                found = [shape.match(line) for line in complete_lines(out)]
                if not all(found):
                    raise Violation(f"correct printed {out!r}")
                return [(int(m.group(1)), f"recorded #{m.group(1)}") for m in found]
        else:
            body = which
            sequence = self.next_sequence(body, day.year, {})
            title = f"crash test iteration {self.iteration}: {body} case"
            expected = [self.case_event(body, day, sequence, title)]
            argv = ["case", "open", "--body", body, "--title", title]
            number = number_text(sequence, day.year)

            def claims(out):
                lines = complete_lines(out)
                if not lines:
                    return []
                if lines != [number]:
                    raise Violation(f"case open printed {out!r}, expected {number}")
                # The number names the next event of the log: the one this writer appended.
                return [(first, f"case {number}")]
        return argv + ["--today", day.isoformat()], expected, claims

    def import_reports(self, out, path, batch, expected, first):
        """What an import's stdout claims committed: [(seq, what)], checked against the file."""
        claims = []
        for line in complete_lines(out):
            committed = re.fullmatch(r"committed lines (\d+)-(\d+): events #(\d+)-#(\d+)", line)
            imported = re.fullmatch(r"imported (\d+) events \(#(\d+)-#(\d+)\) from (.*)", line)
            if committed and batch:
                a, b, x, y = map(int, committed.groups())
                # Every batch but the last has exactly N lines, at the file's lines A..B.
                if b - a != y - x or x != first + a - 1 or not (b - a + 1 == batch or
                                                                 b == len(expected)):
                    raise Violation(f"import reported {line!r}: not a whole batch of {batch} "
                                    f"of lines 1-{len(expected)} from #{first}")
                claims += [(seq, line) for seq in range(x, y + 1)]
            elif imported and imported.group(4) == path:
                n, x, y = map(int, imported.groups()[:3])
                if (n, x, y) != (len(expected), first, first + len(expected) - 1):
                    raise Violation(f"import reported {line!r}, expected {len(expected)} events "
                                    f"from #{first}")
                claims += [(seq, "imported") for seq in range(x, y + 1)]
            else:
                raise Violation(f"import printed an unexpected line {line!r}")
        return claims

    def note_import_seconds(self, kind, seconds, lines):
        rate = max(seconds - self.single_seconds, 0.0) / lines
        old = self.seconds_per_line.get(kind)
        self.seconds_per_line[kind] = rate if old is None else 0.5 * old + 0.5 * rate

    # -- one iteration ---------------------------------------------------------------------

    def iterate(self):
        self.iteration += 1
        self.tally["iterations"] += 1
        first = len(self.log) + 1
        if self.iteration % 2:
            which = ("board", "assembly", "correct")[(self.iteration // 2) % 3]
            argv, expected, claims_of = self.single_writer(which, first)
            kind = "single"
            estimate = self.single_seconds
            batch = None
        else:
            kind = "batched" if self.iteration % 4 == 0 else "import"
            batch = self.rng.randint(100, 600) if kind == "batched" else None
            lines = self.rng.randint(2000, 2500)
            expected, path, lines = self.import_file(lines)
            argv = ["import", path, *(["--batch", str(batch)] if batch else []),
                    "--today", self.today().isoformat()]
            estimate = self.single_seconds + self.seconds_per_line[kind] * lines
            claims_of = lambda out: self.import_reports(out, path, batch, expected, first)

        delay = self.draw_delay(estimate)
        on_report = None
        if kind == "batched" and self.rng.random() < 0.3:
            # Killed the moment it reports the k-th batch committed: the kill lands right
            # after a commit, between two transactions or early in the next one.
            on_report = self.rng.randint(1, -(-len(expected) // batch))
            delay = 2 * estimate  # in case the report never comes
        started = time.monotonic()
        out, err, returncode = self.run_and_kill(argv, delay, on_report)
        # Only a process that died of the signal was hit while live; one that had exited by
        # itself was not, whatever poll() saw a moment before the kill.
        live = returncode == -signal.SIGKILL
        elapsed = time.monotonic() - started
        if not live and returncode != 0:
            raise Violation(f"{kind} writer {argv} exited {returncode} by itself: {err!r}")

        claims = claims_of(out)
        if not live and not claims:
            raise Violation(f"{kind} writer {argv} exited 0 but reported nothing: {out!r}")
        added = self.check_after_kill(kind, batch, expected, first)
        self.check_reports(claims, first, first + added - 1)
        if kind != "single" and not live:
            self.note_import_seconds(kind, elapsed, len(expected))
        elif kind != "single" and not on_report and delay > estimate and added < len(expected):
            # Still short of its end past the estimate: the rate was too low.
            self.note_import_seconds(kind, 1.1 * delay, len(expected))
        if self.verbose:
            when = f"on report {on_report}" if on_report else f"after {delay:.3f} s"
            print(f"#{self.iteration} {kind} {len(expected)} batch {batch}: kill {when} "
                  f"(estimate {estimate:.3f}), {'live' if live else 'exited'}, "
                  f"{added} added, {len(claims)} reported, log {len(self.log)}", flush=True)
        if live:
            self.tally["live"] += 1
            self.tally[kind] += 1
            state = ("none" if added == 0 else "all" if added == len(expected) else "some")
            state += ", reported" if claims else ""
            key = f"{kind}{' on report' if on_report else ''}: {state}"
            self.outcomes[key] = self.outcomes.get(key, 0) + 1
        else:
            self.tally["exited"] += 1
            self.exited[kind] = self.exited.get(kind, 0) + 1

    def run_and_kill(self, argv, delay, on_report=None):
        """Starts a writer, reads its stdout as it comes (an unbuffered pipe), and sends it
        SIGKILL after `delay` seconds, or once it has printed `on_report` lines. Returns its
        stdout, stderr and exit status (-SIGKILL when the kill hit it alive)."""
        writer = subprocess.Popen([self.cycle, "--db", self.db, *argv], env=self.env,
                                  cwd=self.work, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, bufsize=0)
        deadline = time.monotonic() + delay
        out = b""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (on_report and out.count(b"\n") >= on_report):
                break
            if not select.select([writer.stdout], [], [], remaining)[0]:
                continue
            chunk = os.read(writer.stdout.fileno(), 65536)
            if not chunk:
                # Its stdout closed: it is exiting. Kill at the drawn moment all the same.
                time.sleep(max(deadline - time.monotonic(), 0))
                break
            out += chunk
        if writer.poll() is None:
            writer.send_signal(signal.SIGKILL)
        # The writer is dead (or done): what it wrote to the pipes before is all there is.
        rest, err = writer.communicate()
        return (out + rest).decode("utf-8"), err.decode("utf-8"), writer.returncode

    def draw_delay(self, estimate):
        """Seconds to wait before the kill: most inside the writer's run, some at its very
        start (before the transaction begins) and some around its end (commit and exit)."""
        phase = self.rng.random()
        if phase < 0.1:
            return self.rng.uniform(0, min(0.01, 0.1 * estimate))
        if phase < 0.85:
            return self.rng.uniform(0, estimate)
        # Mostly before the estimated end: a writer that finishes before its kill is not hit,
        # and an import that finishes adds thousands of events every later command reads.
        return self.rng.uniform(0.85 * estimate, 1.05 * estimate)

    # -- checks ----------------------------------------------------------------------------

    def check_after_kill(self, kind, batch, expected, first):
        """Verifies the database the kill left, checks that what the writer added is a whole
        prefix of `expected`, and has a later writer open a case. Returns how many it added."""
        args = ["verify"] + (["--checkpoint", self.checkpoint] if self.checkpoint else [])
        done = self.run(*args)
        extends = (f"; it extends the checkpoint of {len(self.log)} events unchanged"
                   if self.checkpoint else "")
        found = re.fullmatch(r"case log intact: (\d+) events, head ([0-9a-f]{64})%s\n"
                             % re.escape(extends), done.stdout)
        if done.returncode != 0 or not found:
            raise Violation(f"verify after the kill: exit {done.returncode}, {done.stdout!r} "
                            f"{done.stderr!r}")
        added = int(found.group(1)) - len(self.log)
        if kind == "single":
            allowed = {0, 1}
        elif batch is None:
            allowed = {0, len(expected)}  # one transaction: all or nothing
        else:
            allowed = set(range(0, len(expected), batch)) | {len(expected)}  # whole batches
        if added not in allowed:
            raise Violation(f"{kind} writer left {added} of its {len(expected)} events "
                            f"(batch {batch}): a partial transaction")
        probe = self.later_writer(expected[:added])
        self.read_back(first, expected[:added] + [probe])
        self.reported[len(self.log)] = (self.iteration, "the later writer's case open")
        return added

    def later_writer(self, before=()):
        """A writer after the kill must get the lock and the next number at once (within
        LOCK_PATIENCE, so that a stuck database fails instead of hanging): the one after
        self.log's and those of `before`, the events the killed writer left. Returns the event
        it must have appended."""
        body = self.rng.choice(CASE_BODIES)
        day = self.today()
        sequence = max([self.highest.get((body, day.year), 0)] +
                       [e["case"]["sequence"] for e in before
                        if e["kind"] == "case-opened" and e["case"]["body"] == body and
                        e["case"]["year"] == day.year]) + 1
        title = f"crash test iteration {self.iteration}: later writer"
        started = time.monotonic()
        out = self.run_ok("case", "open", "--body", body, "--title", title,
                          "--today", day.isoformat())
        elapsed = time.monotonic() - started
        old = self.single_seconds
        self.single_seconds = elapsed if old is None else 0.5 * old + 0.5 * elapsed
        if out != number_text(sequence, day.year) + "\n":
            raise Violation(f"the later writer printed {out!r}, expected "
                            f"{number_text(sequence, day.year)}")
        return self.case_event(body, day, sequence, title)

    def read_back(self, first, expected):
        """Reads the events from #first on (dated today: each iteration has its own day) and
        requires exactly `expected`, then takes them into self.log."""
        lines = self.run_ok("log", "--format", "json", "--from",
                            self.today().isoformat()).splitlines()
        new = [event for event in map(json.loads, lines) if event["seq"] >= first]
        got = [strip_link(event) for event in new]
        if got != expected:
            wrong = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b),
                         min(len(got), len(expected)))
            raise Violation(f"read back {len(got)} events from #{first}, expected "
                            f"{len(expected)}; #{first + wrong} is "
                            f"{got[wrong] if wrong < len(got) else 'missing'}, expected "
                            f"{expected[wrong] if wrong < len(expected) else 'nothing'}")
        for event in new:
            self.take(event)
        self.set_checkpoint()

    def take(self, event):
        """Appends one read-back event to self.log, checking its link and its case number."""
        seq = len(self.log) + 1
        prev = self.log[-1]["hash"] if self.log else "0" * 64
        if event["seq"] != seq or event["prev_hash"] != prev:
            raise Violation(f"#{seq}: read back as seq {event['seq']}, prev_hash "
                            f"{event['prev_hash']}, expected the link after #{seq - 1}")
        if event["kind"] == "case-opened":
            number = event["case"]
            key = (number["body"], number["year"])
            if number["sequence"] != self.highest.get(key, 0) + 1:
                raise Violation(f"#{seq} opened {number['number']} in the {key[0]}'s series, "
                                f"after {self.highest.get(key, 0)}: a gap or a duplicate")
            self.highest[key] = number["sequence"]
        self.log.append(event)

    def set_checkpoint(self):
        self.checkpoint = f"cycle-checkpoint/1 events={len(self.log)} head={self.log[-1]['hash']}"

    def check_reports(self, claims, first, last):
        """Every event claimed as committed is in the log at the claimed seq, as one of this
        writer's own (#first..#last, which read_back compared with what it was asked)."""
        for seq, what in claims:
            if not first <= seq <= last:
                raise Violation(f"reported {what!r}, but #{seq} is not among the events it "
                                f"left (#{first}..#{last})")
            self.reported[seq] = (self.iteration, what)

    def final_check(self):
        """The whole log exported once more: the same events, hash for hash, as read back
        iteration by iteration; every reported seq present; every series 1..n."""
        exported = [json.loads(line) for line in self.run_ok("export").splitlines()]
        if exported != self.log:
            wrong = next((i for i, (a, b) in enumerate(zip(exported, self.log)) if a != b),
                         min(len(exported), len(self.log)))
            raise Violation(f"export at the end differs from what was read back at #{wrong + 1}")
        series = {}
        for event in exported:
            if event["kind"] == "case-opened":
                number = event["case"]
                series.setdefault((number["body"], number["year"]), []).append(number["sequence"])
        for key, numbers in series.items():
            if numbers != list(range(1, len(numbers) + 1)):
                raise Violation(f"the {key[0]}'s series {key[1]} is not 1..{len(numbers)}")
        missing = [seq for seq in self.reported if seq > len(exported)]
        if missing:
            raise Violation(f"reported events missing at the end: {missing[:5]}")
        return sum(len(numbers) for numbers in series.values())


def number_text(sequence, year):
    return f"{sequence}/{year % 100:02d}" if 2000 <= year <= 2099 else f"{sequence}/{year}"


def complete_lines(out):
    """The lines a writer finished printing (a kill may cut the last one short)."""
    return out.split("\n")[:-1]


def strip_link(event):
    return {key: value for key, value in event.items()
            if key not in ("seq", "prev_hash", "hash")}


def main():
    args = parse_args()
    harness = Harness(args)
    print(f"seed {harness.seed} (rerun with --seed {harness.seed}); database {harness.db}",
          flush=True)
    started = time.monotonic()
    try:
        harness.set_up()
        # Most kills must hit a live writer, or the delays are not where the writes are and
        # the run proves little: give up once the misses could no longer be fewer than half.
        while harness.tally["live"] < harness.kills_wanted:
            if harness.tally["iterations"] >= 2 * harness.kills_wanted:
                raise Violation(f"only {harness.tally['live']} of "
                                f"{harness.tally['iterations']} kills hit a live writer")
            harness.iterate()
        series_cases = harness.final_check()
    except Exception as failure:  # a Violation, or anything the harness did not expect
        problem = str(failure) if isinstance(failure, Violation) else repr(failure)
        print(f"FAILED at iteration {harness.iteration} (seed {harness.seed}): {problem}")
        print(f"database kept in {harness.work}")
        return 1
    tally = harness.tally
    print(f"{tally['iterations']} iterations: {tally['live']} kills hit a live writer, "
          f"{tally['exited']} found it exited already "
          f"({', '.join(f'{n} {kind}' for kind, n in sorted(harness.exited.items()))})")
    for outcome, count in sorted(harness.outcomes.items()):
        print(f"  {outcome}: {count}")
    print(f"{len(harness.log)} events read back and checked, {series_cases} case-opened "
          f"numbers, {time.monotonic() - started:.0f} s")
    print(f"{tally['live']} kills of live writers ({tally['single']} single writes, "
          f"{tally['import']} imports, {tally['batched']} batched imports): verify passed after "
          f"every one, {len(harness.reported)} reported events all present, case numbers "
          "gapless")
    if not args.keep:
        shutil.rmtree(harness.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
