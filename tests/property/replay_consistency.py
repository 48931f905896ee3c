#!/usr/bin/env python3
"""Property: whatever `cycle record` and `cycle init` accept, every later command can replay.

Runs random but seeded sequences of commands against the built `cycle` (config changes with
back-dated and future effective dates, steps early, late, overridden, with case numbers and
under mandates, strategy adoptions, cases opened, mandates granted (some in force from before
their decision, which must be refused) and revoked, corrections, meetings scheduled (with
steps planned), cancelled and held, duties reported at them) and checks that
  - no command fails with exit 4 (storage: a log that cannot be replayed),
  - `status` succeeds on every event's date, the days around it, and every week of 2019-2024,
  - `mandate list`, `meeting list` and `remind` succeed (exit 0 or 1) on every event's date,
  - `log` in every format, `calendar` and `verify` succeed;
  - `export` then `import` into an empty database accepts every event (each judged again like
    a recording command) and rebuilds the same log, byte for byte.
The sequences are synthetic test data, not the council's.

usage: replay_consistency.py PATH/TO/cycle REPOSITORY-ROOT [FIRST-SEED COUNT]
"""
import datetime
import os
import random
import subprocess
import sys
import tempfile

D = datetime.date
DAY = datetime.timedelta(days=1)
# (year offset, month) where each step's window opens in the shipped config.
WINDOW_OPENS = {
    "contingent-set": (-1, 4),
    "draft-submitted": (-1, 9),
    "budget-adopted": (-1, 11),
    "status-report": (0, 7),
    "accounts-approved": (1, 4),
}


def configs(root, folder):
    """The shipped config and two variants with other contingent deadlines."""
    shipped = open(os.path.join(root, "config", "osloregionen.yaml"), encoding="utf-8").read()
    paths = []
    for name, deadline in (("june", "Y-1-06-30"), ("august", "Y-1-08-31"), ("may", "Y-1-05-31")):
        path = os.path.join(folder, name + ".yaml")
        with open(path, "w", encoding="utf-8") as out:
            out.write(shipped.replace("deadline: end-of-window", "deadline: " + deadline, 1))
        paths.append(path)
    return paths


