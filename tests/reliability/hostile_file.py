#!/usr/bin/env python3
"""Reliability: a database file that cycle did not write the way cycle writes it - flipped bits,
a schema changed behind its back, stored rows over the import limits, time moved backwards, an
event no longer accepted as recorded - is never trusted, never crashes cycle, and is named in
exactly the documented words.

The source database is the 2021 example (examples/osloregionen-2021.sh) plus a few cases opened
with `cycle case open` in the board's, the secretariat's and the assembly's series (synthetic
test data, titles labelled EXAMPLE DATA), every event recorded at CYCLE_RECORDED_AT
2021-02-05T12:00:00Z. Every copy is a copy of the closed source file (cycle has removed its -wal).
Every run of cycle must end by exit(), never by a signal (exit code < 0 or >= 128 fails).

  a. bit flips: COUNT (150) seeded copies, each with 1-8 bits flipped at random byte offsets
     anywhere in the file. For each, `cycle verify` and Python's `PRAGMA integrity_check` (on a
     second copy; a file Python cannot open or read counts as damaged). Asserted: verify exits
     0, 1 or 4; exit 0 prints exactly `case log intact: N events, head HASH` with the source's N
     and head, and nothing on stderr; exit 1 prints nothing on stderr and lines of the documented
     forms only, in the documented order (`case log unprotected: ...`, `database schema altered:
     ...`, then at most one of `database file damaged: ...; the chain was not read` and `case log
     broken at #K: ...`); exit 4 prints nothing on stdout and one line `cycle: ...` on stderr;
     and whenever integrity_check is not 'ok', verify does NOT exit 0. Counts are printed.
  b. schema variants: for each variant in VARIANTS (an extra index, a trigger that swallows
     inserts, a view, ANALYZE's sqlite_stat1, a dropped index, user_version 2, an index dropped
     and created on other columns, a trigger dropped together with an extra index) `cycle verify`
     must exit 1 and print exactly the variant's lines; every reader in READERS and every writer
     in WRITERS must exit 4, print nothing on stdout and exactly one stderr line
     `cycle: --db "hostile.db": WHAT, so it is not the database cycle made; nothing was read; run
     cycle verify` (`nothing was written` for writers), WHAT being the first difference, and
     leave hostile.db, hostile.db-wal and hostile.db-shm byte for byte as they were (SHA-256,
     "absent" a value too). For `index-restored` (case_log_by_org rebuilt on (kind, seq) through
     writable_schema + REINDEX, then its sqlite_master text put back) verify prints exactly
     `database file damaged: row 1 missing from index case_log_by_org; the chain was not read`,
     writers refuse with `cycle: --db "hostile.db" is damaged (row 1 missing from index
     case_log_by_org); nothing was written; run cycle verify` and the files unchanged, and readers
     (which by design do not run the integrity check) are only required not to crash. As a
     control, every command runs first on an unchanged copy and must exit 0 (remind: 0 or 1).
  c. stored rows over the limits: a row chained correctly at N+1 (prev_hash = the head, hash by
     chain_hash) is INSERTed (the triggers allow it), once as a case-opened of board
     NEXT/21 (with its case_number row) and once as a duty-reported board-briefing, carrying one
     of LIMITS (300 000-deep and 65-deep nested details, built as text; ESC [2J in the title or
     note; U+009B; U+202E in a key; a newline in the actor; U+2066 and U+061C in the reason;
     details over 8 MiB: "it takes SIZE bytes", SIZE the sum of its text columns' UTF-8
     lengths, as storage/case_log.cpp counts). verify exits 1 and prints exactly `case log
     broken at #N+1: PROBLEM`; log and export (and case show NEXT/21 --body board for the
     case-opened row, status for the duty-reported row) exit 4 with exactly `cycle: case log
     #N+1 cannot be read (PROBLEM); run cycle verify`, with nothing on stdout but for export,
     which streams: exactly the source's N events, as `cycle export` writes them from the
     source; status does not read a case-opened row and exits 0. The boundary: details 64
     levels deep are accepted (verify intact at N+1).
  d. recorded_at backwards: recorded_at of row k set one second before row k-1's, and rows
     k..N rehashed consistently (triggers dropped and recreated from their own text): verify
     names #k, exactly `case log broken at #k: recorded_at A is before B, when #k-1 was
     recorded: the log's time moved backwards`, also when every later row moved back with it;
     row k moved one second forward instead names #k+1.
  e. replay: in a copy of the bare 2021 example, the late budget-adopted event (irregular 1 with
     a reason) is rewritten to irregular 0, reason '' and no details.late_reason, and it and
     every later row rehashed (triggers recreated): plain `verify` exits 0 with the rewritten
     head; `verify --replay --today 2021-12-31` exits 1 with exactly REPLAY_REFUSAL; the
     unchanged example passes `verify --replay --today 2021-12-31` with `...; every event
     judged again as recorded`.
  f. details of the wrong shape for their kind, in rows chained correctly at N+1: a meeting
     scheduled without its day (`status` exit 4 naming #N+1 and the missing key; `verify
     --replay` naming it), and a config change whose digest is a number (`init` exit 4:
     `a stored event's details do not fit its kind (...); run cycle verify --replay`), never
     an "unexpected failure" with the JSON library's exception id.
  b. also: `checkpoint` of each schema variant exits 1 with the first of verify's lines, ending
     `; no checkpoint printed`; a dropped table gives no chain verdict.

Prints one line per failure and `hostile_file: N passed, M failed` (one check = one file or one
command run and everything asserted of it). Exit 1 on any failure.

usage: hostile_file.py PATH/TO/cycle REPOSITORY-ROOT [SEED [COUNT]]
"""
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree from the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tamper import (COLUMNS, GENESIS, TEXT_COLUMNS, TRIGGERS, chain_hash,  # noqa: E402
                    restore_index)

