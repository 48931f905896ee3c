#!/usr/bin/env python3
"""Black-box: `cycle wheel --year Y --svg FILE [--lang nb|nn|en]` read back by a real XML parser.

The database is the shipped example (examples/osloregionen-2021.sh), seen on 2021-10-01. The
expectations below were worked out by hand from config/osloregionen.yaml and the example's
events, not read off the program:
  1. The file parses (xml.etree, expat) as one <svg> in the SVG namespace, version 1.1, sized
     180 x 230 mm; no <script>, <image>, <foreignObject>, <style> or any href: nothing is
     fetched, nothing runs.
  2. Exactly one element per step drawn, with these stable ids and states:
       step-2021-budget-adopted   done     (window Nov-Dec 2020; recorded late on 5 Feb 2021,
                                            so the arc runs 1 Jan - 5 Feb 2021)
       step-2022-contingent-set   overdue  (window Apr-Jun 2021, not recorded)
       step-2021-status-report    overdue  (window Jul-Sep 2021, deadline 30 Sep, not recorded)
       step-2022-draft-submitted  open     (window Sep-Nov 2021)
       step-2022-budget-adopted   open     (window Nov-Dec 2021)
     and a deadline diamond for each deadline inside 2021 (all but budget-adopted 2021's,
     31 Dec 2020); the board meeting of 5 Feb 2021 as a held dot; the twelve months; today's hand.
  3. Month names and the steps' titles in bokmål by default and with --lang nb, in English
     with --lang en; dates in each language's style.
  4. Another year (2023, nothing recorded): no hand (today is not in it), every step open or
     overdue as seen on 2021-10-01 - all open.
  5. --lang xx: exit 2, one line naming --lang, no file written.

usage: check_wheel.py PATH/TO/cycle REPOSITORY-ROOT
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


def run(cycle, db, *args, ok=True):
    result = subprocess.run([cycle, "--db", db, *args], capture_output=True, text=True)
    if ok and result.returncode != 0:
        sys.exit(f"cycle {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def wheel(cycle, db, folder, year, *extra):
    path = os.path.join(folder, f"wheel-{year}-{'-'.join(extra) or 'default'}.svg")
    run(cycle, db, "wheel", "--year", str(year), "--svg", path, "--today", "2021-10-01", *extra)
    return path, ET.parse(path).getroot()


def by_id(root):
    return {e.get("id"): e for e in root.iter() if e.get("id")}


def title_of(element):
    title = element.find(SVG + "title")
    return None if title is None else title.text


def main():
    cycle, root_dir = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "cycle.db")
        subprocess.run([os.path.join(root_dir, "examples", "osloregionen-2021.sh"), cycle, db],
                       check=True, stdout=subprocess.DEVNULL)

        # 1. well-formed SVG 1.1, self-contained
        path, svg = wheel(cycle, db, folder, 2021)
        check(svg.tag == SVG + "svg", f"root element is {svg.tag}")
        check(svg.get("version") == "1.1", f"version {svg.get('version')}")
        check((svg.get("width"), svg.get("height")) == ("180mm", "230mm"),
              f"size {svg.get('width')} x {svg.get('height')}")
        for element in svg.iter():
            local = element.tag.replace(SVG, "")
            check(local not in ("script", "image", "foreignObject", "style", "a", "use"),
                  f"<{local}> in the wheel")
            for name in element.attrib:
                check("href" not in name, f"attribute {name} on <{local}>")
        raw = open(path, encoding="utf-8").read()
        check(raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg '),
              "XML declaration then <svg>")
        check("http://" not in raw.replace('xmlns="http://www.w3.org/2000/svg"', "") and
              "https://" not in raw, "a URL besides the SVG namespace")

        # 2. one element per step, stable ids, states
        ids = by_id(svg)
        steps = {i: e for i, e in ids.items() if i.startswith("step-")}
        expected_steps = {
            "step-2021-budget-adopted": "step done",
            "step-2022-contingent-set": "step overdue",
            "step-2021-status-report": "step overdue",
            "step-2022-draft-submitted": "step open",
            "step-2022-budget-adopted": "step open",
        }
        check({i: e.get("class") for i, e in steps.items()} == expected_steps,
              f"steps drawn: {sorted((i, e.get('class')) for i, e in steps.items())}")
        check([e.get("id") for e in svg.iter() if (e.get("id") or "").startswith("step-")] ==
              ["step-2021-budget-adopted", "step-2022-contingent-set", "step-2021-status-report",
               "step-2022-draft-submitted", "step-2022-budget-adopted"],
              "steps in order of their start in the year")
        deadlines = {i: e.get("class") for i, e in ids.items() if i.startswith("deadline-")}
        check(deadlines == {"deadline-2022-contingent-set": "deadline overdue",
                            "deadline-2021-status-report": "deadline overdue",
                            "deadline-2022-draft-submitted": "deadline open",
                            "deadline-2022-budget-adopted": "deadline open"},
              f"deadlines: {deadlines}")
        meetings = {i: e.get("class") for i, e in ids.items() if i.startswith("meeting-")}
        check(meetings == {"meeting-board-2021-02-05": "meeting done"}, f"meetings: {meetings}")
        check(sorted(i for i in ids if i.startswith("month-")) ==
              [f"month-{m:02d}" for m in range(1, 13)], "twelve months")
        check("wheel-today" in ids, "today's hand")
        check(title_of(ids["wheel-today"]) == "I dag: 1. oktober 2021", f"hand: {title_of(ids['wheel-today'])}")
        check(not [i for i in ids if i.startswith("duty-")], "no duty occasion in 2021")

        # Geometry: January starts at the top of the month ring (radius 470 around 500,500),
        # and budget-adopted's ring (the third, outer radius 348) starts at the top on 1 Jan.
        check(ids["month-01"].get("d").startswith("M 500.0 30.0 A 470.0 470.0 0 0 1 "),
              f"month-01 path {ids['month-01'].get('d')[:60]}")
        band = steps["step-2021-budget-adopted"].find(SVG + "path").get("d")
        check(band.startswith("M 500.0 152.0 A 348.0 348.0 0 0 1 "), f"budget-adopted band {band[:60]}")

        # 3. languages
        check(title_of(steps["step-2021-budget-adopted"]) ==
              "Budsjett vedtatt 2021: Styret; Vindu 01.11.2020–31.12.2020; Frist 31.12.2020; "
              "utført 05.02.2021", f"nb title: {title_of(steps['step-2021-budget-adopted'])}")
        months_nb = [t.text for t in ids["wheel-months"].iter(SVG + "text")]
        check(months_nb == ["januar", "februar", "mars", "april", "mai", "juni", "juli",
                            "august", "september", "oktober", "november", "desember"],
              f"nb months {months_nb}")
        _, svg_nb = wheel(cycle, db, folder, 2021, "--lang", "nb")
        check(ET.tostring(svg_nb) == ET.tostring(svg), "--lang nb is the default")
        _, svg_en = wheel(cycle, db, folder, 2021, "--lang", "en")
        ids_en = by_id(svg_en)
        check(title_of(ids_en["step-2021-status-report"]) ==
              "Status report 2021: Secretariat → Board; Window 01 Jul 2021–30 Sep 2021; "
              "Deadline 30 Sep 2021; overdue", f"en title {title_of(ids_en['step-2021-status-report'])}")
        check([t.text for t in ids_en["wheel-months"].iter(SVG + "text")][:3] ==
              ["January", "February", "March"], "en months")
        check(title_of(ids_en["meeting-board-2021-02-05"]) ==
              "Meeting: Board, 5 February 2021; held; budget-adopted 2021",
              f"en meeting {title_of(ids_en['meeting-board-2021-02-05'])}")
        check(svg_en.get("{http://www.w3.org/XML/1998/namespace}lang") == "en", "xml:lang en")

        # 4. a year ahead
        _, later = wheel(cycle, db, folder, 2023)
        later_ids = by_id(later)
        check("wheel-today" not in later_ids, "no hand outside today's year")
        later_steps = {i: e.get("class") for i, e in later_ids.items() if i.startswith("step-")}
        check(later_steps == {"step-2022-accounts-approved": "step open",
                              "step-2023-status-report": "step open",
                              "step-2024-contingent-set": "step open",
                              "step-2024-draft-submitted": "step open",
                              "step-2024-budget-adopted": "step open"},
              f"2023 steps {later_steps}")

        # A step open past its deadline for the whole of a year is a full ring: status-report
        # 2021, not recorded, seen on 2023-03-01, on the wheel of 2022 (fourth ring, outer
        # radius 312): from the top, through the bottom, back to the top.
        full = os.path.join(folder, "full.svg")
        run(cycle, db, "wheel", "--year", "2022", "--svg", full, "--today", "2023-03-01")
        full_ids = by_id(ET.parse(full).getroot())
        ring = full_ids["step-2021-status-report"]
        check(ring.get("class") == "step overdue", f"full ring class {ring.get('class')}")
        check(ring.find(SVG + "path").get("d").startswith(
                  "M 500.0 188.0 A 312.0 312.0 0 0 1 500.0 812.0 A 312.0 312.0 0 0 1 500.0 188.0 L "),
              f"full ring path {ring.find(SVG + 'path').get('d')[:120]}")

        # 5. a bad --lang writes nothing
        target = os.path.join(folder, "bad.svg")
        result = run(cycle, db, "wheel", "--year", "2021", "--svg", target, "--lang", "xx",
                     "--today", "2021-10-01", ok=False)
        check(result.returncode == 2, f"--lang xx exit {result.returncode}")
        check(result.stderr == 'cycle: --lang: expected nb, nn or en, got "xx"\n',
              f"--lang xx stderr {result.stderr!r}")
        check(not os.path.exists(target), "no file after a bad --lang")
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    print("wheel: all checks passed")


if __name__ == "__main__":
    main()
