#!/usr/bin/env python3
"""No text for people is left outside the message catalogs.

A test build carries the pseudo-locale qps, whose catalog is po/cycle.pot with every text
marked ⟦…⟧ (tests/i18n/pseudo_po.py). This runs every command that prints for people in a
language (status, remind as text and mail, wheel, report, the calendar export) with
--lang qps on two organisations (Osloregionen's 2021 example, format 1, and the municipality
template, format 2, with meetings, mandates and duties), removes every marked text, and fails
on any word that is left unless it is data, removed whole before the check: a name or duty id
from the config, or a text recorded in the case log (a reason, a title, a scope). Only a
message's own text is marked, so what fills its placeholders is checked too.

It also runs the same outputs in English and checks that they are NOT clean, so that the test
cannot pass by finding nothing.

    pseudo_locale.py PATH/TO/cycle REPOSITORY-ROOT
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

WORD = re.compile(r"[^\W\d_]{2,}")
# Markup and protocol, not words for people: the mail's and the calendar's own field names are
# left out by reading only their texts; these are the few words left in those texts that are
# the product's name or a unit.
ALWAYS_ALLOWED = {"cycle", "SHA"}


def run(cycle, db, args, today):
    result = subprocess.run([cycle, "--db", db, "--today", today, *args], capture_output=True,
                            text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"cycle {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def strip_marked(text):
    """Removes each ⟦…⟧: a message's own text (what fills its placeholders stands outside)."""
    return re.sub(r"⟦[^⟦⟧]*⟧", " ", text)


