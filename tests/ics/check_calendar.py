#!/usr/bin/python3
"""Black-box: `cycle calendar --ics FILE [--year Y]` read back by an independent RFC 5545 parser.

The database is the shipped example (examples/osloregionen-2021.sh: contingent-set 2020-10-28,
draft-submitted 2020-11-20, budget-adopted 2021-02-05 for budget year 2021). Exports are parsed
with Debian's python3-icalendar (run with /usr/bin/python3; a missing module is a failure, not a
skip), and checked against the literal tables below, worked out by hand from
config/osloregionen.yaml (none of the 2021/2022 deadlines falls on a weekend or holiday, so none
moves):
  1. --today 2021-01-15 --year 2021: exactly 5 VEVENTs and 5 VTODOs, every UID, every window
     (all-day DTSTART, exclusive DTEND), every DUE as a DATE; recorded steps COMPLETED on their
     date with no VALARM; open steps NEEDS-ACTION with 4 VALARMs, TRIGGER;RELATED=END -30/-14/-7/-1
     days; no component with parse errors.
  2. The raw file: CRLF after every line, no line over 75 octets, our own unfolding gives the
     content lines icalendar sees, TEXT values unescape to the exact text, DTSTAMP is the start of
     --today in Europe/Oslo as UTC (20210114T230000Z in winter, 20210920T220000Z in summer).
  3. Full-range exports on 2021-01-15 and 2021-03-01 have the same UIDs; the later one has
     budget-adopted 2021 COMPLETED 2021-02-05 under the same UID, and nothing else changed.
  4. After recording status-report 2021 on 2021-09-20 (on a copy of the database), the export
     on 2021-09-21 has that VTODO COMPLETED 2021-09-20 without alarms, same components otherwise.
     Completed VTODOs carry SEQUENCE 1, open ones 0.
  5. Budget year 2025 of a fresh registration: the deadlines that fall on a weekend are DUE on
     the Monday after, with the move in DESCRIPTION; 31 Dec 2024 is not moved.
  6. The example's board meeting of 2021-02-05 (scheduled on 2021-01-15, held that day): an
     all-day VEVENT (DTEND 2021-02-06) CONFIRMED with SEQUENCE 0 while scheduled and 1 once
     held, and a VTODO DUE 2021-01-22 (14 days before, a Friday) for its notice, NEEDS-ACTION
     with the 4 alarms while scheduled, COMPLETED without alarms once held.
  7. --ics into a missing directory: exit 2, one stderr line "cycle: --ics: cannot write ...",
     and no file (nor temporary file) left behind.

usage: /usr/bin/python3 check_calendar.py PATH/TO/cycle REPOSITORY-ROOT
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import icalendar
    from icalendar.parser import Contentlines
except ImportError as error:
    sys.exit(
        f"FAIL: cannot import icalendar with {sys.executable} ({error}).\n"
        "Install Debian's python3-icalendar (apt-get install python3-icalendar) and run this "
        "test with /usr/bin/python3."
    )

D = datetime.date
UTC = datetime.timezone.utc
ORG_NAME = "Osloregionen interkommunalt politisk råd"
STEPS = ("contingent-set", "draft-submitted", "budget-adopted", "status-report",
         "accounts-approved")
LEAD_DAYS = (30, 14, 7, 1)  # reminders.lead-days in config/osloregionen.yaml

# (budget year, step) -> (window from, window to (inclusive), deadline), by hand from the config.
# Weekdays: 2020-06-30 Tue, 2020-11-30 Mon, 2021-09-30 Thu, 2022-06-30 Thu, 2021-06-30 Wed,
# 2021-11-30 Tue, 2022-09-30 Fri, 2023-06-30 Fri: no shifts. budget-adopted is never moved.
EXPECTED = {
    (2021, "contingent-set"): (D(2020, 4, 1), D(2020, 6, 30), D(2020, 6, 30)),
    (2021, "draft-submitted"): (D(2020, 9, 1), D(2020, 11, 30), D(2020, 11, 30)),
    (2021, "budget-adopted"): (D(2020, 11, 1), D(2020, 12, 31), D(2020, 12, 31)),
    (2021, "status-report"): (D(2021, 7, 1), D(2021, 9, 30), D(2021, 9, 30)),
    (2021, "accounts-approved"): (D(2022, 4, 1), D(2022, 6, 30), D(2022, 6, 30)),
    (2022, "contingent-set"): (D(2021, 4, 1), D(2021, 6, 30), D(2021, 6, 30)),
    (2022, "draft-submitted"): (D(2021, 9, 1), D(2021, 11, 30), D(2021, 11, 30)),
    (2022, "budget-adopted"): (D(2021, 11, 1), D(2021, 12, 31), D(2021, 12, 31)),
    (2022, "status-report"): (D(2022, 7, 1), D(2022, 9, 30), D(2022, 9, 30)),
    (2022, "accounts-approved"): (D(2023, 4, 1), D(2023, 6, 30), D(2023, 6, 30)),
}
# DTEND of an all-day VEVENT is exclusive: the day after the window closes.
EXPECTED_DTEND = {
    (2021, "contingent-set"): D(2020, 7, 1),
    (2021, "draft-submitted"): D(2020, 12, 1),
    (2021, "budget-adopted"): D(2021, 1, 1),
    (2021, "status-report"): D(2021, 10, 1),
    (2021, "accounts-approved"): D(2022, 7, 1),
    (2022, "contingent-set"): D(2021, 7, 1),
    (2022, "draft-submitted"): D(2021, 12, 1),
    (2022, "budget-adopted"): D(2022, 1, 1),
    (2022, "status-report"): D(2022, 10, 1),
    (2022, "accounts-approved"): D(2023, 7, 1),
}
# What the example has recorded by each --today: (budget year, step) -> date.
RECORDED_BY_2021_01_15 = {
    (2021, "contingent-set"): D(2020, 10, 28),
    (2021, "draft-submitted"): D(2020, 11, 20),
}
RECORDED_BY_2021_03_01 = {**RECORDED_BY_2021_01_15, (2021, "budget-adopted"): D(2021, 2, 5)}
RECORDED_WITH_STATUS_REPORT = {**RECORDED_BY_2021_03_01, (2021, "status-report"): D(2021, 9, 20)}

MEETING_UID = "osloregionen-meeting-board-20210205@cycle"
NOTICE_UID = "osloregionen-meeting-board-20210205-notice@cycle"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def uid(year, step, kind):
    return f"osloregionen-{year}-{step}-{kind}@cycle"


def is_date_only(value):
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


# ---------------------------------------------------------------------------- running cycle

class Cycle:
    def __init__(self, binary, root, folder):
        self.binary = binary
        self.root = root
        self.folder = folder
        self.env = dict(os.environ, USER="ics-test", CYCLE_RECORDED_AT="2021-02-05T12:00:00Z")  # as the example script
        self.env.pop("CYCLE_DB", None)

    def run(self, db, *args):
        return subprocess.run([self.binary, "--db", db, *args], capture_output=True,
                              env=self.env)

    def must(self, db, *args):
        done = self.run(db, *args)
        if done.returncode != 0:
            sys.exit(f"FAIL: cycle {' '.join(args)} exited {done.returncode}:\n"
                     + done.stderr.decode(errors="replace"))
        return done

    def example_database(self):
        db = os.path.join(self.folder, "example.db")
        env = dict(self.env)
        env.pop("CYCLE_RECORDED_AT")  # the example script fixes its own
        done = subprocess.run(["bash", os.path.join(self.root, "examples", "osloregionen-2021.sh"),
                               self.binary, db], capture_output=True, env=env)
        if done.returncode != 0:
            sys.exit("FAIL: examples/osloregionen-2021.sh failed:\n"
                     + done.stderr.decode(errors="replace"))
        return db

    def export(self, db, name, today, year=None):
        """Runs the export and returns the file's raw bytes."""
        path = os.path.join(self.folder, name)
        args = ["--today", today, "calendar", "--ics", path]
        if year is not None:
            args += ["--year", str(year)]
        self.must(db, *args)
        with open(path, "rb") as ics:
            return ics.read()