RECORDED_AT = "2021-02-05T12:00:00Z"
ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "CYCLE_RECORDED_AT": RECORDED_AT,
       "TZ": "UTC", "USER": "tester"}
DB = "hostile.db"  # every run is in the work folder, with --db hostile.db
SCHEMA = "database schema altered: the {} is not part of cycle's schema 3; " \
         "what commands read may differ from the log"
UNPROTECTED = re.compile(r"case log unprotected: the trigger .+ (is missing|has been altered); "
                         r"rows can be changed behind cycle's back")
ALTERED = re.compile(r"database schema altered: the .+ (is missing|has been altered|is not part "
                     r"of cycle's schema -?[0-9]+); what commands read may differ from the log")
VERDICT = re.compile(r"database file damaged: .+; the chain was not read|"
                     r"case log broken at #-?[0-9]+: .+")
INTACT = re.compile(r"case log intact: ([0-9]+) events, head ([0-9a-f]{64})")

# The command lines, with valid arguments (README's Commands); NEXT is the board's next case
# number, IMPORT a file holding the event that would come next.
READERS = [
    ["status", "--today", "2021-10-01"],
    ["log", "--today", "2021-10-01"],
    ["case", "show", "1/21", "--body", "board", "--today", "2021-10-01"],
    ["mandate", "list", "--today", "2021-10-01"],
    ["meeting", "list", "--today", "2021-10-01"],
    ["remind", "--today", "2021-10-01"],
    ["contingent", "--year", "2021", "--today", "2021-10-01"],
    ["calendar", "--ics", "-", "--today", "2021-10-01"],
    ["export", "--today", "2021-10-01"],
    ["report", "--html", "report-out", "--today", "2021-10-01"],
    ["wheel", "--year", "2021", "--svg", "wheel-out.svg", "--today", "2021-10-01"],
]
WRITERS = [
    ["record", "status-report", "--year", "2021", "--date", "2021-09-20", "--today", "2021-09-20"],
    ["case", "open", "--body", "board", "--title", "EXAMPLE DATA", "--today", "2021-03-01"],
    ["import", "IMPORT", "--today", "2021-10-01"],
    ["mandate", "grant", "--case", "1/21", "--by", "board", "--to", "secretariat", "--date",
     "2021-03-01", "--today", "2021-03-01", "--scope", "EXAMPLE DATA"],
    ["meeting", "schedule", "--body", "board", "--date", "2021-11-15", "--today", "2021-10-01"],
    ["remind", "--new", "--today", "2021-10-01"],
    ["init", "--config", "ROOT/config/osloregionen.yaml", "--today", "2020-03-02"],
]

REPLAY_REFUSAL = ("case log broken at #{seq}: judged again as an import into an empty database "
                  "would, it is not accepted as recorded: budget-adopted for 2021 refused: "
                  "2021-02-05 is 36 days after the deadline 2020-12-31; give the reason with "
                  "--reason TEXT")


class Checks:
    def __init__(self):
        self.passed, self.failed = 0, []

    def record(self, what, problems):
        if problems:
            self.failed.append(f"FAIL {what}: " + "; ".join(problems))
        else:
            self.passed += 1


