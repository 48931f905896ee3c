#!/usr/bin/env python3
"""Makes the pseudo-locale catalog of test builds: every message of po/cycle.pot with its
translation the English text marked ⟦…⟧ (plural forms too), so that a text cycle prints
without the catalog shows up unmarked (tests/i18n/pseudo_locale.py).

    pseudo_po.py CYCLE_POT OUTPUT_PO      (msgen, from gettext, copies the ids first)
"""
import re
import subprocess
import sys

pot, output = sys.argv[1], sys.argv[2]
english = subprocess.run(["msgen", "--no-wrap", pot], check=True, capture_output=True,
                         text=True).stdout
lines = []
in_header = True
for line in english.splitlines():
    if line.startswith("msgid ") and line != 'msgid ""':
        in_header = False
    match = re.match(r'^(msgstr(?:\[\d+\])?) "(.*)"$', line)
    if match and not in_header:
        # Only the message's own text is marked, not its placeholders: what fills {1} is
        # checked on its own ("⟦due in ⟧{1}" with {1} "⟦3 days⟧" passes; with "3 days", not).
        parts = re.split(r"(\{\d+\})", match.group(2))
        marked = "".join(part if re.fullmatch(r"\{\d+\}", part) or not part else f"⟦{part}⟧"
                         for part in parts)
        line = f'{match.group(1)} "{marked}"'
    line = line.replace("charset=CHARSET", "charset=UTF-8")
    line = line.replace('"Language: \\n"', '"Language: qps\\n"')
    line = re.sub(r'^"PO-Revision-Date: .*"$', r'"PO-Revision-Date: 2026-12-08 00:00+0000\\n"', line)
    line = re.sub(r'^"Last-Translator: .*"$', r'"Last-Translator: tests/i18n/pseudo_po.py\\n"', line)
    line = re.sub(r'^"Language-Team: .*"$', r'"Language-Team: pseudo-locale\\n"', line)
    lines.append(line)
text = "\n".join(lines) + "\n"
# The pot has no plural rule; the pseudo-locale counts like English.
text = re.sub(r'^"Plural-Forms: .*"$', r'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', text,
              count=1, flags=re.M)
text = re.sub(r'^#, fuzzy\n(?=msgid ""\n)', "", text, count=1, flags=re.M)
with open(output, "w", encoding="utf-8") as out:
    out.write(text)