# ---------------------------------------------------------------------------- parsed checks

def parse(raw, label):
    calendar = icalendar.Calendar.from_ical(raw)
    for component in calendar.walk():
        check(not component.errors,
              f"{label}: icalendar reports errors in {component.name}: {component.errors}")
    return calendar


def by_uid(calendar, name):
    return {str(component["UID"]): component for component in calendar.walk(name)}


def check_window(label, event, key):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    check(is_date_only(start) and start == EXPECTED[key][0],
          f"{label}: DTSTART {start!r}, expected the date {EXPECTED[key][0]}")
    check(is_date_only(end) and end == EXPECTED_DTEND[key],
          f"{label}: DTEND {end!r}, expected the date {EXPECTED_DTEND[key]}")


def check_completed(label, todo, on):
    check(str(todo.get("STATUS")) == "COMPLETED", f"{label}: STATUS {todo.get('STATUS')}, "
          f"expected COMPLETED (recorded {on})")
    # A client keeps the copy with the higher SEQUENCE: completed (1) beats open (0).
    check(todo.decoded("SEQUENCE", None) == 1,
          f"{label}: SEQUENCE {todo.get('SEQUENCE')!r}, expected 1 once completed")
    completed = todo.decoded("COMPLETED", None)
    noon = datetime.datetime(on.year, on.month, on.day, 12, 0, tzinfo=UTC)
    check(completed == noon, f"{label}: COMPLETED {completed!r}, expected {noon}")
    check(todo.decoded("PERCENT-COMPLETE", None) == 100,
          f"{label}: PERCENT-COMPLETE {todo.get('PERCENT-COMPLETE')}, expected 100")
    check(not todo.walk("VALARM"), f"{label}: a completed VTODO has VALARMs")


