#!/usr/bin/env bash
# Regenerates po/cycle.pot from the presentation code (cli/) and merges it into each
# po/<language>.po, so that a new message shows up untranslated there (po/check.sh then
# fails until it is translated). Run after changing any text cycle prints for people.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'cli/*.cpp' 'cli/*.hpp' | sort)
xgettext --from-code=UTF-8 --language=C++ --no-wrap --sort-by-file --add-location=file --add-comments=TRANSLATORS: \
    --package-name=cycle --msgid-bugs-address="the cycle issue list" \
    --keyword= --keyword=tr:2 --keyword=trc:2c,3 --keyword=trn:2,3 --keyword=trf:2 --keyword=trcf:2c,3 \
    --keyword=trnf:2,3 --keyword=N_:1 --keyword=NC_:1c,2 \
    -o po/cycle.pot.new "${sources[@]}"
# The creation date would make every run a change: the pot is compared, not dated.
sed -i '/^"POT-Creation-Date:/d' po/cycle.pot.new
mv po/cycle.pot.new po/cycle.pot
for po in po/nb.po po/nn.po; do
    msgmerge --quiet --no-wrap --no-fuzzy-matching --sort-by-file --add-location=file --update --backup=none "$po" po/cycle.pot
    # A message the sources no longer have is gone, not kept as an obsolete (#~) entry.
    msgattrib --no-wrap --no-obsolete --output-file="$po" "$po"
done
