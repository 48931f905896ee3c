#!/usr/bin/env bash
# The catalogs are complete and current (run by the test suite, so by CI):
#   - po/cycle.pot is what po/update.sh makes of the sources today;
#   - msgfmt --check accepts each po/<language>.po (format strings, plural forms, header);
#   - every message of the pot is translated in nb and nn, none fuzzy, none obsolete, and
#     none the sources no longer have;
#   - each translation keeps the message's {1}, {2} placeholders (po/check_placeholders.py).
# Prints one line per problem and exits 1, or exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cp po/cycle.pot "$work/before.pot"
cp po/nb.po po/nn.po "$work/"
# update.sh writes in place; run it on a copy of the tree's po/ so the check changes nothing.
mkdir -p "$work/tree"
git ls-files -z cli po | xargs -0 cp --parents -t "$work/tree"
(cd "$work/tree" && git init -q && git add -A && bash po/update.sh)
if ! diff -u "$work/before.pot" "$work/tree/po/cycle.pot" >"$work/pot.diff"; then
    echo "po/cycle.pot: out of date with the sources; run po/update.sh and translate (diff below)"
    head -40 "$work/pot.diff"
    status=1
fi
for language in nb nn; do
    po=po/$language.po
    if ! msgfmt --check --output-file=/dev/null "$po" 2>"$work/msgfmt.err"; then
        sed "s|^|$po: |" "$work/msgfmt.err" | head -20
        status=1
    fi
    # Against the pot as the sources make it: untranslated, fuzzy and obsolete entries.
    msgmerge --quiet --no-fuzzy-matching -o "$work/$language.merged.po" "$po" "$work/tree/po/cycle.pot"
    untranslated=$(msgattrib --untranslated --no-obsolete "$work/$language.merged.po" | grep -c '^msgid ' || true)
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
    # Obsolete: kept as #~, or still active here though the sources no longer have it (the
    # merge against the current pot turns those into #~ too).
    obsolete=$(msgattrib --only-obsolete "$work/$language.merged.po" | grep -c '^#~ msgid ' || true)
    # msgattrib prints the header entry with any selection: it is not a message.
    [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
    [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
    if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ] || [ "$obsolete" -ne 0 ]; then
        echo "$po: $untranslated untranslated, $fuzzy fuzzy, $obsolete obsolete"
        msgattrib --untranslated --no-obsolete "$work/$language.merged.po" | grep '^msgid ' | sed 1d | head -10 | sed "s|^|$po: untranslated |"
        status=1
    fi
done
# Boost.Locale's placeholders, which msgfmt --check does not know.
python3 po/check_placeholders.py po/nb.po po/nn.po || status=1
[ "$status" -eq 0 ] && echo "catalogs: cycle.pot current; nb and nn complete, placeholders kept"
exit "$status"