def check_open(label, todo):
    check(str(todo.get("STATUS")) == "NEEDS-ACTION",
          f"{label}: STATUS {todo.get('STATUS')}, expected NEEDS-ACTION")
    check("COMPLETED" not in todo, f"{label}: an open VTODO has COMPLETED")
    check(todo.decoded("SEQUENCE", None) == 0,
          f"{label}: SEQUENCE {todo.get('SEQUENCE')!r}, expected 0 while open")
    alarms = todo.walk("VALARM")
    triggers = [alarm.decoded("TRIGGER") for alarm in alarms]
    expected = [datetime.timedelta(days=-lead) for lead in LEAD_DAYS]
    check(triggers == expected, f"{label}: TRIGGERs {triggers}, expected {expected}")
    for alarm in alarms:
        check(alarm["TRIGGER"].params.get("RELATED") == "END",
              f"{label}: TRIGGER params {dict(alarm['TRIGGER'].params)}, expected RELATED=END")
        check(str(alarm.get("ACTION")) == "DISPLAY" and "DESCRIPTION" in alarm,
              f"{label}: a VALARM without ACTION:DISPLAY and DESCRIPTION")


def check_deadline(label, todo, key, recorded):
    due = todo.decoded("DUE")
    check(is_date_only(due) and due == EXPECTED[key][2],
          f"{label}: DUE {due!r}, expected the date {EXPECTED[key][2]}")
    check(todo["DUE"].params.get("VALUE") == "DATE", f"{label}: DUE without VALUE=DATE")
    if key in recorded:
        check_completed(label, todo, recorded[key])
    else:
        check_open(label, todo)


