# A Norwegian municipality's statutory economic year (kommuneloven 2018) from the shipped
# template config/templates/municipality.yaml: budget year 2026 from formannskapet's
# recommendation in the autumn of 2025 to the council's adoption of the accounts in June 2027,
# with status at each phase, the duties the tertial reports fulfil, and the refusals.
# Every date recorded here is EXAMPLE DATA: plausible meeting days, not a real municipality's.

# Until closed-day ranges land: the template's one closed-day range (12-24..12-31) is read as
# the single day 12-24, which this cycle reads; every other line of the template is used as it
# is. Stops the case if the template no longer has exactly that line.
municipality_template() {
    cp "$root/config/templates/municipality.yaml" municipality.yaml
}

# Runs cycle without showing it unless it fails: the years around 2026 that the story needs
# recorded (so that they are not shown overdue) but does not show.
quietly() {
    "$cycle" "$@" > quiet.txt 2>&1 || { echo "FAILED: cycle $*"; cat quiet.txt; }
}

municipality_template
say "the template: organisation eksempel-kommune, first tracked budget year 2025"
cy init --config municipality.yaml --today 2025-09-01
say "EXAMPLE DATA: before cycle was taken into use, the planning strategy and the 2025 budget"
cy record strategy-adopted --period 2024-2027 --date 2024-10-17 --today 2025-09-01
cy record budget-recommendation-published --year 2025 --date 2024-11-28 --today 2025-09-01
cy record budget-adopted --year 2025 --date 2024-12-12 --today 2025-09-01
cy record tertial-report --year 2025 --occurrence 1 --date 2025-06-19 --today 2025-09-01

say "autumn 2025: the council meets on 11 December (EXAMPLE DATA); notice 14 days ahead"
cy meeting schedule --body council --date 2025-12-11 --plan budget-adopted --year 2026 --today 2025-10-01
cy record budget-draft-submitted --date 2025-10-20 --today 2025-10-20
say "2025 T2 without --occurrence: T1 of 2025 is recorded, so it is T2"
cy record tertial-report --date 2025-10-23 --today 2025-10-23

say "refused: the council cannot adopt before formannskapet's recommendation is public"
cy_unchanged record budget-adopted --date 2025-11-20 --today 2025-11-20
say "refused: a 2026 tertial report before the 2026 budget is adopted"
cy_unchanged record tertial-report --year 2026 --occurrence 1 --date 2025-11-20 --today 2025-11-20

say "the recommendation made public 27 November, 14 days before the meeting"
cy record budget-recommendation-published --date 2025-11-27 --today 2025-11-27
say "status before the adoption"
cy status --year 2026 --today 2025-12-01
cy status --year 2026 --today 2025-12-01 --lang en

say "the council adopts the economic plan and the budget for 2026"
cy record budget-adopted --date 2025-12-11 --today 2025-12-11
cy meeting held --body council --date 2025-12-11 --today 2025-12-11

say "2026: the 2025 accounts chain (EXAMPLE DATA); 22 Feb 2026 is a Sunday, presented Friday"
cy record accounts-presented --date 2026-02-20 --today 2026-02-20
cy record annual-report-submitted --date 2026-03-27 --today 2026-03-27
cy record auditor-report --date 2026-04-14 --today 2026-04-14
cy record control-committee-statement --date 2026-05-06 --today 2026-05-06
cy record accounts-recommendation --date 2026-05-28 --today 2026-05-28
cy record accounts-approved --date 2026-06-18 --today 2026-06-18

say "2026 T1, given as --occurrence 1"
cy record tertial-report --occurrence 1 --date 2026-06-18 --today 2026-06-18

say "status in execution: all live years, the duties the tertial reports fulfil"
cy status --today 2026-09-15
cy status --year 2026 --today 2026-09-15 --lang en
cy status --year 2026 --today 2026-09-15 --format json

say "2026 T2, given as --occurrence 2"
cy record tertial-report --occurrence 2 --date 2026-10-22 --today 2026-10-22
say "refused: T1 twice; a third occurrence the template does not have"
cy_unchanged record tertial-report --occurrence 1 --year 2026 --date 2026-10-22 --today 2026-10-22
cy_unchanged record tertial-report --occurrence 3 --year 2026 --date 2026-10-22 --today 2026-10-22
cy_unchanged record tertial-report --occurrence 0 --year 2026 --date 2026-10-22 --today 2026-10-22
cy_unchanged record tertial-report --date 2026-10-22 --today 2026-10-22
say "refused: the accounts adopted before the budget year has ended"
cy_unchanged record accounts-approved --year 2026 --date 2026-11-05 --today 2026-11-05

say "the 2027 budget, December 2026 (EXAMPLE DATA)"
cy record budget-recommendation-published --date 2026-11-26 --today 2026-11-26
cy record budget-adopted --date 2026-12-10 --today 2026-12-10

say "2027: the 2026 accounts; 22 Feb 2027 is a Monday, presented Friday 19 February"
cy record accounts-presented --date 2027-02-19 --today 2027-02-19
cy record annual-report-submitted --date 2027-03-25 --today 2027-03-25
say "status after the year's end: the accounts phase"
cy status --year 2026 --today 2027-04-01
cy status --year 2026 --today 2027-04-01 --lang en
cy record auditor-report --date 2027-04-14 --today 2027-04-14

say "refused: formannskapet recommends before the control committee's statement"
cy_unchanged record accounts-recommendation --date 2027-04-20 --today 2027-04-20
say "an override records it anyway, irregular (in a copy: the council's year goes on below)"
cp cycle.db what-if.db
cy --db what-if.db record accounts-recommendation --date 2027-04-20 --today 2027-04-20 --override "EXAMPLE DATA: the control committee's meeting was postponed"
cy --db what-if.db status --year 2026 --today 2027-04-20 --lang en

cy record control-committee-statement --date 2027-05-05 --today 2027-05-05
cy record accounts-recommendation --date 2027-05-27 --today 2027-05-27
say "the council adopts the 2026 accounts and annual report: the cycle is closed"
cy record accounts-approved --date 2027-06-17 --today 2027-06-17
cy status --year 2026 --today 2027-06-18
cy status --year 2026 --today 2027-06-18 --lang en
say "nothing more for 2026"
cy_unchanged record tertial-report --year 2026 --occurrence 2 --date 2027-06-18 --today 2027-06-18
