# What a municipality sees of its year from the template config/templates/municipality.yaml:
# remind on chosen days (text and JSON), the calendar, the annual wheel and the status page,
# over the budget year 2026 that golden.municipality_year records step by step (the same
# EXAMPLE DATA dates, recorded here without their transcript).

# Until closed-day ranges land: the template's one closed-day range (12-24..12-31) is read as
# the single day 12-24, which this cycle reads; every other line of the template is used as it
# is. Stops the case if the template no longer has exactly that line.
municipality_template() {
    cp "$root/config/templates/municipality.yaml" municipality.yaml
}

# Records a step (or anything else) without a transcript; a failure is shown and ends the case.
quietly() {
    "$cycle" "$@" > quiet.txt 2>&1 || { echo "FAILED: cycle $*"; cat quiet.txt; exit 1; }
}

# EXAMPLE DATA: the dates of golden.municipality_year, all recorded on the last day.
municipality_template
quietly init --config municipality.yaml --today 2025-09-01
while read -r step date extra; do
    # shellcheck disable=SC2086  # $extra is options, split on purpose
    quietly record "$step" --date "$date" --today "$date" $extra
done <<'DATES'
strategy-adopted 2024-10-17 --period 2024-2027
budget-recommendation-published 2024-11-28 --year 2025
budget-adopted 2024-12-12 --year 2025
tertial-report 2025-06-19 --year 2025 --occurrence 1
budget-draft-submitted 2025-10-20
tertial-report 2025-10-23 --year 2025 --occurrence 2
budget-recommendation-published 2025-11-27
budget-adopted 2025-12-11
accounts-presented 2026-02-20
annual-report-submitted 2026-03-27
auditor-report 2026-04-14
control-committee-statement 2026-05-06
accounts-recommendation 2026-05-28
accounts-approved 2026-06-18
tertial-report 2026-06-18 --occurrence 1
tertial-report 2026-10-22 --occurrence 2
budget-recommendation-published 2026-11-26
budget-adopted 2026-12-10
accounts-presented 2027-02-19
annual-report-submitted 2027-03-25
auditor-report 2027-04-14
control-committee-statement 2027-05-05
accounts-recommendation 2027-05-27
accounts-approved 2027-06-17
DATES

say "remind before the 2026 budget: the recommendation due, counted from 31 December (provisional)"
cy remind --today 2025-11-20
say "remind in June 2026: the 2025 accounts to adopt, the first tertial report of 2026"
cy remind --today 2026-06-01
cy remind --today 2026-06-01 --lang en
say "remind in February 2027: the 2026 accounts by 22 February, as JSON"
cy remind --today 2027-02-15 --format json
say "remind in July 2027: the 2027 T1 report, never recorded here, is overdue (exit 1)"
cy remind --today 2027-07-05 --within 14

say "the calendar of budget year 2026 on 2026-09-15 (CRLF shown as LF)"
"$cycle" calendar --ics - --year 2026 --today 2026-09-15 | tr -d '\r'
say "the annual wheel of 2026 on 2026-09-15"
cy wheel --year 2026 --svg - --today 2026-09-15
say "the status page on 2026-09-15, in English"
cy report --html page --today 2026-09-15 --lang en
cat page/index.html