def check_meeting(label, events, todos, held):
    """The example's board meeting and the VTODO for its notice."""
    event, notice = events.get(MEETING_UID), todos.get(NOTICE_UID)
    if not check(event is not None and notice is not None, f"{label}: no meeting or no notice"):
        return
    check(event.decoded("DTSTART") == D(2021, 2, 5) and event.decoded("DTEND") == D(2021, 2, 6),
          f"{label}: meeting DTSTART {event.decoded('DTSTART')!r} DTEND "
          f"{event.decoded('DTEND')!r}, expected the dates 2021-02-05 and 2021-02-06")
    check(str(event.get("STATUS")) == "CONFIRMED", f"{label}: meeting STATUS {event.get('STATUS')}")
    check(event.decoded("SEQUENCE") == (1 if held else 0),
          f"{label}: meeting SEQUENCE {event.get('SEQUENCE')!r}, expected {1 if held else 0}")
    check(str(event["SUMMARY"]) == "Meeting: Styret (board) - " + ORG_NAME,
          f"{label}: meeting SUMMARY {str(event['SUMMARY'])!r}")
    lines = str(event["DESCRIPTION"]).splitlines()
    expected = ["Styret (board) meets on 2021-02-05", "Planned: budget-adopted 2021"] + \
        (["Held"] if held else []) + ["Notice by Fri 22 Jan 2021"]
    check(lines == expected, f"{label}: meeting DESCRIPTION lines {lines}, expected {expected}")
    check(notice.decoded("DUE") == D(2021, 1, 22) and notice["DUE"].params.get("VALUE") == "DATE",
          f"{label}: notice DUE {notice.decoded('DUE')!r}, expected the date 2021-01-22")
    if held:
        check(str(notice.get("STATUS")) == "COMPLETED" and notice.decoded("SEQUENCE") == 1,
              f"{label}: notice STATUS {notice.get('STATUS')} SEQUENCE {notice.get('SEQUENCE')}, "
              "expected COMPLETED and 1 once the meeting is held")
        check(not notice.walk("VALARM"), f"{label}: the completed notice has VALARMs")
    else:
        check_open(f"{label} notice", notice)


def check_export(calendar, label, years, recorded, meeting_held):
    """Every component of an export covering `years`, against the tables."""
    check(str(calendar.get("VERSION")) == "2.0", f"{label}: VERSION {calendar.get('VERSION')}")
    check("PRODID" in calendar, f"{label}: no PRODID")
    check(str(calendar.get("X-WR-CALNAME")) == ORG_NAME,
          f"{label}: X-WR-CALNAME {calendar.get('X-WR-CALNAME')!r}")
    events = by_uid(calendar, "VEVENT")
    todos = by_uid(calendar, "VTODO")
    check_meeting(label, events, todos, meeting_held)
    events.pop(MEETING_UID, None)
    todos.pop(NOTICE_UID, None)
    count = 5 * len(years) + 1  # and the meeting, with its notice
    check(len(calendar.walk("VEVENT")) == count and len(calendar.walk("VTODO")) == count,
          f"{label}: {len(calendar.walk('VEVENT'))} VEVENTs and {len(calendar.walk('VTODO'))} "
          f"VTODOs, expected {count} of each")
    keys = [(year, step) for year in years for step in STEPS]
    expected_events = {uid(year, step, "window") for year, step in keys}
    expected_todos = {uid(year, step, "deadline") for year, step in keys}
    check(set(events) == expected_events,
          f"{label}: VEVENT UIDs differ: {sorted(set(events) ^ expected_events)}")
    check(set(todos) == expected_todos,
          f"{label}: VTODO UIDs differ: {sorted(set(todos) ^ expected_todos)}")
    for year, step in keys:
        event = events.get(uid(year, step, "window"))
        if check(event is not None, f"{label}: no window VEVENT for {year} {step}"):
            check_window(f"{label} VEVENT {year} {step}", event, (year, step))
        todo = todos.get(uid(year, step, "deadline"))
        if check(todo is not None, f"{label}: no deadline VTODO for {year} {step}"):
            check_deadline(f"{label} VTODO {year} {step}", todo, (year, step), recorded)


def all_uids(calendar):
    return sorted(str(component["UID"]) for component in calendar.walk()
                  if "UID" in component)


# ---------------------------------------------------------------------------- raw checks

