#!/usr/bin/env python3
"""Reliability: every single change made to a copy of the database behind cycle's back is caught
by `cycle verify --checkpoint LINE`, which names exactly the first bad sequence number.

The source database is the 2021 example (examples/osloregionen-2021.sh) extended with cases
opened in three bodies' series, board meetings scheduled and held with the cases they treated,
board briefings reported at them, a status report under a case number, mandates and a
correction: a few hundred events in which case numbers, NULLs, integers and text all occur
(synthetic test data, not the council's). Two checkpoints are taken of it: CP0 when it holds N0
events and CP when it is complete (N events).

200 copies by default (each kind at least twice, every column by each update kind). Each
tampered copy is a copy of the closed source file (no -wal) that gets exactly ONE change,
made with Python's sqlite3 (which writes it into the file when it closes the copy). Then
`cycle --db COPY verify --checkpoint CP` (CP0 for `truncate`) must exit 1 with nothing on stderr,
and print exactly:
  - `case log unprotected: the trigger NAME is missing; rows can be changed behind cycle's back`
    first, when the change dropped triggers and did not recreate them; NAME is the first dropped
    in the order of storage/database.cpp's `append_only_triggers` (verify names the first);
  - `case log broken at #K: ...`, where K is worked out here from the change made:

  kind               change                                                      K
  update-field       one column of case_log row k (every column in turn) set to   k
                     a plausible value of its type (seq: to a value above the
                     last, so the row moves to the end; prev_hash/hash: other hex)
  update-seq-low     seq of row k set below 1 (0, -1, ...): the row then comes    that value v
                     first, and is the first stored row that is wrong
  update-type        one column of row k (every column but seq and irregular,     k
                     whose schema refuses other types, in turn) set to another
                     type: a BLOB of the same bytes, text in an INTEGER column,
                     a REAL, NULL where the schema allows it (or a value where
                     it is NULL)
  rehash             one field of row k changed AND its hash recomputed, so it    k
                     matches itself: row k+1 names it (it was chained to the old
                     hash); for the last row only the checkpoint can tell
  delete-middle      row k (not the last) deleted                                 k
  delete-last        the last m rows deleted: only the checkpoint can tell, or    N-m+1
                     a case_number row naming a deleted event
  truncate           against CP0: the log cut to r < N0 events                    r+1
  insert-next        a row at N+1 whose hash is garbage, or whose prev_hash is   N+1
                     another row's (a stale link, with a garbage hash or one
                     recomputed to match the row itself), or undecodable
  insert-gap         a row at N+g, g >= 2                                         N+1 (missing)
  insert-low         a row at seq 0 or below                                      that seq
  swap               rows i < j exchange every column but seq                     i
  case-number-update a case_number row of the number first cited by event a:      b, if 1<=b<=N;
                     first_seq set to another integer b;                         N+1, if b>N;
                     first_seq set below 1, another type, or org/body/year/      a otherwise
                     sequence changed (value or type)
  case-number-delete the row of a number first cited by event a deleted           a
  case-number-insert a row for a number no event cites, naming event c            c
  trigger-drop       one append-only trigger dropped, no row changed              none: only
                                                                                  "... is missing"
  trigger-alter      one trigger recreated with other text (another message,      none: only
                     WHEN 0, AFTER, other spacing)                               "... has been altered"
  schema-extra       an index, a trigger (one that swallows inserts), a view or   none: only
                     a table added, or ANALYZE run (the table sqlite_stat1)      "database schema
                                                                                  altered: the TYPE
                                                                                  NAME is not part of
                                                                                  cycle's schema 3;
                                                                                  what commands read
                                                                                  may differ from
                                                                                  the log"
  schema-drop-index  case_log_by_org or case_log_workflow_by_org dropped          none: only "...: the
                                                                                  index NAME is
                                                                                  missing; ..."
  index-restored     case_log_by_org rebuilt on (kind, seq) through               none: only "database
                     writable_schema + REINDEX, then its sqlite_master text put  file damaged: row 1
                     back: the schema is cycle's, the index's content is not     missing from index
                                                                                  case_log_by_org; the
                                                                                  chain was not read"
  recorded-at-back   recorded_at of row k >= 2 set one second before row k-1's,   k, in the words
                     and rows k..N rehashed consistently (every prev_hash and    "recorded_at A is
                     hash recomputed; the triggers dropped for it, then          before B, when #k-1
                     recreated or left dropped as above). Against CP, whose      was recorded: the
                     head no longer matches, verify still names k first          log's time moved
                                                                                  backwards"

Four of these rules needed verify_chain (storage/case_log.cpp) fixed, in the commit that added
this test; before it, verify named #1 "missing" for a row below #1, blamed the intact head for
an event appended with a stale link and a matching hash, named a cut event instead of the first
missing one when the case_number table still named it, and passed case_number rows holding a
value of another type (year 2021.5, a BLOB body, first_seq '19x'), which read back as the right
one but which record's queries do not find.

The schema kinds change no row: verify compares every object in sqlite_master with what cycle
creates for the schema version the file declares, prints the `database schema altered` line
(or for `index-restored`, where the schema is cycle's, the integrity check's `database file
damaged` line, and does not read the chain) and, the chain being intact, no other line: the
intact line is not printed on exit 1.

For row changes made with triggers dropped, some copies recreate them afterwards from the very
text sqlite_master held, so that only the chain can tell; the others leave them dropped and both
lines must appear.

A change the schema refuses (NULL in a NOT NULL column, a duplicate hash, text in the INTEGER
PRIMARY KEY, irregular outside 0/1) or that SQLite's column affinity turns back into the stored
value ('2021' into an INTEGER column is stored as 2021) is no change: it is drawn again.

Not in the random set, because no hash chain can tell them from the truth (asserted below as the
documented limits, exit 0):
  - an event appended at N+1 with prev_hash = the head's hash and its hash recomputed: it is
    indistinguishable from a real append (the checkpoint only proves the first N events);
  - events cut off after the last checkpoint, when none of them was the first to cite a case
    number (here: the last events, checked against CP0): the log is then exactly what it was
    when the checkpoint was taken. (A cut event that first cited a number is caught even
    without a checkpoint: the case_number table names it, and verify says the first cut one
    is missing.);
  - the last event rewritten with its hash recomputed, verified WITHOUT a checkpoint (with one,
    it is caught: `rehash` above);
  - (not single changes) a log rewritten whole with new hashes, without a checkpoint.

Prints the seed (give one as the third argument to rerun it), one line per miss, and
"N tamperings of M kinds: all caught, first bad seq named exactly" with a count per kind.
Exit 1 on any miss.

usage: tamper.py PATH/TO/cycle REPOSITORY-ROOT [SEED [COUNT]]
"""
import datetime
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