class Texts(html.parser.HTMLParser):
    """The text an SVG or HTML page shows: its text nodes and its titles and labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        for name, value in attrs:
            if name in ("title", "aria-label", "alt") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(markup):
    parser = Texts()
    parser.feed(markup)
    return "\n".join(parser.parts)


def calendar_text(ics):
    """SUMMARY, DESCRIPTION and LOCATION values, unfolded (RFC 5545 § 3.1)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    values = []
    for line in unfolded.splitlines():
        name, _, value = line.partition(":")
        if name.split(";")[0] in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            values.append(value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
    return "\n".join(values)


def mail_text(mbox):
    """The subject and the body of each message (RFC 2047 words decoded)."""
    import email
    import email.policy

    texts = []
    for message in re.split(r"^From .*\r?\n", mbox, flags=re.M):
        if not message.strip():
            continue
        parsed = email.message_from_bytes(message.encode("utf-8"), policy=email.policy.default)
        texts.append(str(parsed["Subject"] or ""))
        body = parsed.get_body(("plain",))
        texts.append(body.get_content() if body else "")
    return "\n".join(texts)


def data_strings(cycle, db, config_path, root):
    """Every text the council supplied, whole: the names its config gives (organisation,
    bodies, steps, strategy, members, in each language), its duties' ids, the names format 1
    gives its steps (config/model/format1_names.cpp: a format 1 config's own, though it does not
    write them), and the texts its log records (reasons, titles, scopes, notes). Removed from an
    output line whole before its words are checked, so that no single word is let through
    because it happens to occur in data."""
    texts = set()
    with open(config_path, encoding="utf-8") as config:
        tree = yaml.safe_load(config)

    def names(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "group", "nb", "nn", "en") and isinstance(value, str):
                    texts.add(value)
                names(value)
        elif isinstance(node, list):
            for item in node:
                names(item)

    names(tree)
    texts.update((tree.get("duties") or {}).keys())
    texts.add(tree["organisation"]["id"])
    with open(os.path.join(root, "config/model/format1_names.cpp"), encoding="utf-8") as source:
        # {nb, nn, en}: the pseudo-locale prints bokmål's names, nynorsk's stand in for them.
        for nb, nn in re.findall(r'\{"([^"]*)",\s*"([^"]*)",\s*"[^"]*"\}', source.read()):
            texts.update((nb, nn))
    log = run(cycle, db, ["log", "--format", "json"], "2030-01-01")
    events = json.loads(log) if log.strip().startswith("[") else [
        json.loads(line) for line in log.splitlines() if line.strip()]

    def recorded(value, key=""):
        if key == "config":  # the config's text with its comments: its names are read above
            return
        if isinstance(value, str):
            texts.add(value)
        elif isinstance(value, dict):
            for inner_key, inner in value.items():
                recorded(inner, inner_key)
        elif isinstance(value, list):
            for inner in value:
                recorded(inner)

    for event in events:
        recorded(event.get("details") or {})
        if isinstance(event.get("reason"), str):
            texts.add(event["reason"])
    # Longest first, so that a name is removed before a shorter one inside it.
    return sorted((text for text in texts if text), key=len, reverse=True)


def outputs(cycle, db, lang, work, days, year):
    """(what, text for people) of every language-bearing command on each of `days`."""
    found = []
    for today in days:
        found.append((f"status {today}", run(cycle, db, ["status", "--lang", lang], today)))
        found.append((f"remind {today}",
                      run(cycle, db, ["remind", "--within", "120", "--lang", lang], today)))
        mbox = run(cycle, db, ["remind", "--within", "120", "--format", "mail", "--lang", lang,
                               "--from", "cycle@example.org", "--to", "group@example.org"], today)
        found.append((f"remind --format mail {today}", mail_text(mbox)))
        svg = os.path.join(work, "wheel.svg")
        run(cycle, db, ["wheel", "--year", str(year), "--svg", svg, "--lang", lang], today)
        with open(svg, encoding="utf-8") as page:
            found.append((f"wheel {today}", page_text(page.read())))
        folder = os.path.join(work, "report")
        run(cycle, db, ["report", "--html", folder, "--lang", lang], today)
        with open(os.path.join(folder, "index.html"), encoding="utf-8") as page:
            found.append((f"report {today}", page_text(page.read())))
        ics = run(cycle, db, ["calendar", "--ics", "-", "--lang", lang], today)
        found.append((f"calendar --ics {today}", calendar_text(ics)))
    return found


def unmarked(text, data):
    """The lines with a word outside the catalog and the data, and those words."""
    problems = []
    for line in text.splitlines():
        plain = strip_marked(line)
        for known in data:
            plain = plain.replace(known, " ")
        # A hash or its first digits ("988de6614197...") is data, not a word.
        plain = re.sub(r"[0-9a-f]{7,}", " ", plain)
        left = [word for word in WORD.findall(plain) if word not in ALWAYS_ALLOWED]
        if left:
            problems.append((line.strip(), left))
    return problems


def organisations(cycle, root, work):
    """Two databases: (name, database, config, days to look on, wheel year)."""
    oslo = os.path.join(work, "oslo.db")
    subprocess.run(["bash", os.path.join(root, "examples/osloregionen-2021.sh"), cycle, oslo],
                   check=True, capture_output=True)
    subprocess.run([cycle, "--db", oslo, "--today", "2021-10-01", "meeting", "schedule",
                    "--body", "board", "--date", "2021-12-02", "--plan", "budget-adopted",
                    "--year", "2022"], check=True, capture_output=True)
    municipality = os.path.join(work, "municipality.db")
    template = os.path.join(root, "config/templates/municipality.yaml")

    def record(*args, today):
        subprocess.run([cycle, "--db", municipality, "--today", today, *args], check=True,
                       capture_output=True, cwd=root)

    record("init", "--config", template, today="2025-09-01")
    record("record", "strategy-adopted", "--period", "2024-2027", "--date", "2024-10-17",
           today="2025-09-01")
    record("record", "budget-recommendation-published", "--year", "2025", "--date", "2024-11-28",
           today="2025-09-01")
    record("record", "budget-adopted", "--year", "2025", "--date", "2024-12-12",
           today="2025-09-01")
    record("meeting", "schedule", "--body", "council", "--date", "2025-12-11", "--plan",
           "budget-adopted", "--year", "2026", today="2025-10-01")
    return [
        ("osloregionen", oslo, os.path.join(root, "config/osloregionen.yaml"),
         ["2020-06-20", "2021-02-06", "2021-11-10"], 2021),
        ("municipality", municipality, template, ["2025-10-20", "2025-12-01", "2026-03-02"],
         2026),
    ]


def main():
    cycle, root = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory() as work:
        for name, db, config, days, year in organisations(cycle, root, work):
            data = data_strings(cycle, db, config, root)
            for what, text in outputs(cycle, db, "qps", work, days, year):
                checked += 1
                for line, words in unmarked(text, data):
                    failures += 1
                    print(f"{name}: {what}: not from the catalog: {', '.join(words)}: {line}")
            # The same outputs in English must show words the check would catch.
            english = sum(len(unmarked(text, data))
                          for _, text in outputs(cycle, db, "en", work, days[-1:], year))
            if english == 0:
                print(f"{name}: the English outputs have no unmarked word: the check is blind")
                failures += 1
    print(f"pseudo-locale: {checked} outputs read, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
