#!/usr/bin/env python3
"""The placeholders of each translation are the message's (po/check.sh): msgfmt --check knows
printf's %s, not Boost.Locale's {1}. A translation may not bring one the English has not, and
every one the English has must appear in it, in the plural form at least; a translation may
leave one out only where the language says it another way (the singular of "every {1} day":
"hver dag"). A date pattern (context "day of the year") is given more than its English uses.

    check_placeholders.py FILE.po...     exit 0, or 1 with a line per problem
"""
import re
import sys

PLACEHOLDER = re.compile(r"\{(\d+)\}")
FIELD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$')


def entries(path):
    entry = {}
    with open(path, encoding="utf-8") as po:
        for line in po:
            line = line.rstrip("\n")
            if not line.strip():
                if entry:
                    yield entry
                entry = {}
                continue
            match = FIELD.match(line)
            if match:
                entry[match.group(1)] = match.group(2)
    if entry:
        yield entry


def main():
    problems = 0
    for path in sys.argv[1:]:
        for entry in entries(path):
            if not entry.get("msgid"):
                continue  # the header
            if entry.get("msgctxt") == "day of the year":
                # A date pattern given the month's name {2} and number {3}, the English using
                # only the name ("31 March"), bokmål only the number ("31.3.").
                continue
            english = set(PLACEHOLDER.findall(entry["msgid"] + entry.get("msgid_plural", "")))
            forms = {k: v for k, v in entry.items() if k.startswith("msgstr")}
            found = set()
            for form, text in forms.items():
                own = set(PLACEHOLDER.findall(text))
                found |= own
                if own - english:
                    print(f"{path}: {entry['msgid']!r} {form}: {{{', '.join(sorted(own - english))}}} "
                          "is not in the message")
                    problems += 1
            missing = english - found
            if missing:
                # The plural form carries every placeholder; only the singular may drop one.
                plural = forms.get("msgstr[1]", forms.get("msgstr", ""))
                print(f"{path}: {entry['msgid']!r}: the translation leaves out "
                      f"{{{', '.join(sorted(missing))}}} ({plural!r})")
                problems += 1
            if "msgstr[1]" in forms:
                plural_missing = english - set(PLACEHOLDER.findall(forms["msgstr[1]"]))
                if plural_missing:
                    print(f"{path}: {entry['msgid']!r} msgstr[1]: leaves out "
                          f"{{{', '.join(sorted(plural_missing))}}}")
                    problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