def check_raw(raw, calendar, label, dtstamp):
    text = raw.decode("utf-8")
    check(text.endswith("\r\n"), f"{label}: the file does not end with CRLF")
    physical = text.split("\r\n")[:-1]
    for number, line in enumerate(physical, 1):
        check("\n" not in line and "\r" not in line,
              f"{label}: line {number} has a bare LF or CR: {line!r}")
        check(len(line.encode("utf-8")) <= 75,
              f"{label}: line {number} is {len(line.encode('utf-8'))} octets: {line!r}")
    # Our own unfolding (RFC 5545 3.1): drop every CRLF followed by one space or tab.
    ours = re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]
    theirs = [str(line) for line in Contentlines.from_ical(text) if line]
    check(ours == theirs, f"{label}: unfolded content lines differ from icalendar's")
    stamps = [line for line in ours if line.startswith("DTSTAMP")]
    check(len(stamps) == len(calendar.walk("VEVENT")) + len(calendar.walk("VTODO")),
          f"{label}: {len(stamps)} DTSTAMPs, expected one per VEVENT and VTODO")
    check(all(line == "DTSTAMP:" + dtstamp for line in stamps),
          f"{label}: DTSTAMPs {sorted(set(stamps))}, expected DTSTAMP:{dtstamp}")
    escaped = r"DESCRIPTION:Representantskapet (assembly)\, 2020-04-01 to 2020-06-30"
    check(escaped in ours, f"{label}: no content line {escaped!r} (TEXT comma not escaped?)")
    # TEXT values survive folding (inside "råd") and escaping (the comma) exactly.
    events = by_uid(calendar, "VEVENT")
    first = events.get(uid(2021, "contingent-set", "window"))
    if first is not None:
        summary = "Window: contingent-set for 2021 - Osloregionen interkommunalt politisk råd"
        check(str(first["SUMMARY"]) == summary, f"{label}: SUMMARY {str(first['SUMMARY'])!r}")
        description = "Representantskapet (assembly), 2020-04-01 to 2020-06-30"
        check(str(first["DESCRIPTION"]) == description,
              f"{label}: DESCRIPTION {str(first['DESCRIPTION'])!r}")


# ---------------------------------------------------------------------------- the scenarios

def year_2021_on_2021_01_15(cycle, db):
    raw = cycle.export(db, "2021-only.ics", "2021-01-15", year=2021)
    calendar = parse(raw, "2021-01-15 --year 2021")
    check_export(calendar, "2021-01-15 --year 2021", [2021], RECORDED_BY_2021_01_15, False)
    check_raw(raw, calendar, "2021-01-15 --year 2021", "20210114T230000Z")


def before_and_after_adoption(cycle, db):
    before = parse(cycle.export(db, "before.ics", "2021-01-15"), "2021-01-15")
    raw_after = cycle.export(db, "after.ics", "2021-03-01")
    after = parse(raw_after, "2021-03-01")
    check_export(before, "2021-01-15", [2021, 2022], RECORDED_BY_2021_01_15, False)
    check_export(after, "2021-03-01", [2021, 2022], RECORDED_BY_2021_03_01, True)
    check_raw(raw_after, after, "2021-03-01", "20210228T230000Z")
    check(all_uids(before) == all_uids(after),
          "2021-01-15 and 2021-03-01 exports have different UIDs")


