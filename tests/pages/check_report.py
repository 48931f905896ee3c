#!/usr/bin/env python3
"""Black-box: `cycle report --html DIR [--lang nb|nn|en]` rendered by headless Chromium.

The database is the shipped example (examples/osloregionen-2021.sh), seen on 2021-10-01 (the
Q3 status report is due 30 September and not recorded; budget year 2022's contingent, due
30 June, neither). Debian's `chromium` (installed by .ci/run) loads the page from disk with
the network off, dumps its DOM (--dump-dom), screenshots it at A4 width (--screenshot) and
prints it (--print-to-pdf). Checked, against values worked out by hand from the config and
the example's events:
  1. The file is self-contained: no <script>, <link>, <img>, <iframe>, @import, url(...), and
     no http(s) address besides the SVG namespace.
  2. The DOM holds every live step with its dates and state in bokmål (default), the one
     upcoming deadline in 90 days, the two overdue items, the mandate of case 58/20, the open
     duties, the wheel with one element per step, the 9 log entries newest first, and the log's
     head hash as `cycle checkpoint` prints it.
  3. --lang en: the same page in English; on 2021-01-20, only the entries dated up to then.
  4. The screenshot is a PNG 794 px wide (A4 at 96 dpi) and not blank; the PDF has A4 pages
     (595 x 842 pt).
Without chromium the test is skipped (exit 77), unless CYCLE_REQUIRE_CHROMIUM=1 (CI).

usage: check_report.py PATH/TO/cycle REPOSITORY-ROOT
"""
import html.parser
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


class Dom(html.parser.HTMLParser):
    """Each element with an id: its tag, class and text (its descendants' text, joined)."""

    def __init__(self):
        super().__init__()
        self.stack = []  # [tag, id, class, text parts]
        self.by_id = {}
        self.order = []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "br", "img", "link", "input", "hr"):
            return
        a = dict(attrs)
        self.stack.append([tag, a.get("id"), a.get("class"), []])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, element_id, css, text = self.stack.pop()
            joined = " ".join(t for t in text if t)
            if self.stack:
                self.stack[-1][3].append(joined)
            if element_id:
                self.by_id[element_id] = (open_tag, css, " ".join(joined.split()))
                self.order.append(element_id)
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][3].append(data.strip())


def chromium():
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browse(browser, *args):
    # Headless, no GPU, no network (a page that needed it would show up broken), as root in CI.
    return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                           "--no-first-run", "--disable-extensions", "--proxy-server=127.0.0.1:9",
                           "--proxy-bypass-list=<-loopback>", *args],
                          capture_output=True, text=True, timeout=120)


def dom_of(browser, page):
    result = browse(browser, "--dump-dom", "file://" + page)
    if result.returncode != 0 or "<html" not in result.stdout:
        sys.exit(f"chromium --dump-dom failed ({result.returncode}): {result.stderr[-2000:]}")
    parser = Dom()
    parser.feed(result.stdout)
    return parser, result.stdout