COLUMNS = ["seq", "org", "recorded_at", "effective_date", "actor", "kind", "budget_year", "body",
           "case_body", "case_year", "case_sequence", "details", "irregular", "reason",
           "prev_hash", "hash"]
TEXT_COLUMNS = ["org", "recorded_at", "effective_date", "actor", "kind", "body", "details",
                "reason", "prev_hash", "hash"]
# update-type's columns: not seq (as INTEGER PRIMARY KEY it refuses every other type) nor
# irregular (its CHECK refuses everything but 0 and 1).
TYPED = [c for c in COLUMNS if c not in ("seq", "irregular")]
# In the order of append_only_triggers (storage/database.cpp): verify names the first missing.
TRIGGERS = ["case_log_no_update", "case_log_no_delete", "case_number_no_update",
            "case_number_no_delete"]
GENESIS = "0" * 64
BROKEN = re.compile(r"case log broken at #(-?[0-9]+): .+")
ENV = dict(os.environ, CYCLE_RECORDED_AT="2021-02-05T12:00:00Z", TZ="UTC", USER="tester")


class Refused(Exception):
    """The schema refuses the change: draw another."""


def canonical(row):
    """engine/log/hash_chain.cpp's canonical_bytes, from a stored row. `details` is spliced in as
    stored: verify requires it to be nlohmann's canonical dump already."""
    case = None
    if row["case_body"] is not None:
        case = [row["case_body"], row["case_year"], row["case_sequence"]]

    def enc(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = [enc(v) for v in ("cycle-event-v1", row["seq"], row["org"], row["recorded_at"],
                              row["effective_date"], row["actor"], row["kind"],
                              row["budget_year"], row["body"], case)]
    parts += [row["details"], enc(bool(row["irregular"])), enc(row["reason"])]
    return ("[" + ",".join(parts) + "]").encode("utf-8")


def chain_hash(prev_hash, row):
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(row)).hexdigest()


def random_hex(rng):
    return "".join(rng.choice("0123456789abcdef") for _ in range(64))


# ---------------------------------------------------------------- the source database