def after_status_report(cycle, db):
    copy = os.path.join(cycle.folder, "status-report.db")
    shutil.copyfile(db, copy)
    cycle.must(copy, "--today", "2021-09-20", "record", "status-report", "--year", "2021",
               "--date", "2021-09-20")
    unrecorded = parse(cycle.export(db, "unrecorded.ics", "2021-09-21"), "2021-09-21 original")
    raw = cycle.export(copy, "recorded.ics", "2021-09-21")
    recorded = parse(raw, "2021-09-21 with status-report")
    check_export(unrecorded, "2021-09-21 original", [2021, 2022], RECORDED_BY_2021_03_01, True)
    check_export(recorded, "2021-09-21 with status-report", [2021, 2022],
                 RECORDED_WITH_STATUS_REPORT, True)
    check_raw(raw, recorded, "2021-09-21 with status-report", "20210920T220000Z")
    check(all_uids(unrecorded) == all_uids(recorded),
          "recording status-report changed the UIDs")
    check(len(recorded.subcomponents) == len(unrecorded.subcomponents) == 22,
          f"recording status-report: {len(unrecorded.subcomponents)} VEVENTs/VTODOs before, "
          f"{len(recorded.subcomponents)} after, expected 22 both times")
    # The only VALARMs gone are the status-report's four.
    check(len(unrecorded.walk("VALARM")) - len(recorded.walk("VALARM")) == 4,
          f"recording status-report: {len(unrecorded.walk('VALARM'))} VALARMs before, "
          f"{len(recorded.walk('VALARM'))} after, expected 4 fewer")


def unwritable_path(cycle, db):
    for path in ("/nonexistent-dir/x.ics", os.path.join(cycle.folder, "no-such-dir", "x.ics")):
        done = cycle.run(db, "--today", "2021-01-15", "calendar", "--ics", path)
        stderr = done.stderr.decode(errors="replace")
        check(done.returncode == 2, f"--ics {path}: exit {done.returncode}, expected 2")
        lines = stderr.splitlines()
        check(len(lines) == 1 and lines[0].startswith("cycle: --ics: cannot write"),
              f"--ics {path}: stderr {stderr!r}, expected one line 'cycle: --ics: cannot write'")
        check(done.stdout == b"", f"--ics {path}: wrote to stdout: {done.stdout!r}")
        for left in (path, path + ".cycle-tmp"):
            check(not os.path.lexists(left), f"--ics {path}: {left} was created")


def moved_deadlines(cycle, db):
    """Budget year 2025 of a fresh registration: 30 Jun and 30 Nov 2024 fall on a Sunday and a
    Saturday and move to Monday (domstolloven § 149); 31 Dec 2024 stays (shift: none)."""
    fresh = os.path.join(cycle.folder, "fresh.db")
    cycle.must(fresh, "--today", "2020-03-02", "init", "--config",
               os.path.join(cycle.root, "config", "osloregionen.yaml"))
    todos = by_uid(parse(cycle.export(fresh, "y2025.ics", "2024-06-01", 2025), "2025"), "VTODO")
    expected = {"contingent-set": (datetime.date(2024, 7, 1),
                                   "30 Jun 2024 is a Sunday \u2192 Mon 1 Jul 2024"),
                "draft-submitted": (datetime.date(2024, 12, 2),
                                    "30 Nov 2024 is a Saturday \u2192 Mon 2 Dec 2024"),
                "budget-adopted": (datetime.date(2024, 12, 31), None)}
    for step, (due, note) in expected.items():
        todo = todos.get(uid(2025, step, "deadline"))
        check(todo is not None, f"2025 {step}: no VTODO")
        if todo is None:
            continue
        check(todo.decoded("DUE") == due, f"2025 {step}: DUE {todo.decoded('DUE')}, expected {due}")
        description = str(todo.get("DESCRIPTION"))
        if note:
            check(note in description.splitlines(),
                  f"2025 {step}: DESCRIPTION {description!r} lacks the line {note!r}")
        else:
            check("\u2192" not in description, f"2025 {step}: DESCRIPTION {description!r} moves")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    print(f"icalendar {icalendar.__version__} ({icalendar.__file__})")
    with tempfile.TemporaryDirectory(prefix="cycle-ics-") as folder:
        cycle = Cycle(binary, root, folder)
        db = cycle.example_database()
        for scenario in (year_2021_on_2021_01_15, before_and_after_adoption,
                         after_status_report, moved_deadlines, unwritable_path):
            before = len(failures)
            scenario(cycle, db)
            print(f"{'ok' if len(failures) == before else 'FAIL'}: {scenario.__name__}")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