def run(cycle, work, args, root=""):
    args = [a.replace("ROOT", root) for a in args]
    done = subprocess.run([cycle, "--db", DB, *args], cwd=work, capture_output=True, env=ENV)
    return (done.returncode, done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"))


def crashed(code):
    return code < 0 or code >= 128


def digests(work):
    """SHA-256 of the database and its -wal and -shm, "absent" for a missing file."""
    result = {}
    for suffix in ("", "-wal", "-shm"):
        path = os.path.join(work, DB + suffix)
        result[suffix] = (hashlib.sha256(open(path, "rb").read()).hexdigest()
                          if os.path.exists(path) else "absent")
    return result


def place(source, work):
    """The source copied to WORK/hostile.db, with no -wal or -shm beside it."""
    for suffix in ("-wal", "-shm"):
        if os.path.exists(os.path.join(work, DB + suffix)):
            os.remove(os.path.join(work, DB + suffix))
    shutil.copyfile(source, os.path.join(work, DB))
    return os.path.join(work, DB)


def insert(conn, row):
    conn.execute(f"INSERT INTO case_log ({', '.join(COLUMNS)}) VALUES "
                 f"({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])


def read_rows(path):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM case_log ORDER BY seq")]
    conn.close()
    return rows


# ---------------------------------------------------------------- the source databases

def build_sources(cycle, root, work):
    """example.db (the 2021 example), source.db (it plus synthetic cases) and IMPORT, a file
    holding the event that would come next in source.db."""
    def cycle_ok(db, *args):
        done = subprocess.run([cycle, "--db", db, *args], cwd=work, capture_output=True,
                              text=True, env=ENV)
        if done.returncode != 0:
            sys.exit(f"setup failed: cycle {' '.join(args)}: exit {done.returncode}: "
                     f"{done.stderr.strip()}")
        return done.stdout

    example = os.path.join(work, "example.db")
    subprocess.run(["bash", os.path.join(root, "examples", "osloregionen-2021.sh"), cycle,
                    example], check=True, env=ENV, capture_output=True)
    source = os.path.join(work, "source.db")
    shutil.copyfile(example, source)
    for day, body in ((1, "board"), (2, "board"), (3, "secretariat"), (4, "board"),
                      (5, "assembly"), (8, "secretariat")):
        cycle_ok(source, "case", "open", "--body", body, "--title",
                 f"EXAMPLE DATA: synthetic case of 2021-03-0{day}", "--date", f"2021-03-0{day}",
                 "--today", f"2021-03-0{day}")
    scratch = os.path.join(work, "scratch.db")
    shutil.copyfile(source, scratch)
    cycle_ok(scratch, "case", "open", "--body", "board", "--title", "EXAMPLE DATA: imported",
             "--today", "2021-03-09")
    with open(os.path.join(work, "IMPORT"), "w", encoding="utf-8") as out:
        out.write(cycle_ok(scratch, "export").splitlines()[-1] + "\n")
    os.remove(scratch)
    for path in (example, source):
        assert not os.path.exists(path + "-wal"), "cycle left a -wal: copies would miss it"
    return example, source


class Source:
    def __init__(self, path):
        self.path = path
        self.rows = read_rows(path)
        self.n = len(self.rows)
        self.head = self.rows[-1]["hash"]
        prev = GENESIS
        for row in self.rows:
            assert row["prev_hash"] == prev and chain_hash(prev, row) == row["hash"], \
                f"the harness's canonical bytes differ from cycle's at #{row['seq']}"
            prev = row["hash"]
        conn = sqlite3.connect(path)
        self.trigger_sql = dict(conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        self.board_next = 1 + conn.execute(
            "SELECT coalesce(max(sequence), 0) FROM case_number WHERE body = 'board' AND year = 2021"
        ).fetchone()[0]
        conn.close()
        assert sorted(self.trigger_sql) == sorted(TRIGGERS)
        self.intact = f"case log intact: {self.n} events, head {self.head}"


def rewrite(source, path, change):
    """Copy of `source` at `path` whose rows `change` edits (a list of dicts); every row is then
    rehashed from #1 (unchanged rows keep their hashes) with the append-only triggers dropped
    and recreated from the text sqlite_master held, so that only the chain's content can tell.
    Returns the new rows."""
    shutil.copyfile(source.path, path)
    rows = [dict(r) for r in source.rows]
    change(rows)
    prev = GENESIS
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = chain_hash(prev, row)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    for row in rows:  # hash is UNIQUE: park every hash first
        conn.execute("UPDATE case_log SET hash = ? WHERE seq = ?", (f"parked {row['seq']}",
                                                                    row["seq"]))
    assign = ", ".join(f"{c} = ?" for c in COLUMNS[1:])
    for row in rows:
        conn.execute(f"UPDATE case_log SET {assign} WHERE seq = ?",
                     [row[c] for c in COLUMNS[1:]] + [row["seq"]])
    for name in TRIGGERS:
        conn.execute(source.trigger_sql[name])
    conn.execute("COMMIT")
    conn.close()
    return rows


# ---------------------------------------------------------------- a. bit flips

def integrity(path):
    """'ok', or what is wrong: a file Python cannot open or read counts as damaged."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.text_factory = bytes  # a message may quote a damaged name
        try:
            result = [r[0].decode("utf-8", "replace") for r in
                      conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"cannot be read: {error}"
    except UnicodeDecodeError as error:  # an SQLite error message quoting damaged bytes
        return f"cannot be read: an error message that is not UTF-8 ({error})"
    return "ok" if result == ["ok"] else result[0]


def verify_output_problems(code, out, err, src):
    """verify's answer is one of the documented forms."""
    lines = out.splitlines()
    if crashed(code):
        return [f"ended by signal or abort: exit {code}"]
    if code == 0:
        problems = [] if lines == [src.intact] and not err else \
            [f"exit 0 but stdout {out!r} stderr {err!r}, expected {src.intact!r}"]
        return problems
    if code == 1:
        rest = list(lines)
        for pattern in (UNPROTECTED, ALTERED):
            if rest and pattern.fullmatch(rest[0]):
                rest.pop(0)
        ok = not err and lines and (not rest or (len(rest) == 1 and VERDICT.fullmatch(rest[0])))
        return [] if ok else [f"exit 1 with unexpected output: stdout {out!r} stderr {err!r}"]
    if code == 4:
        ok = not out and err.count("\n") == 1 and err.startswith("cycle: ")
        return [] if ok else [f"exit 4 with unexpected output: stdout {out!r} stderr {err!r}"]
    return [f"exit {code}, expected 0, 1 or 4 (stdout {out!r} stderr {err!r})"]


def bit_flips(cycle, work, src, rng, count, checks):
    data = open(src.path, "rb").read()
    tally = {"damaged": 0, "unreadable": 0, "exit 1": 0, "exit 4": 0, "harmless": 0,
             "caught by the chain or schema": 0}
    for index in range(count):
        flipped = bytearray(data)
        offsets = [rng.randrange(len(data)) for _ in range(rng.randint(1, 8))]
        for offset in offsets:
            flipped[offset] ^= 1 << rng.randrange(8)
        place(src.path, work)
        with open(os.path.join(work, DB), "wb") as out:
            out.write(flipped)
        judged = os.path.join(work, "judged.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(judged + suffix):
                os.remove(judged + suffix)
        with open(judged, "wb") as out:
            out.write(flipped)
        verdict = integrity(judged)
        code, out, err = run(cycle, work, ["verify"])
        problems = verify_output_problems(code, out, err, src)
        if verdict != "ok" and code == 0:
            problems.append(f"integrity_check says {verdict!r} but verify exit 0")
        checks.record(f"bit flips #{index} at offsets {offsets}", problems)
        if verdict != "ok":
            tally["damaged"] += 1
            tally["unreadable"] += verdict.startswith("cannot be read")
        if code in (1, 4):
            tally[f"exit {code}"] += 1
            tally["caught by the chain or schema"] += verdict == "ok"
        elif code == 0:
            tally["harmless"] += 1
    print(f"a. {count} copies with 1-8 bits flipped: integrity_check damaged {tally['damaged']} "
          f"(of which Python could not read {tally['unreadable']}); verify exit 1 "
          f"{tally['exit 1']}, exit 4 {tally['exit 4']}, intact with the source's head "
          f"(harmless: free space or unused bytes) {tally['harmless']}; caught though "
          f"integrity_check was ok {tally['caught by the chain or schema']}")


# ---------------------------------------------------------------- b. schema variants

# name: (SQL, None for index-restored; verify's exact lines; the commands' WHAT, the first
# difference)
VARIANTS = {
    "extra-index": ("CREATE INDEX extra ON case_log (kind)",
                    [SCHEMA.format("index extra")],
                    "the index extra is not part of cycle's schema 3"),
    "trigger-swallows-inserts": (
        "CREATE TRIGGER swallow BEFORE INSERT ON case_log BEGIN SELECT RAISE(IGNORE); END",
        [SCHEMA.format("trigger swallow")],
        "the trigger swallow is not part of cycle's schema 3"),
    "extra-view": ("CREATE VIEW recent AS SELECT * FROM case_log WHERE seq > 5",
                   [SCHEMA.format("view recent")],
                   "the view recent is not part of cycle's schema 3"),
    "analyze": ("ANALYZE",
                [SCHEMA.format("table sqlite_stat1")],
                "the table sqlite_stat1 is not part of cycle's schema 3"),
    "dropped-index": ("DROP INDEX case_log_by_org",
                      ["database schema altered: the index case_log_by_org is missing; what "
                       "commands read may differ from the log"],
                      "the index case_log_by_org is missing"),
    "user-version-2": ("PRAGMA user_version = 2",
                       ["database schema altered: the index case_log_workflow_by_org is not part "
                        "of cycle's schema 2; what commands read may differ from the log"],
                       "the index case_log_workflow_by_org is not part of cycle's schema 2"),
    "index-altered": ("DROP INDEX case_log_workflow_by_org; CREATE INDEX case_log_workflow_by_org"
                      " ON case_log (kind, org)",
                      ["database schema altered: the index case_log_workflow_by_org has been "
                       "altered; what commands read may differ from the log"],
                      "the index case_log_workflow_by_org has been altered"),
    "trigger-dropped-and-extra-index": (
        "DROP TRIGGER case_number_no_delete; CREATE INDEX extra ON case_log (kind)",
        ["case log unprotected: the trigger case_number_no_delete is missing; rows can be "
         "changed behind cycle's back", SCHEMA.format("index extra")],
        "the trigger case_number_no_delete is missing"),
    # The chain's own queries need the table: verify says what is missing and gives no verdict.
    "dropped-table": ("DROP TABLE case_number",
                      ["case log unprotected: the trigger case_number_no_update is missing; rows "
                       "can be changed behind cycle's back",
                       "database schema altered: the table case_number is missing; what commands "
                       "read may differ from the log",
                       "database file damaged: the log cannot be read (no such table: "
                       "case_number); the chain was not read"],
                      "the table case_number is missing"),
    "index-restored": (None,
                       ["database file damaged: row 1 missing from index case_log_by_org; the "
                        "chain was not read"],
                       None),
}


def make_variant(path, name):
    sql = VARIANTS[name][0]
    if sql is None:
        restore_index(path)  # case_log_by_org rebuilt on other columns, its text put back
        return
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(sql)
    conn.close()


def command_args(args, work):
    return [os.path.join(work, "IMPORT") if a == "IMPORT" else a for a in args]


def schema_variants(cycle, root, work, src, checks):
    # Control: every command works on the unchanged source, so a refusal below is the variant's.
    for args in READERS + WRITERS:
        place(src.path, work)
        code, out, err = run(cycle, work, command_args(args, work), root)
        allowed = (0, 1) if args[0] == "remind" else (0,)
        checks.record(f"control: cycle {' '.join(args)} on the unchanged source",
                      [] if code in allowed else [f"exit {code}: {err.strip()}"])
    for name, (_, lines, what) in VARIANTS.items():
        place(src.path, work)
        make_variant(os.path.join(work, DB), name)
        variant_copy = os.path.join(work, "variant.db")
        shutil.copyfile(os.path.join(work, DB), variant_copy)
        code, out, err = run(cycle, work, ["verify"])
        problems = []
        if code != 1:
            problems.append(f"exit {code}, expected 1")
        if out.splitlines() != lines or err:
            problems.append(f"stdout {out!r} stderr {err!r}, expected {lines!r}")
        checks.record(f"{name}: verify", problems)
        # checkpoint prints no checkpoint of such a file: the first of verify's lines, ending so.
        code, out, err = run(cycle, work, ["checkpoint"])
        first = re.sub(r"; (rows can be changed behind cycle's back|what commands read may "
                       r"differ from the log|the chain was not read)$", "; no checkpoint printed",
                       lines[0])
        checks.record(f"{name}: checkpoint",
                      [] if (code, out, err) == (1, first + "\n", "") else
                      [f"exit {code}, stdout {out!r} stderr {err!r}, expected 1 and {first!r}"])
        for kind, commands in (("read", READERS), ("written", WRITERS)):
            for args in commands:
                place(variant_copy, work)
                before = digests(work)
                code, out, err = run(cycle, work, command_args(args, work), root)
                after = digests(work)
                what_run = f"{name}: cycle {' '.join(args)}"
                if what is None and kind == "read":
                    checks.record(what_run, [f"ended by signal: exit {code}"]
                                  if crashed(code) else [])
                    continue
                if what is None:
                    expected = (f'cycle: --db "{DB}" is damaged (row 1 missing from index '
                                f'case_log_by_org); nothing was written; run cycle verify\n')
                else:
                    expected = (f'cycle: --db "{DB}": {what}, so it is not the database cycle '
                                f'made; nothing was {kind}; run cycle verify\n')
                problems = []
                if code != 4:
                    problems.append(f"exit {code}, expected 4")
                if out:
                    problems.append(f"stdout {out[:200]!r}, expected nothing")
                if err != expected:
                    problems.append(f"stderr {err!r}, expected {expected!r}")
                if after != before:
                    problems.append(f"database files changed: {before} -> {after}")
                checks.record(what_run, problems)
    print(f"b. {len(VARIANTS)} schema variants: verify, {len(READERS)} readers and "
          f"{len(WRITERS)} writers each (and the {len(READERS) + len(WRITERS)} commands on the "
          f"unchanged source)")


# ---------------------------------------------------------------- c. rows over the limits

def nested(depth):
    """Details nested `depth` levels deep (the object itself is level 1), built as text."""
    return '{"deep":' + "[" * (depth - 1) + "]" * (depth - 1) + ',"title":"x"}'


# name: (function of (row, text key) changing the row, the problem verify names; TEXT is the
# details key that holds text: title for case-opened, note for duty-reported)
BIG = "a" * (8 * 1024 * 1024)
LIMITS = {
    "300000 levels deep": (lambda row, key: row.update(details=nested(300000)),
                           "details: nested more than 64 levels deep"),
    "65 levels deep": (lambda row, key: row.update(details=nested(65)),
                       "details: nested more than 64 levels deep"),
    "ESC [2J in text": (lambda row, key: set_text(row, key, "\\u001b[2J clear screen"),
                        'details.TEXT: expected one line of text, got "\\u001B[2J clear screen"'),
    "U+009B in text": (lambda row, key: set_text(row, key, "csi \u009b here"),
                       'details.TEXT: expected one line of text, got "csi \\u009B here"'),
    "U+202E in a key": (lambda row, key: rename_key(row, key, key[:2] + "\u202e" + key[2:]),
                        "details.KEYRLO: expected a key on one line"),
    "newline in actor": (lambda row, key: row.update(actor="secre\ntariat"),
                         'actor: expected one line of text, got "secre\\ntariat"'),
    "U+2066 in reason": (lambda row, key: row.update(irregular=1, reason="late \u2066x\u2069"),
                         'reason: expected one line of text, got "late \\u2066x\\u2069"'),
    "U+061C in reason": (lambda row, key: row.update(irregular=1, reason="\u061c"),
                         'reason: expected one line of text, got "\\u061C"'),
    "details over 8 MiB": (lambda row, key: set_text(row, key, BIG),
                           "it takes SIZE bytes, more than the 8388608 an event may"),
}


def set_text(row, key, text_json):
    """details[key] = text, text given as it appears inside the canonical JSON string."""
    details = json.loads(row["details"])
    marker = "\x00MARKER\x00"
    details[key] = marker
    dumped = json.dumps(details, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    row["details"] = dumped.replace(json.dumps(marker, ensure_ascii=False)[1:-1], text_json)


def rename_key(row, key, new):
    details = json.loads(row["details"])
    details[new] = details.pop(key)
    row["details"] = json.dumps(details, ensure_ascii=False, separators=(",", ":"),
                                sort_keys=True)


def hostile_rows(src):
    """The two template rows at N+1: a case-opened of board NEXT/21 and a board briefing."""
    last = src.rows[-1]
    opened = dict(last, seq=src.n + 1, kind="case-opened", body="board", case_body="board",
                  case_year=2021, case_sequence=src.board_next, budget_year=None,
                  effective_date="2021-03-10", irregular=0, reason="",
                  details='{"title":"EXAMPLE DATA: hostile row"}')
    briefing = next(r for r in src.rows if r["kind"] == "duty-reported")
    briefing = dict(briefing, seq=src.n + 1, recorded_at=last["recorded_at"],
                    details=json.dumps(dict(json.loads(briefing["details"]),
                                            note="EXAMPLE DATA: hostile row"),
                                       ensure_ascii=False, separators=(",", ":"),
                                       sort_keys=True))
    return {"case-opened": (opened, "title"), "duty-reported": (briefing, "note")}


def append_row(src, path, row):
    shutil.copyfile(src.path, path)
    row = dict(row, prev_hash=src.head)
    row["hash"] = chain_hash(row["prev_hash"], row)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    insert(conn, row)
    if row["kind"] == "case-opened":
        conn.execute("INSERT INTO case_number VALUES (?, ?, ?, ?, ?)",
                     (row["org"], row["case_body"], row["case_year"], row["case_sequence"],
                      row["seq"]))
    conn.execute("COMMIT")
    conn.close()
    return row


def stored_bytes(row):
    """What a row takes, as storage/case_log.cpp counts it: its text columns' bytes."""
    return sum(len(row[c].encode("utf-8")) for c in TEXT_COLUMNS + ["case_body"]
               if row[c] is not None)


def limits(cycle, work, src, checks):
    seq = src.n + 1
    for kind, (template, key) in hostile_rows(src).items():
        # The boundary first: 64 levels are accepted.
        row = dict(template, details=nested(64))
        row = append_row(src, os.path.join(work, DB), row)
        code, out, err = run(cycle, work, ["verify"])
        want = f"case log intact: {seq} events, head {row['hash']}\n"
        checks.record(f"{kind} 64 levels deep: verify",
                      [] if (code, out, err) == (0, want, "") else
                      [f"exit {code} stdout {out!r} stderr {err!r}, expected exit 0 {want!r}"])
        for name, (change, problem) in LIMITS.items():
            row = dict(template)
            change(row, key)
            problem = problem.replace("TEXT", key).replace(
                "KEYRLO", key[:2] + "\\u202E" + key[2:])
            problem = problem.replace("SIZE", str(stored_bytes(dict(row, prev_hash=src.head,
                                                                    hash="0" * 64))))
            append_row(src, os.path.join(work, DB), row)
            runs = [(["verify"], 1, f"case log broken at #{seq}: {problem}\n", "")]
            refusal = f"cycle: case log #{seq} cannot be read ({problem}); run cycle verify\n"
            readers = [["log", "--today", "2021-10-01"], ["export", "--today", "2021-10-01"]]
            if kind == "case-opened":
                readers.append(["case", "show", f"{src.board_next}/21", "--body", "board",
                                "--today", "2021-10-01"])
            else:
                readers.append(["status", "--today", "2021-10-01"])
            # export streams: the events before the bad one are written, then it stops.
            runs += [(args, 4, src.export if args[0] == "export" else "", refusal)
                     for args in readers]
            for args, want_code, want_out, want_err in runs:
                code, out, err = run(cycle, work, args)
                problems = []
                if crashed(code):
                    problems.append(f"ended by signal: exit {code}")
                if (code, out, err) != (want_code, want_out, want_err):
                    problems.append(f"exit {code} stdout {out[:300]!r} stderr {err[:300]!r}, "
                                    f"expected exit {want_code} stdout {want_out[:300]!r} "
                                    f"stderr {want_err!r}")
                checks.record(f"{kind} with {name}: cycle {args[0]}", problems)
            if kind == "case-opened":  # status reads workflow events only
                code, out, err = run(cycle, work, ["status", "--today", "2021-10-01"])
                checks.record(f"{kind} with {name}: cycle status does not read it",
                              [] if code == 0 and not err else [f"exit {code}: {err.strip()}"])
    print(f"c. {len(LIMITS)} rows over the limits, each as a case-opened and a duty-reported "
          f"event at #{seq}, and the 64-level boundary")


# ---------------------------------------------------------------- d. and e.

def expect(checks, what, got, want_code, want_out):
    code, out, err = got
    checks.record(what, [] if (code, out, err) == (want_code, want_out, "") else
                  [f"exit {code} stdout {out!r} stderr {err!r}, expected exit {want_code} "
                   f"{want_out!r}"])


def expect_refusal(checks, what, got, want_code, want_err):
    code, out, err = got
    checks.record(what, [] if (code, out, err) == (want_code, "", want_err) else
                  [f"exit {code} stdout {out!r} stderr {err!r}, expected exit {want_code} "
                   f"and on stderr {want_err!r}"])


def time_backwards(cycle, work, src, checks):
    earlier, later = "2021-02-05T11:59:59Z", "2021-02-05T12:00:01Z"
    for k in (2, src.n // 2, src.n):
        assert src.rows[k - 2]["recorded_at"] == RECORDED_AT
        back = (f"case log broken at #{k}: recorded_at {earlier} is before {RECORDED_AT}, when "
                f"#{k - 1} was recorded: the log's time moved backwards\n")

        def one_back(rows, k=k):
            rows[k - 1]["recorded_at"] = earlier

        def all_back(rows, k=k):
            for row in rows[k - 1:]:
                row["recorded_at"] = earlier

        for label, change in (("row", one_back), ("row and all after it", all_back)):
            rows = rewrite(src, os.path.join(work, DB), change)
            assert rows[-1]["hash"] != src.head
            expect(checks, f"recorded_at of #{k} ({label}) moved back, rehashed: verify",
                   run(cycle, work, ["verify"]), 1, back)
        if k < src.n:
            def one_forward(rows, k=k):
                rows[k - 1]["recorded_at"] = later
            rewrite(src, os.path.join(work, DB), one_forward)
            expect(checks, f"recorded_at of #{k} moved forward, rehashed: verify",
                   run(cycle, work, ["verify"]), 1,
                   f"case log broken at #{k + 1}: recorded_at {RECORDED_AT} is before {later}, "
                   f"when #{k} was recorded: the log's time moved backwards\n")
    print("d. recorded_at moved back at 3 rows (alone and with every later row), forward at 2")


def replay(cycle, work, example, checks):
    example_src = Source(example)
    place(example, work)
    expect(checks, "the example: verify --replay", run(
        cycle, work, ["verify", "--replay", "--today", "2021-12-31"]), 0,
        example_src.intact + "; every event judged again as recorded\n")
    late = next(r for r in example_src.rows if r["kind"] == "budget-adopted")
    assert late["irregular"] == 1 and late["reason"], late

    def not_late(rows):
        row = rows[late["seq"] - 1]
        details = json.loads(row["details"])
        del details["late_reason"]
        row.update(irregular=0, reason="", details=json.dumps(
            details, ensure_ascii=False, separators=(",", ":"), sort_keys=True))

    rows = rewrite(example_src, os.path.join(work, DB), not_late)
    expect(checks, "budget-adopted rewritten as on time: verify", run(cycle, work, ["verify"]),
           0, f"case log intact: {len(rows)} events, head {rows[-1]['hash']}\n")
    expect(checks, "budget-adopted rewritten as on time: verify --replay", run(
        cycle, work, ["verify", "--replay", "--today", "2021-12-31"]), 1,
        REPLAY_REFUSAL.format(seq=late["seq"]) + "\n")
    print(f"e. the late budget-adopted #{late['seq']} rewritten as on time: caught by --replay")


def wrong_shapes(cycle, root, work, src, checks):
    """Rows chained correctly whose details lack what their kind holds: named, never an
    'unexpected failure' with the JSON library's own exception text."""
    seq = src.n + 1
    last = src.rows[-1]
    meeting = dict(last, seq=seq, kind="meeting-scheduled", body="board", case_body=None,
                   case_year=None, case_sequence=None, budget_year=None,
                   effective_date="2021-03-10", irregular=0, reason="",
                   details='{"meeting_x":1}')
    append_row(src, os.path.join(work, DB), meeting)
    expect_refusal(checks, "a meeting without its day: status", run(
        cycle, work, ["status", "--today", "2021-10-01"]), 4,
        f"cycle: case log #{seq} (meeting-scheduled, 2021-03-10) cannot be replayed: its details "
        f"do not fit its kind (key 'meeting' not found)\n")
    expect(checks, "a meeting without its day: verify --replay", run(
        cycle, work, ["verify", "--replay", "--today", "2021-12-31"]), 1,
        f"case log broken at #{seq}: judged again as an import into an empty database would, it "
        f"is not accepted as recorded: meeting-scheduled cannot be applied: its details do not "
        f"fit its kind (key 'meeting' not found)\n")
    registration = src.rows[0]
    details = json.loads(registration["details"])
    details["config_sha256"] = 5
    changed = dict(registration, seq=seq, kind="config-changed", recorded_at=last["recorded_at"],
                   effective_date="2021-03-10", details=json.dumps(
                       details, ensure_ascii=False, separators=(",", ":"), sort_keys=True))
    append_row(src, os.path.join(work, DB), changed)
    expect_refusal(checks, "a config change whose digest is a number: init", run(
        cycle, work, ["init", "--config", os.path.join(root, "config", "osloregionen.yaml"),
                      "--today", "2021-03-11"], root), 4,
        "cycle: a stored event's details do not fit its kind (type must be string, but is "
        "number); run cycle verify --replay\n")
    print("f. details of the wrong shape for their kind: named by status, init and --replay")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cycle, root = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20211231
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 150
    print(f"seed {seed}, {count} bit-flipped copies")
    rng = random.Random(seed)
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="cycle-hostile-") as work:
        example, source = build_sources(cycle, root, work)
        src = Source(source)
        place(src.path, work)
        src.export = run(cycle, work, ["export"])[1]
        print(f"source: {src.n} events, head {src.head}")
        bit_flips(cycle, work, src, rng, count, checks)
        schema_variants(cycle, root, work, src, checks)
        limits(cycle, work, src, checks)
        time_backwards(cycle, work, src, checks)
        replay(cycle, work, example, checks)
        wrong_shapes(cycle, root, work, src, checks)
    for failure in checks.failed:
        print(failure)
    print(f"hostile_file: {checks.passed} passed, {len(checks.failed)} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