def build_source(cycle, root, db):
    """The example plus a few hundred events; returns (CP0, N0, CP, N)."""
    def run(*args, stdout=None):
        done = subprocess.run([cycle, "--db", db, *args], capture_output=True, text=True,
                              env=ENV)
        if done.returncode != 0:
            sys.exit(f"setup failed: cycle {' '.join(args)}: exit {done.returncode}: "
                     f"{done.stderr.strip()}")
        return done.stdout.strip()

    subprocess.run(["bash", os.path.join(root, "examples", "osloregionen-2021.sh"), cycle, db],
                   check=True, env=ENV, capture_output=True)
    day = datetime.date(2021, 2, 8)
    checkpoint0 = None
    run("record", "status-report", "--year", "2021", "--date", "2021-09-20",
        "--today", "2021-09-20", "--case", "41/21")
    # Board meetings every month of 2022-2023, each treating two cases opened for it, with the
    # secretariat's briefing; cases in the assembly's and secretariat's series in between.
    for year in (2022, 2023):
        for month in range(1, 13):
            meeting = datetime.date(year, month, 15)
            opened = datetime.date(year, month, 1)
            cases = [run("case", "open", "--body", "board", "--title", f"board item {n}",
                         "--date", opened.isoformat(), "--today", opened.isoformat())
                     for n in (1, 2)]
            run("case", "open", "--body", ("assembly", "secretariat")[month % 2], "--title",
                f"series item {month}/{year} «ø»", "--date", opened.isoformat(),
                "--today", opened.isoformat())
            run("meeting", "schedule", "--body", "board", "--date", meeting.isoformat(),
                "--today", opened.isoformat())
            held = ["meeting", "held", "--body", "board", "--date", meeting.isoformat(),
                    "--today", meeting.isoformat()]
            for case in cases:
                held += ["--case", case]
            run(*held)
            run("duty", "report", "board-briefing", "--meeting", meeting.isoformat(),
                "--today", meeting.isoformat(), "--note", f"briefing {month}/{year}")
            for n in range(6):
                run("case", "open", "--body", "secretariat", "--title", f"letter {n}",
                    "--date", meeting.isoformat(), "--today", meeting.isoformat())
            if year == 2022 and month == 6:
                checkpoint0 = run("checkpoint")
    run("mandate", "grant", "--case", "7/23", "--by", "board", "--to", "secretariat",
        "--date", "2023-01-20", "--today", "2023-12-20", "--scope", "procurement below NOK 100 000")
    run("correct", "5", "--reason", "the draft came a day earlier", "--date", "2020-11-19",
        "--today", "2023-12-21")
    checkpoint = run("checkpoint")
    n0 = int(re.match(r"cycle-checkpoint/1 events=([0-9]+) head=[0-9a-f]{64}$",
                      checkpoint0).group(1))
    n = int(re.match(r"cycle-checkpoint/1 events=([0-9]+) head=[0-9a-f]{64}$",
                     checkpoint).group(1))
    return checkpoint0, n0, checkpoint, n