def run_sequence(cycle, config_paths, folder, seed):
    """Returns a list of failures (empty when the property holds)."""
    rng = random.Random(seed)
    db = os.path.join(folder, f"seed{seed}.db")
    env = dict(os.environ, CYCLE_RECORDED_AT="2021-02-05T12:00:00Z", USER="property")
    transcript = []

    def cycle_run(*args):
        done = subprocess.run([cycle, "--db", db, *args], capture_output=True, text=True, env=env)
        transcript.append(f"[{done.returncode}] cycle {' '.join(args)} {done.stderr.strip()}")
        return done.returncode

    cycle_run("init", "--config", config_paths[0], "--today", "2019-01-15")
    actions = []
    for year in (2020, 2021, 2022, 2023):
        for step, (offset, month) in WINDOW_OPENS.items():
            actions.append((D(year + offset, month, 1) + rng.randint(-60, 150) * DAY, step, year))
    for _ in range(rng.randint(1, 4)):
        actions.append((D(2019, 2, 1) + rng.randint(0, 1500) * DAY, "init", None))
    for _ in range(rng.randint(0, 3)):
        actions.append((D(2019, 6, 1) + rng.randint(0, 1500) * DAY, "strategy-adopted", None))
    # Cases, mandates and corrections: records for the auditor that replay must accept too.
    for kind, count in (("case-open", 4), ("mandate-grant", 3), ("mandate-revoke", 2),
                        ("correct", 2), ("meeting-schedule", 6), ("meeting-cancel", 3),
                        ("meeting-held", 4), ("duty-report", 3)):
        for _ in range(rng.randint(0, count)):
            actions.append((D(2019, 3, 1) + rng.randint(0, 1500) * DAY, kind, None))
    actions.sort(key=lambda action: action[0] + rng.randint(-40, 40) * DAY)

    dates = set()
    mandates = []
    meetings = []  # (body, day) scheduled or held
    for date, step, year in actions:
        dates.add(date)
        today = str(date + rng.choice([0, 0, 3]) * DAY)
        if step == "case-open":
            code = cycle_run("case", "open", "--body", rng.choice(["board", "assembly"]),
                             "--title", "synthetic", "--date", str(date), "--today", today)
        elif step == "mandate-grant":
            case = f"{rng.randint(50, 60)}/{date.year % 100:02d}"
            args = ["mandate", "grant", "--case", case, "--by", "board", "--to", "secretariat",
                    "--scope", "synthetic", "--date", str(date), "--today", today,
                    "--from", str(date + rng.choice([-5, 0, 0, 10]) * DAY)]
            if rng.random() < 0.5:
                args += ["--until", str(date + rng.randint(-10, 400) * DAY)]
            code = cycle_run(*args)
            if code == 0:
                mandates.append(case)
        elif step == "mandate-revoke":
            if not mandates:
                continue
            code = cycle_run("mandate", "revoke", "--case", rng.choice(mandates), "--by-case",
                             f"{rng.randint(61, 70)}/{date.year % 100:02d}", "--date", str(date),
                             "--today", today)
        elif step == "meeting-schedule":
            body = rng.choice(["board", "assembly"])
            meeting = date + rng.randint(-5, 60) * DAY
            args = ["meeting", "schedule", "--body", body, "--date", str(meeting),
                    "--today", today]
            if rng.random() < 0.5:
                # A step of the body (mostly), of the budget year whose window it falls in.
                plan = rng.choice({"board": ["budget-adopted", "status-report", "draft-submitted"],
                                   "assembly": ["contingent-set", "accounts-approved"]}[body])
                offset = WINDOW_OPENS[plan][0]
                args += ["--plan", plan, "--year", str(meeting.year - offset)]
            code = cycle_run(*args)
            if code == 0:
                meetings.append((body, meeting))
        elif step == "meeting-cancel":
            if not meetings:
                continue
            body, meeting = rng.choice(meetings)
            code = cycle_run("meeting", "cancel", "--body", body, "--date", str(meeting),
                             "--today", str(max(date, meeting - 3 * DAY)))
        elif step == "meeting-held":
            body, meeting = rng.choice(meetings) if meetings and rng.random() < 0.8 else (
                rng.choice(["board", "assembly"]), date)
            args = ["meeting", "held", "--body", body, "--date", str(meeting),
                    "--today", str(max(meeting, date))]
            if rng.random() < 0.4:
                args += ["--case", f"{rng.randint(1, 9)}/{meeting.year % 100:02d}"]
            code = cycle_run(*args)
            if code == 0:
                meetings.append((body, meeting))
        elif step == "duty-report":
            boards = [meeting for body, meeting in meetings if body == "board"]
            if boards and rng.random() < 0.8:
                meeting = rng.choice(boards)
                code = cycle_run("duty", "report", "board-briefing", "--meeting", str(meeting),
                                 "--today", str(max(meeting, date)))
            else:
                code = cycle_run("duty", "report", "strategic-guidelines", "--date", str(date),
                                 "--today", today)
        elif step == "correct":
            code = cycle_run("correct", str(rng.randint(1, 12)), "--reason", "synthetic",
                             "--today", today)
        elif step == "init":
            code = cycle_run("init", "--config", rng.choice(config_paths), "--today", str(date))
        else:
            args = ["record", step, "--date", str(date),
                    "--today", str(date + rng.choice([0, 0, 3, 90]) * DAY)]
            if step == "contingent-set":
                args += ["--rate", "2.70"]
            if step == "strategy-adopted":
                first = date.year + 1
                args += ["--period", f"{first}-{first + rng.choice([1, 3, 3, 5])}"]
            elif rng.random() < 0.7:
                args += ["--year", str(year)]
            if rng.random() < 0.8:
                args += ["--reason", "late (synthetic)"]
            if rng.random() < 0.3:
                args += ["--override", "synthetic override"]
            if rng.random() < 0.2:
                args += ["--case", f"{rng.randint(1, 9)}/{date.year % 100:02d}"]
            if mandates and rng.random() < 0.3:
                args += ["--under-mandate", rng.choice(mandates)]
            code = cycle_run(*args)
        if code not in (0, 2, 3):
            return [f"seed {seed}: exit {code}"] + transcript

    days = {d + k * DAY for d in dates for k in (-1, 0, 1)}
    days |= {D(2019, 1, 7) + 7 * k * DAY for k in range(313)}
    for day in sorted(days):
        if day.year < 1900 or day.year > 2199:
            continue
        if cycle_run("status", "--today", str(day)) != 0:
            return [f"seed {seed}: status on {day} failed"] + transcript[-40:]
        if day in dates:
            if cycle_run("mandate", "list", "--at", str(day)) != 0:
                return [f"seed {seed}: mandate list on {day} failed"] + transcript[-40:]
            if cycle_run("meeting", "list", "--today", str(day)) != 0:
                return [f"seed {seed}: meeting list on {day} failed"] + transcript[-40:]
            if cycle_run("remind", "--today", str(day)) not in (0, 1):
                return [f"seed {seed}: remind on {day} failed"] + transcript[-40:]
    for fmt in ("text", "json", "csv"):
        if cycle_run("log", "--format", fmt) != 0:
            return [f"seed {seed}: log --format {fmt} failed"] + transcript[-40:]
    if cycle_run("calendar", "--ics", os.path.join(folder, f"seed{seed}.ics")) != 0:
        return [f"seed {seed}: calendar failed"] + transcript[-40:]
    if cycle_run("verify") != 0:
        return [f"seed {seed}: verify failed"] + transcript[-40:]
    exported = subprocess.run([cycle, "--db", db, "export"], capture_output=True, env=env)
    copy = os.path.join(folder, f"seed{seed}-imported.db")
    lines = os.path.join(folder, f"seed{seed}.jsonl")
    with open(lines, "wb") as out:
        out.write(exported.stdout)
    imported = subprocess.run([cycle, "--db", copy, "import", lines], capture_output=True,
                              text=True, env=env)
    if exported.returncode != 0 or imported.returncode != 0:
        return [f"seed {seed}: export/import failed: {imported.stderr.strip()}"] + transcript[-40:]
    again = subprocess.run([cycle, "--db", copy, "export"], capture_output=True, env=env)
    if again.stdout != exported.stdout:
        return [f"seed {seed}: the imported log differs from the exported one"]
    return []


def main():
    cycle, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        config_paths = configs(root, folder)
        for seed in range(first, first + count):
            failures = run_sequence(cycle, config_paths, folder, seed)
            if failures:
                failed += 1
                print("\n".join(failures))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
