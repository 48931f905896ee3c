# `calendar --lang nb`: the summaries and descriptions in bokmål (the config's names of steps
# and bodies, Norwegian dates, the deadline rule and why a deadline moved, a meeting's notice
# in working days), the rest of the file as in English; without --lang the export stays English
# whatever the config's language (osloregionen names none: nb), and --lang en is that same file.
# The shipped config made format 2, with a notice in working days and closed days over
# Christmas; every value and date below is EXAMPLE DATA.
python3 "$golden/format2_of.py" "$root/config/osloregionen.yaml" \
    $'    notice-days: 14            # EXAMPLE DATA: the seed gives no notice period; change it freely\n' $'    notice-working-days: 10\n' \
    $'\nreminders: ' $'\nclosed-days: [12-27..01-02]\nreminders: ' > f2.yaml
quietly() {
    "$cycle" "$@" > quiet.txt 2>&1 || { echo "FAILED: cycle $*"; cat quiet.txt; exit 1; }
}
quietly init --config f2.yaml --today 2020-03-02
quietly record contingent-set --year 2021 --date 2020-06-18 --today 2020-06-18 --rate 2.70 --case 41/20
quietly record draft-submitted --year 2021 --date 2020-11-20 --today 2020-11-20
quietly meeting schedule --body board --date 2021-01-04 --plan budget-adopted --year 2021 --today 2020-12-01
quietly meeting schedule --body board --date 2021-03-01 --today 2020-12-01
quietly meeting cancel --body board --date 2021-03-01 --today 2021-01-05
quietly meeting schedule --body assembly --date 2021-06-10 --plan contingent-set --year 2022 --today 2021-01-05
quietly case open --body board --title "EXAMPLE DATA: budget 2021" --today 2021-01-04
quietly meeting held --body board --date 2021-01-04 --case 1/21 --today 2021-01-04

say "budget year 2021 on 2021-01-10 in bokmål: done, open and overdue steps, meetings held, cancelled and ahead (CRLF shown as LF)"
"$cycle" calendar --ics - --year 2021 --today 2021-01-10 --lang nb | tr -d '\r'

say "a deadline counted from a step not yet recorded is provisional (the municipality template)"
cp "$root/config/templates/municipality.yaml" municipality.yaml
quietly --db municipality.db init --config municipality.yaml --today 2025-09-01
for lang in nb en; do
    "$cycle" --db municipality.db calendar --ics - --year 2026 --today 2025-09-01 --lang "$lang" \
        | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
        | sed -n '/^UID:[a-z-]*2026-budget-recommendation-published-deadline/,/^CATEGORIES/p'
done

say "without --lang: English, though the config's language is nb"
"$cycle" calendar --ics - --year 2021 --today 2021-01-10 | tr -d '\r' \
    | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' | grep -E '^(SUMMARY|DESCRIPTION):' | head -4
"$cycle" calendar --ics - --year 2021 --today 2021-01-10 > default.ics
"$cycle" calendar --ics - --year 2021 --today 2021-01-10 --lang en > en.ics
cmp default.ics en.ics && echo "--lang en: the same file, byte for byte"

say "an unknown language: exit 2, nothing written"
cy calendar --ics out.ics --lang se --today 2021-01-10
ls out.ics 2>&1