class Source:
    """What the harness knows of the untouched source database."""

    def __init__(self, path):
        conn = sqlite3.connect(path)
        conn.row_factory = sqlite3.Row
        self.rows = [dict(r) for r in conn.execute(
            "SELECT " + ", ".join(COLUMNS) + " FROM case_log ORDER BY seq")]
        self.numbers = [dict(r) for r in conn.execute(
            "SELECT org, body, year, sequence, first_seq FROM case_number ORDER BY first_seq")]
        self.trigger_sql = {name: sql for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
        conn.close()
        self.n = len(self.rows)
        # The harness's hash must be cycle's, or `rehash` would be caught for the wrong reason.
        prev = GENESIS
        for row in self.rows:
            assert row["prev_hash"] == prev and chain_hash(prev, row) == row["hash"], \
                f"the harness's canonical bytes differ from cycle's at #{row['seq']}"
            prev = row["hash"]
        assert sorted(self.trigger_sql) == sorted(TRIGGERS), self.trigger_sql
        types = {type(r[c]) for r in self.rows for c in COLUMNS}
        assert types == {int, str, type(None)}, types
        assert any(r["case_body"] is not None for r in self.rows)
        assert any(r["budget_year"] is None for r in self.rows)
        assert any(r["irregular"] == 1 for r in self.rows)


def snapshot(conn):
    """Everything a change could touch, with storage types."""
    cols = ", ".join(f"typeof({c}), quote({c})" for c in COLUMNS)
    return (list(conn.execute(f"SELECT {cols} FROM case_log ORDER BY seq")),
            list(conn.execute("SELECT quote(org), quote(body), quote(year), quote(sequence), "
                              "quote(first_seq) FROM case_number ORDER BY 1, 2, 3, 4, 5")),
            list(conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name")))


# ---------------------------------------------------------------- the changes

class Tamper:
    """One change to one copy. Each kind method makes the change on `conn` and returns
    (description, K or None). It may call self.unprotect(names) first to drop triggers."""

    def __init__(self, rng, src, conn, column=None):
        self.rng, self.src, self.conn = rng, src, conn
        self.column = column  # update-field and update-type: the column to change
        self.dropped = []
        self.recreate = False
        self.after_commit = None  # a change made on the closed copy, after the COMMIT

    def unprotect(self, needed):
        # The triggers the change needs out of the way, or all four; then recreated (only the
        # chain can tell) or left dropped (verify must say so too).
        names = [needed] if self.rng.random() < 0.5 else list(TRIGGERS)
        for name in names:
            self.conn.execute(f"DROP TRIGGER {name}")
        self.dropped = names
        self.recreate = self.rng.random() < 0.5

    def finish(self):
        if self.recreate:
            for name in self.dropped:
                self.conn.execute(self.src.trigger_sql[name])
            self.dropped = []

    def row(self, low=1, high=None):
        return dict(self.rng.choice(self.src.rows[low - 1:high]))

    def set_field(self, seq, column, value):
        self.unprotect("case_log_no_update")
        try:
            self.conn.execute(f"UPDATE case_log SET {column} = ? WHERE seq = ?", (value, seq))
        except (sqlite3.IntegrityError, sqlite3.DatabaseError) as error:
            raise Refused(str(error))

    def plausible(self, row, column):
        """Another value of the column's own type, as cycle could have written it."""
        rng, value = self.rng, row[column]
        if column == "org":
            return value + "-west"
        if column == "recorded_at":
            return value.replace("12:00:00", "12:00:01")
        if column == "effective_date":
            date = datetime.date.fromisoformat(value) + datetime.timedelta(days=rng.choice([-1, 1, 30]))
            return date.isoformat()
        if column == "actor":
            return rng.choice(["mallory", "secretariat", "tester"])
        if column == "kind":
            return rng.choice(["case-opened", "meeting-held", "duty-reported", "status-report"])
        if column == "body":
            return rng.choice(["board", "assembly", "secretariat"])
        if column == "details":
            details = json.loads(value)
            variant = rng.randrange(3)
            if variant == 0:  # a key added, still canonical
                details["note"] = "added later"
                return json.dumps(details, ensure_ascii=False, separators=(",", ":"),
                                  sort_keys=True)
            if variant == 1:  # the same object, another form
                return json.dumps(details, ensure_ascii=False, sort_keys=True, indent=1)
            return value[:-1]  # not JSON
        if column == "reason":
            return value + " (edited)" if value else "no reason was given"
        if column in ("prev_hash", "hash"):
            return rng.choice([random_hex(rng), value.upper()])
        if column == "irregular":
            return 1 - value
        if column == "case_body":
            return "assembly" if value == "board" else "board"
        if column in ("budget_year", "case_year"):
            if value is None:
                return rng.choice([2021, 2022])
            return value + rng.choice([-1, 1, 300])  # 300: out of range
        if column == "case_sequence":
            return 1 if value is None else value + rng.choice([1, 1000])
        raise AssertionError(column)

    # -- kinds --------------------------------------------------------------------------------

    def update_field(self):
        row = self.row()
        column = self.column
        if column == "seq":
            value = self.src.n + self.rng.choice([1, 2, 1000])
        else:
            value = self.plausible(row, column)
        self.set_field(row["seq"], column, value)
        return f"row #{row['seq']} {column} = {value!r}", row["seq"]

    def update_seq_low(self):
        row = self.row()
        value = self.rng.choice([0, -1, -1000])
        self.set_field(row["seq"], "seq", value)
        return f"row #{row['seq']} seq = {value}", value

    def update_type(self):
        row = self.row()
        column = self.column
        value = row[column]
        if column in TEXT_COLUMNS or column == "case_body":
            choices = [lambda: (value or "board").encode("utf-8"),  # a BLOB of the same bytes
                       lambda: 2021, lambda: None]
        else:
            choices = [lambda: "x2021", lambda: (value or 7) + 0.5,
                       lambda: str(value or 7).encode(), lambda: None if value is not None else 7]
        new = self.rng.choice(choices)()
        self.set_field(row["seq"], column, new)
        return f"row #{row['seq']} {column} = {new!r}", row["seq"]

    def rehash(self):
        row = self.row()
        column = self.rng.choice(["org", "recorded_at", "effective_date", "actor", "reason",
                                  "irregular", "budget_year", "body"])
        row[column] = self.plausible(row, column)
        if column == "budget_year" and not 1900 <= row[column] <= 2200:
            row[column] = 2024  # still decodable, so the row matches its new hash
        row["hash"] = chain_hash(row["prev_hash"], row)
        self.unprotect("case_log_no_update")
        self.conn.execute(f"UPDATE case_log SET {column} = ?, hash = ? WHERE seq = ?",
                          (row[column], row["hash"], row["seq"]))
        return f"row #{row['seq']} {column} = {row[column]!r}, hash recomputed", row["seq"]

    def delete_middle(self):
        seq = self.rng.randint(1, self.src.n - 1)
        self.unprotect("case_log_no_delete")
        self.conn.execute("DELETE FROM case_log WHERE seq = ?", (seq,))
        return f"row #{seq} deleted", seq

    def delete_last(self):
        m = self.rng.choice([1, 1, 2, 5, 40])
        self.unprotect("case_log_no_delete")
        self.conn.execute("DELETE FROM case_log WHERE seq > ?", (self.src.n - m,))
        return f"last {m} rows deleted", self.src.n - m + 1

    def truncate(self):
        kept = self.rng.randint(1, self.src.n0 - 1)
        self.unprotect("case_log_no_delete")
        self.conn.execute("DELETE FROM case_log WHERE seq > ?", (kept,))
        return f"cut to {kept} events (CP0 holds {self.src.n0})", kept + 1

    def insert(self, row):
        self.conn.execute(f"INSERT INTO case_log ({', '.join(COLUMNS)}) VALUES "
                          f"({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])

    def insert_next(self):
        row = self.row()
        source_seq = row["seq"]
        row["seq"] = self.src.n + 1
        variant = self.rng.randrange(4)
        if variant == 0:    # linked to the head, garbage hash
            row["prev_hash"], row["hash"] = self.src.rows[-1]["hash"], random_hex(self.rng)
        elif variant == 1:  # the copied row's stale link, garbage hash
            row["hash"] = random_hex(self.rng)
        elif variant == 2:  # the copied row's stale link, hash recomputed to match the row
            row["hash"] = chain_hash(row["prev_hash"], row)
        else:               # linked to the head, details that are not canonical
            row["prev_hash"], row["details"] = self.src.rows[-1]["hash"], row["details"] + " "
            row["hash"] = random_hex(self.rng)
        self.insert(row)
        return f"copy of #{source_seq} inserted at #{row['seq']} (variant {variant})", \
            self.src.n + 1

    def insert_gap(self):
        row = self.row()
        row["seq"] = self.src.n + self.rng.choice([2, 3, 50])
        row["prev_hash"] = self.src.rows[-1]["hash"]
        row["hash"] = chain_hash(row["prev_hash"], row)
        self.insert(row)
        return f"row inserted at #{row['seq']}", self.src.n + 1

    def insert_low(self):
        row = self.row()
        row["seq"] = self.rng.choice([0, -1, -7])
        row["prev_hash"] = GENESIS
        row["hash"] = chain_hash(row["prev_hash"], row)
        self.insert(row)
        return f"row inserted at #{row['seq']}", row["seq"]

    def swap(self):
        i, j = sorted(self.rng.sample(range(1, self.src.n + 1), 2))
        a, b = self.src.rows[i - 1], self.src.rows[j - 1]
        self.unprotect("case_log_no_update")
        columns = COLUMNS[1:]
        assign = ", ".join(f"{c} = ?" for c in columns)
        # hash is UNIQUE: park row i's on a placeholder while row j takes it.
        self.conn.execute(f"UPDATE case_log SET {assign} WHERE seq = ?",
                          [b[c] for c in columns[:-1]] + ["placeholder", i])
        self.conn.execute(f"UPDATE case_log SET {assign} WHERE seq = ?",
                          [a[c] for c in columns] + [j])
        self.conn.execute("UPDATE case_log SET hash = ? WHERE seq = ?", (b["hash"], i))
        return f"rows #{i} and #{j} swapped", i

    def case_number_update(self):
        number = dict(self.rng.choice(self.src.numbers))
        first = number["first_seq"]
        column = self.rng.choice(["first_seq"] * 4 + ["org", "body", "year", "sequence"])
        rng = self.rng
        if column == "first_seq":
            value = rng.choice([rng.randint(1, self.src.n), self.src.n + rng.choice([1, 9]),
                                0, -3, str(first) + "x", first + 0.5, str(first).encode()])
            if isinstance(value, int) and 1 <= value <= self.src.n:
                expected = value
            elif isinstance(value, int) and value > self.src.n:
                expected = self.src.n + 1
            else:
                expected = first
        else:
            current = number[column]
            if column == "org":
                choices = [current + "-west", current.encode()]
            elif column == "body":
                choices = ["assembly" if current == "board" else "board", current.encode()]
            elif column == "year":
                choices = [current + 1, current + 0.5, "x" + str(current), str(current).encode()]
            else:
                choices = [current + 500, current + 0.5, str(current).encode()]
            value = rng.choice(choices)
            expected = first
        self.unprotect("case_number_no_update")
        key = [number[c] for c in ("org", "body", "year", "sequence")]
        try:
            self.conn.execute(f"UPDATE case_number SET {column} = ? WHERE org = ? AND body = ? "
                              f"AND year = ? AND sequence = ?", [value] + key)
        except sqlite3.IntegrityError as error:
            raise Refused(str(error))
        return f"case_number {key} {column} = {value!r}", expected

    def case_number_delete(self):
        number = self.rng.choice(self.src.numbers)
        self.unprotect("case_number_no_delete")
        self.conn.execute("DELETE FROM case_number WHERE org = ? AND body = ? AND year = ? AND "
                          "sequence = ?", [number[c] for c in ("org", "body", "year", "sequence")])
        return f"case_number {number['body']} {number['sequence']}/{number['year']} deleted", \
            number["first_seq"]

    def case_number_insert(self):
        cited = self.rng.randint(1, self.src.n)
        body = self.rng.choice(["board", "assembly", "secretariat"])
        sequence = self.rng.choice([900, 901, 999999])
        self.conn.execute("INSERT INTO case_number VALUES (?, ?, ?, ?, ?)",
                          ("osloregionen", body, 2022, sequence, cited))
        return f"case_number {body} {sequence}/2022 inserted naming #{cited}", cited

    def trigger_drop(self):
        name = self.rng.choice(TRIGGERS)
        self.conn.execute(f"DROP TRIGGER {name}")
        self.dropped = [name]
        return f"trigger {name} dropped", None

    def trigger_alter(self):
        name = self.rng.choice(TRIGGERS)
        sql = self.src.trigger_sql[name]
        altered = self.rng.choice([
            sql.replace("refused", "refused!"),
            sql.replace("\nBEGIN", " WHEN 0\nBEGIN"),
            sql.replace("BEFORE", "AFTER"),
            sql.replace("\n", "\n  "),
        ])
        assert altered != sql
        self.conn.execute(f"DROP TRIGGER {name}")
        self.conn.execute(altered)
        return f"trigger {name} altered", ("altered", name)

    def schema_extra(self):
        name, sql, what = self.rng.choice([
            ("extra", "CREATE INDEX extra ON case_log (kind)", "index extra"),
            ("swallow", "CREATE TRIGGER swallow BEFORE INSERT ON case_log "
                        "BEGIN SELECT RAISE(IGNORE); END", "trigger swallow"),
            ("recent", "CREATE VIEW recent AS SELECT * FROM case_log WHERE seq > 5",
             "view recent"),
            ("notes", "CREATE TABLE notes (text TEXT)", "table notes"),
            ("sqlite_stat1", "ANALYZE", "table sqlite_stat1"),
        ])
        self.conn.execute(sql)
        return f"{what} added", Lines([f"database schema altered: the {what} is not part of "
                                       f"cycle's schema 3; what commands read may differ from "
                                       f"the log"])

    def schema_drop_index(self):
        name = self.rng.choice(["case_log_by_org", "case_log_workflow_by_org"])
        self.conn.execute(f"DROP INDEX {name}")
        return f"index {name} dropped", Lines([f"database schema altered: the index {name} is "
                                               f"missing; what commands read may differ from "
                                               f"the log"])

    def index_restored(self):
        # After the COMMIT of make_copy (writable_schema changes need the schema read again).
        self.after_commit = restore_index
        return "index case_log_by_org rebuilt on (kind, seq), its text restored", \
            Lines(["database file damaged: row 1 missing from index case_log_by_org; the chain "
                   "was not read"])

    def recorded_at_back(self):
        k = self.rng.randint(2, self.src.n)
        earlier = self.src.rows[k - 2]["recorded_at"]
        moment = datetime.datetime.strptime(earlier, "%Y-%m-%dT%H:%M:%SZ")
        value = (moment - datetime.timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rows = [dict(r) for r in self.src.rows]
        rows[k - 1]["recorded_at"] = value
        prev = rows[k - 2]["hash"]
        for row in rows[k - 1:]:
            row["prev_hash"] = prev
            row["hash"] = prev = chain_hash(prev, row)
        self.unprotect("case_log_no_update")
        for row in rows[k - 1:]:  # hash is UNIQUE: park the old ones first
            self.conn.execute("UPDATE case_log SET hash = ? WHERE seq = ?",
                              (f"parked {row['seq']}", row["seq"]))
        for row in rows[k - 1:]:
            self.conn.execute("UPDATE case_log SET recorded_at = ?, prev_hash = ?, hash = ? "
                              "WHERE seq = ?", (row["recorded_at"], row["prev_hash"],
                                                row["hash"], row["seq"]))
        return f"row #{k} recorded_at = {value!r}, rows #{k}-#{self.src.n} rehashed", \
            Lines([f"case log broken at #{k}: recorded_at {value} is before {earlier}, when "
                   f"#{k - 1} was recorded: the log's time moved backwards"])


class Lines(list):
    """verify's exact lines after any `case log unprotected` line."""


def restore_index(path):
    """case_log_by_org rebuilt on (kind, seq), then its sqlite_master text put back."""
    conn = sqlite3.connect(path, isolation_level=None)
    original = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_log_by_org'"
                            ).fetchone()[0]
    for text, reindex in (("CREATE INDEX case_log_by_org ON case_log (kind, seq)", True),
                          (original, False)):
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'case_log_by_org'", (text,))
        conn.execute("PRAGMA writable_schema = OFF")
        conn.close()
        conn = sqlite3.connect(path, isolation_level=None)  # reads the schema as written
        if reindex:
            conn.execute("REINDEX case_log_by_org")
    conn.close()


KINDS = {
    "update-field": Tamper.update_field,
    "update-seq-low": Tamper.update_seq_low,
    "update-type": Tamper.update_type,
    "rehash": Tamper.rehash,
    "delete-middle": Tamper.delete_middle,
    "delete-last": Tamper.delete_last,
    "truncate": Tamper.truncate,
    "insert-next": Tamper.insert_next,
    "insert-gap": Tamper.insert_gap,
    "insert-low": Tamper.insert_low,
    "swap": Tamper.swap,
    "case-number-update": Tamper.case_number_update,
    "case-number-delete": Tamper.case_number_delete,
    "case-number-insert": Tamper.case_number_insert,
    "trigger-drop": Tamper.trigger_drop,
    "trigger-alter": Tamper.trigger_alter,
    "schema-extra": Tamper.schema_extra,
    "schema-drop-index": Tamper.schema_drop_index,
    "index-restored": Tamper.index_restored,
    "recorded-at-back": Tamper.recorded_at_back,
}
# More draws where there are more ways to go wrong.
WEIGHTS = {"update-field": 4, "update-type": 4, "rehash": 2, "case-number-update": 2}


def make_copy(source_path, copy_path, rng, src, kind, column):
    """Applies one change of `kind`; returns (description, expected K, dropped triggers)."""
    while True:
        shutil.copyfile(source_path, copy_path)
        conn = sqlite3.connect(copy_path, isolation_level=None)
        before = snapshot(conn)
        tamper = Tamper(rng, src, conn, column)
        try:
            conn.execute("BEGIN")
            description, expected = KINDS[kind](tamper)
            tamper.finish()
            conn.execute("COMMIT")
        except Refused:
            conn.execute("ROLLBACK")
            conn.close()
            continue
        after = snapshot(conn)
        conn.close()  # the last connection: SQLite checkpoints the WAL into the file
        if tamper.after_commit:
            tamper.after_commit(copy_path)
            return description, expected, tamper.dropped
        # What the kind is about must have changed: dropping a trigger does not make an UPDATE
        # to the value already stored a change of the row.
        about = slice(2, 3) if kind.startswith(("trigger-", "schema-")) else slice(0, 2)
        if after[about] != before[about]:
            return description, expected, tamper.dropped


def run_verify(cycle, db, checkpoint):
    done = subprocess.run([cycle, "--db", db, "verify", "--checkpoint", checkpoint],
                          capture_output=True, text=True, env=ENV)
    return done.returncode, done.stdout, done.stderr


def check(cycle, db, checkpoint, expected, dropped):
    """The problems with verify's answer, [] when it is exactly the expected one."""
    code, out, err = run_verify(cycle, db, checkpoint)
    lines = out.splitlines()
    want = []
    if isinstance(expected, tuple):  # a trigger altered, no row changed
        want.append(f"case log unprotected: the trigger {expected[1]} has been altered; "
                    f"rows can be changed behind cycle's back")
    elif dropped:
        first = next(name for name in TRIGGERS if name in dropped)
        want.append(f"case log unprotected: the trigger {first} is missing; "
                    f"rows can be changed behind cycle's back")
    problems = []
    if code != 1:
        problems.append(f"exit {code}, expected 1")
    if err:
        problems.append(f"stderr: {err.strip()}")
    if lines[:len(want)] != want:
        problems.append(f"expected the line {want!r}")
    rest = lines[len(want):]
    if isinstance(expected, Lines):
        if rest != expected:
            problems.append(f"expected the lines {list(expected)!r} after it")
    elif expected is None or isinstance(expected, tuple):
        if rest:
            problems.append(f"unexpected lines {rest!r}")
    else:
        match = BROKEN.fullmatch(rest[0]) if len(rest) == 1 else None
        if not match:
            problems.append(f"expected one line 'case log broken at #{expected}: ...'")
        elif int(match.group(1)) != expected:
            problems.append(f"named #{match.group(1)}, expected #{expected}")
    if problems:
        problems.append("stdout: " + out.strip().replace("\n", " | "))
    return problems


def check_limits(cycle, work, source_path, src, checkpoint, checkpoint0):
    """The documented limits: changes no hash chain can tell from the truth (exit 0)."""
    failures = []
    copy = os.path.join(work, "limit.db")

    def expect_intact(description, checkpoint_line, mutate):
        shutil.copyfile(source_path, copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        mutate(conn)
        conn.close()
        args = ["--checkpoint", checkpoint_line] if checkpoint_line else []
        done = subprocess.run([cycle, "--db", copy, "verify", *args], capture_output=True,
                              text=True, env=ENV)
        if done.returncode != 0 or not done.stdout.startswith("case log intact: "):
            failures.append(f"limit {description}: expected intact, got exit "
                            f"{done.returncode}: {done.stdout.strip()}")

    def append_rehashed(conn):
        row = dict(src.rows[-1], seq=src.n + 1, prev_hash=src.rows[-1]["hash"], actor="mallory")
        row["hash"] = chain_hash(row["prev_hash"], row)
        conn.execute(f"INSERT INTO case_log ({', '.join(COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])

    # Kept: CP0's events and every event that first cites a case number, since the
    # case_number table would name a cut one (verify: "#r+1: missing").
    kept = max([src.n0] + [number["first_seq"] for number in src.numbers])
    assert kept < src.n, "the source must end with events that cite no new case number"

    def cut_after_checkpoint(conn):
        conn.execute("DROP TRIGGER case_log_no_delete")
        conn.execute("DELETE FROM case_log WHERE seq > ?", (kept,))
        conn.execute(src.trigger_sql["case_log_no_delete"])

    def rehash_last(conn):
        row = dict(src.rows[-1], actor="mallory")
        row["hash"] = chain_hash(row["prev_hash"], row)
        conn.execute("DROP TRIGGER case_log_no_update")
        conn.execute("UPDATE case_log SET actor = ?, hash = ? WHERE seq = ?",
                     (row["actor"], row["hash"], row["seq"]))
        conn.execute(src.trigger_sql["case_log_no_update"])

    expect_intact("an event appended with its hash recomputed", checkpoint, append_rehashed)
    expect_intact("events cut off after the last checkpoint", checkpoint0, cut_after_checkpoint)
    expect_intact("the last event rewritten and rehashed, no checkpoint", None, rehash_last)
    return failures


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cycle, root = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(10**6)
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    print(f"seed {seed} (rerun: tamper.py CYCLE ROOT {seed} {count})")
    rng = random.Random(seed)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        source_path = os.path.join(work, "source.db")
        checkpoint0, n0, checkpoint, n = build_source(cycle, root, source_path)
        # Copies are taken of the closed file: a -wal left here would not be copied.
        assert not os.path.exists(source_path + "-wal")
        src = Source(source_path)
        src.n0 = n0
        assert src.n == n, (src.n, n)
        print(f"source: {n} events, {len(src.numbers)} case numbers; CP0 at {n0}, CP at {n}")

        # Every kind at least twice and every column once per update kind, the rest drawn by
        # weight; update kinds take their columns in turn.
        kinds = [k for k in KINDS for _ in range(2)]
        kinds += ["update-field"] * (len(COLUMNS) - 2) + ["update-type"] * (len(TYPED) - 2)
        population = [k for k in KINDS for _ in range(WEIGHTS.get(k, 1))]
        kinds += [rng.choice(population) for _ in range(max(0, count - len(kinds)))]
        rng.shuffle(kinds)
        turns = {"update-field": itertools.cycle(COLUMNS), "update-type": itertools.cycle(TYPED)}
        counts = {}
        for index, kind in enumerate(kinds):
            copy_path = os.path.join(work, f"copy{index}.db")
            column = next(turns[kind]) if kind in turns else None
            description, expected, dropped = make_copy(source_path, copy_path, rng, src, kind,
                                                       column)
            line = checkpoint0 if kind == "truncate" else checkpoint
            problems = check(cycle, copy_path, line, expected, dropped)
            if problems:
                failures.append(f"MISS {kind}: {description}; dropped {dropped}: "
                                + "; ".join(problems))
            counts[kind] = counts.get(kind, 0) + 1
            os.remove(copy_path)
        failures += check_limits(cycle, work, source_path, src, checkpoint, checkpoint0)
    for failure in failures:
        print(failure)
    per_kind = ", ".join(f"{kind} {counts[kind]}" for kind in KINDS)
    if failures:
        print(f"{len(failures)} of {len(kinds)} tamperings or limits not as expected ({per_kind})")
        return 1
    print(f"{len(kinds)} tamperings of {len(counts)} kinds: all caught, first bad seq named "
          f"exactly ({per_kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