def png_facts(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def main():
    cycle, root_dir = os.path.abspath(sys.argv[1]), sys.argv[2]
    browser = chromium()
    if browser is None:
        if os.environ.get("CYCLE_REQUIRE_CHROMIUM") == "1":
            sys.exit("chromium is not installed (CYCLE_REQUIRE_CHROMIUM=1)")
        print("SKIPPED: chromium is not installed")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "cycle.db")
        subprocess.run([os.path.join(root_dir, "examples", "osloregionen-2021.sh"), cycle, db],
                       check=True, stdout=subprocess.DEVNULL)
        out_nb, out_en = os.path.join(folder, "nb"), os.path.join(folder, "en", "page")
        for out, extra in ((out_nb, []), (out_en, ["--lang", "en"])):
            result = subprocess.run([cycle, "--db", db, "report", "--html", out, "--today",
                                     "2021-10-01", *extra], capture_output=True, text=True)
            check(result.returncode == 0 and result.stdout == f"wrote {out}/index.html\n",
                  f"report {extra}: {result.returncode} {result.stdout!r} {result.stderr!r}")
        checkpoint = subprocess.run([cycle, "--db", db, "checkpoint"], capture_output=True,
                                    text=True, check=True).stdout
        head = re.search(r"[0-9a-f]{64}", checkpoint).group(0)

        # 1. self-contained
        page_nb = os.path.join(out_nb, "index.html")
        raw = open(page_nb, encoding="utf-8").read()
        for banned in ("<script", "<link", "<img", "<iframe", "@import", "url("):
            check(banned not in raw.lower(), f"{banned} in the page")
        addresses = set(re.findall(r"https?://[^\"' )]+", raw))
        check(addresses == {"http://www.w3.org/2000/svg"}, f"addresses in the page: {addresses}")

        # 2. the DOM, in bokmål
        dom, dumped = dom_of(browser, page_nb)
        ids = dom.by_id

        def text(element_id):
            return ids.get(element_id, (None, None, None))[2]

        def css(element_id):
            return ids.get(element_id, (None, None, None))[1]

        check('<html lang="nb">' in dumped, "html lang nb")
        check(text("report-date") == "Statusside, status per 1. oktober 2021", f"today: {text('report-date')}")
        rows = {
            "row-2021-contingent-set": ("state-done", "Kontingent fastsatt Representantskapet "
                                        "01.04.2020–30.06.2020 30.06.2020 utført 28.10.2020 (avvik)"),
            "row-2021-draft-submitted": ("state-done", "Forslag levert Sekretariatet "
                                         "01.09.2020–30.11.2020 30.11.2020 utført 20.11.2020"),
            "row-2021-budget-adopted": ("state-done", "Budsjett vedtatt Styret "
                                        "01.11.2020–31.12.2020 31.12.2020 utført 05.02.2021 (avvik)"),
            "row-2021-status-report": ("state-overdue", "Statusrapport Sekretariatet → Styret "
                                       "01.07.2021–30.09.2021 30.09.2021 1 dag over fristen"),
            "row-2021-accounts-approved": ("state-upcoming", "Regnskap godkjent Representantskapet "
                                           "01.04.2022–30.06.2022 30.06.2022 kommende"),
            "row-2022-contingent-set": ("state-overdue", "Kontingent fastsatt Representantskapet "
                                        "01.04.2021–30.06.2021 30.06.2021 93 dager over fristen"),
            "row-2022-draft-submitted": ("state-due", "Forslag levert Sekretariatet "
                                         "01.09.2021–30.11.2021 30.11.2021 pågår, 60 dager igjen"),
            "row-2022-budget-adopted": ("state-upcoming", "Budsjett vedtatt Styret "
                                        "01.11.2021–31.12.2021 31.12.2021 kommende"),
        }
        for row_id, (state, content) in rows.items():
            check(css(row_id) == state, f"{row_id} class {css(row_id)}")
            check(text(row_id) == content, f"{row_id}: {text(row_id)!r}")
        check([i for i in dom.order if i.startswith("row-")] ==
              ["row-2021-" + s for s in ("contingent-set", "draft-submitted", "budget-adopted",
                                         "status-report", "accounts-approved")] +
              ["row-2022-" + s for s in ("contingent-set", "draft-submitted", "budget-adopted",
                                         "status-report", "accounts-approved")],
              "the ten live steps, in cycle order")
        check(text("deadlines") == "Kommende frister (neste 90 dager) Frist Gjelder Organ Tilstand "
              "30.11.2021 Forslag levert 2022 Sekretariatet 60 dager igjen",
              f"deadlines: {text('deadlines')!r}")
        check(text("overdue") == "Forsinkede saker Frist Gjelder Organ Tilstand "
              "30.06.2021 Kontingent fastsatt 2022 Representantskapet 93 dager over fristen "
              "30.09.2021 Statusrapport 2021 Sekretariatet → Styret 1 dag over fristen",
              f"overdue: {text('overdue')!r}")
        check(text("mandate-board-58-2020") == "58/20 Styret Sekretariatet day-to-day financial "
              "management according to the adopted budget 02.11.2020",
              f"mandate: {text('mandate-board-58-2020')!r}")
        check(css("open-duty-q3-status-report-2021-09-30") == "overdue" and
              text("open-duty-q3-status-report-2021-09-30") ==
              "q3-status-report Sekretariatet → Styret 30.09.2021 1 dag over fristen",
              f"duty: {text('open-duty-q3-status-report-2021-09-30')!r}")
        check(text("open-duty-strategic-guidelines-2024-10-28") ==
              "strategic-guidelines Representantskapet 28.10.2024 1123 dager igjen",
              f"duty: {text('open-duty-strategic-guidelines-2024-10-28')!r}")
        check(len(dom.order) == len(set(dom.order)), "every id once in the page")
        wheel_steps = [i for i in dom.order if i.startswith("step-")]
        check(sorted(wheel_steps) == ["step-2021-budget-adopted", "step-2021-status-report",
                                      "step-2022-budget-adopted", "step-2022-contingent-set",
                                      "step-2022-draft-submitted"],
              f"the wheel's steps: {wheel_steps}")
        check("wheel-2021" in ids, "the wheel of 2021 inline")
        events = [i for i in dom.order if i.startswith("event-")]
        check(events == [f"event-{n}" for n in range(9, 0, -1)], f"log rows {events}")
        check(text("event-7") == "7 05.02.2021 Budsjett vedtatt Styret late, 36 days after the "
              "deadline 2020-12-31: delayed by the recent reorganisation into an inter-municipal "
              "political council (seed 2.3)", f"event-7: {text('event-7')!r}")
        check(text("event-4") == "4 02.11.2020 fullmakt gitt Styret 58/20",
              f"event-4: {text('event-4')!r}")
        check(text("head-hash") == f"Hodehash #9: {head}", f"head hash: {text('head-hash')!r}")

        # 3. English
        dom_en, dumped_en = dom_of(browser, os.path.join(out_en, "index.html"))
        check('<html lang="en">' in dumped_en, "html lang en")
        en = dom_en.by_id
        check(en["report-date"][2] == "Status report, status on 1 October 2021", f"en today {en['report-date']}")
        check(en["row-2021-status-report"][2] == "Status report Secretariat → Board "
              "01 Jul 2021–30 Sep 2021 30 Sep 2021 1 day overdue",
              f"en status row {en['row-2021-status-report']}")
        check(en["row-2022-draft-submitted"][2] == "Draft submitted Secretariat "
              "01 Sep 2021–30 Nov 2021 30 Nov 2021 due, 60 days left",
              f"en draft row {en['row-2022-draft-submitted']}")
        check(en["event-4"][2] == "4 02 Nov 2020 mandate granted Board 58/20",
              f"en event-4 {en['event-4']}")

        # The page as the log stood on an earlier day: the entries dated after it are left out.
        earlier = os.path.join(folder, "earlier")
        subprocess.run([cycle, "--db", db, "report", "--html", earlier, "--today", "2021-01-20"],
                       check=True, stdout=subprocess.DEVNULL)
        dom_earlier, _ = dom_of(browser, os.path.join(earlier, "index.html"))
        earlier_events = [i for i in dom_earlier.order if i.startswith("event-")]
        check(earlier_events == [f"event-{n}" for n in range(6, 0, -1)],
              f"entries up to 2021-01-20: {earlier_events}")
        check(dom_earlier.by_id["row-2021-budget-adopted"][1] == "state-overdue",
              "budget-adopted 2021 overdue on 2021-01-20")
        # A meeting, its notice and the duty at it are named in bokmål too.
        earlier_deadlines = dom_earlier.by_id["deadlines"][2]
        check(earlier_deadlines == "Kommende frister (neste 90 dager) Frist Gjelder Organ Tilstand "
              "22.01.2021 innkalling til møte i Styret 05.02.2021 Styret 2 dager igjen "
              "05.02.2021 board-briefing (møte i Styret 05.02.2021) Sekretariatet → Styret "
              "16 dager igjen 05.02.2021 møte i Styret 05.02.2021 Styret 16 dager igjen",
              f"deadlines on 2021-01-20: {earlier_deadlines!r}")

        # 4. a screenshot at A4 width, and A4 pages in print
        png = os.path.join(folder, "page.png")
        browse(browser, "--hide-scrollbars", f"--screenshot={png}", "--window-size=794,1123",
               "file://" + page_nb)
        facts = png_facts(png) if os.path.exists(png) else None
        check(facts is not None and facts[:2] == (794, 1123), f"screenshot {facts}")
        check(facts is not None and facts[2] > 50, f"screenshot has {facts and facts[2]} byte values")
        pdf = os.path.join(folder, "page.pdf")
        browse(browser, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + page_nb)
        boxes = re.findall(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", open(pdf, "rb").read())
        check(boxes and all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes),
              f"PDF pages {boxes}")
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    print("report: all checks passed")


if __name__ == "__main__":
    main()
