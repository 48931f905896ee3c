# Reporting duties in the 2021 example: the Q3 report overdue on 2021-10-01 until recorded,
# the board informed at each board meeting (by `duty report`), the strategic guidelines of
# 28 Oct 2020 due again on 28 Oct 2024. Dates after the seed's are EXAMPLE DATA.
load_example
say on 2021-10-01 the Q3 report is overdue, and remind names the duty it fulfils
cy remind --today 2021-10-01 --within 0
say recorded, the duty is fulfilled for 2021 and next due for 2022
cy record status-report --year 2021 --date 2021-10-04 --today 2021-10-04 --reason "EXAMPLE DATA: presented at the first board meeting after the quarter"
cy meeting schedule --body board --date 2021-11-05 --today 2021-10-04
cy status --today 2021-10-04 --year 2022
say refused: exit 3, the database unchanged
cy_unchanged duty report q3-status-report --today 2021-10-04
cy_unchanged duty report board-briefing --meeting 2021-10-01 --today 2021-10-04
say bad input: exit 2, the database unchanged
cy_unchanged duty report board-briefng --meeting 2021-11-05 --today 2021-11-05
cy_unchanged duty report board-briefing --today 2021-11-05
cy_unchanged duty report board-briefing --meeting 2021-11-05 --today 2021-10-04
cy_unchanged duty report board-briefing --meeting 2021-11-05 --date 2021-11-05 --today 2021-11-05
cy_unchanged duty report strategic-guidelines --meeting 2021-11-05 --today 2021-11-05
cy_unchanged duty report board-briefing --meeting 2021-11-05 --note "" --today 2021-11-05
say remind before the meeting: the notice day has passed, the meeting and the briefing are ahead
cy remind --today 2021-11-01 --within 7
say reported at the meeting, once
cy_unchanged duty report board-briefing --meeting 2021-11-05 --today 2021-11-05 --case 1/21
cy case open --body board --title "EXAMPLE DATA: progress of the action programme" --today 2021-11-05
cy duty report board-briefing --meeting 2021-11-05 --today 2021-11-05 --case 1/21 --note "EXAMPLE DATA: progress on the action programme"
say a report is no decision: the case it cites can still take one
cy mandate grant --case 1/21 --by board --to secretariat --scope "EXAMPLE DATA: a decision in the reported case" --today 2021-11-05
cy case show 1/21
say a meeting reported at took place: it cannot be cancelled
cy_unchanged meeting cancel --body board --date 2021-11-05 --today 2021-11-08
cy_unchanged duty report board-briefing --meeting 2021-11-05 --today 2021-11-06
say a meeting held without the briefing leaves the duty overdue
cy meeting held --body board --date 2021-12-03 --today 2021-12-03
cy status --today 2021-12-10 --format json --year 2022
say the strategic guidelines: due on 28 Oct 2024, a working day
cy remind --today 2024-10-21 --within 7
