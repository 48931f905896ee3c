# Meetings: scheduled ahead with the steps planned for them and the latest day for the notice
# (moved earlier off closed days), cancelled, held with the cases treated; shown by status,
# remind, meeting list and case show. Every date below is EXAMPLE DATA.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cy init --config osloregionen.yaml --today 2021-01-04
say the notice goes out 14 days ahead for the board, 28 for the assembly, earlier off a holiday
cy meeting schedule --body board --date 2021-05-31 --today 2021-01-04
cy meeting schedule --body assembly --date 2021-06-10 --plan contingent-set --year 2022 --today 2021-01-04
cy meeting schedule --body secretariat --date 2021-03-01 --today 2021-01-04
say scheduled at short notice: the notice day has passed already
cy meeting schedule --body board --date 2021-01-12 --today 2021-01-04
cy meeting cancel --body board --date 2021-01-12 --today 2021-01-04
say refused: exit 3, the database unchanged
cy_unchanged meeting schedule --body board --date 2021-05-31 --today 2021-01-05
cy_unchanged meeting schedule --body board --date 2021-06-01 --plan contingent-set --year 2022 --today 2021-01-05
cy_unchanged meeting schedule --body assembly --date 2021-06-11 --plan contingent-set --year 2022 --today 2021-01-05
say bad input: exit 2, the database unchanged
cy_unchanged meeting schedule --body board --date 2021-01-03 --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-06-01 --plan budget-adopted --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-06-01 --year 2022 --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-06-01 --plan budget-adpoted --year 2022 --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-06-01 --plan budget-adopted --plan budget-adopted --year 2022 --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-06-01 --plan budget-adopted --year 2019 --today 2021-01-04
cy_unchanged meeting schedule --body bord --date 2021-06-01 --today 2021-01-04
cy_unchanged meeting schedule --body board --date 2021-02-30 --today 2021-01-04
cy_unchanged meeting schedule --body board --today 2021-01-04
say status and remind show the meetings ahead, their notice days and what is planned
cy status --today 2021-05-10 --year 2022
cy remind --today 2021-05-10 --within 14
cy remind --today 2021-05-10 --within 14 --format json
say held, with the cases it treated
cy case open --body board --title "EXAMPLE DATA: budget follow-up" --today 2021-05-31
cy meeting held --body board --date 2021-05-31 --case 1/21 --today 2021-05-31
cy_unchanged meeting held --body board --date 2021-05-31 --today 2021-06-01
cy_unchanged meeting held --body board --date 2021-06-01 --case 2/21 --today 2021-06-01
cy_unchanged meeting held --body board --date 2021-06-01 --case 1/21 --case 1/2021 --today 2021-06-01
cy_unchanged meeting held --body board --date 2021-06-02 --today 2021-06-01
say a case opened after the meeting was not treated there
cy case open --body board --title "EXAMPLE DATA: opened after the meeting" --today 2021-06-01
cy_unchanged meeting held --body board --date 2021-05-28 --case 2/21 --today 2021-06-01
cy case show 1/21 --body board
say remind --new shows a meeting once
cy remind --today 2021-06-01 --within 9 --new
cy remind --today 2021-06-01 --within 9 --new
say cancelled: not twice, and not once held
cy meeting cancel --body assembly --date 2021-06-10 --today 2021-06-01
cy_unchanged meeting cancel --body assembly --date 2021-06-10 --today 2021-06-01
cy_unchanged meeting cancel --body board --date 2021-05-31 --today 2021-06-01
say a meeting that replaces a cancelled one is not dated before the cancellation
cy_unchanged meeting schedule --body assembly --date 2021-06-18 --plan contingent-set --year 2022 --today 2021-05-30
say scheduled anew on the same day, remind --new shows it again
cy meeting schedule --body assembly --date 2021-06-10 --today 2021-06-01
cy remind --today 2021-06-01 --within 9 --new
say cancelled again, the planned step can go to another meeting
cy meeting cancel --body assembly --date 2021-06-10 --today 2021-06-01
cy meeting schedule --body assembly --date 2021-06-17 --plan contingent-set --year 2022 --today 2021-06-01
say the planned step recorded at the meeting, then planning it is refused
cy record contingent-set --year 2022 --date 2021-06-17 --today 2021-06-17 --rate 2.70
cy meeting held --body assembly --date 2021-06-17 --today 2021-06-17
cy_unchanged meeting schedule --body assembly --date 2021-06-24 --plan contingent-set --year 2022 --today 2021-06-17
cy meeting list
cy meeting list --body assembly --year 2021
cy meeting list --year 2020
cy log --kind meeting-held --format csv
say a held meeting keeps its planned step until its day, so that status as of earlier days replays
cy meeting schedule --body board --date 2021-11-05 --plan budget-adopted --year 2022 --today 2021-10-01
cy meeting held --body board --date 2021-11-05 --today 2021-11-05
cy_unchanged meeting schedule --body board --date 2021-12-03 --plan budget-adopted --year 2022 --today 2021-10-15
cy meeting schedule --body board --date 2021-12-03 --plan budget-adopted --year 2022 --today 2021-11-05
cy status --today 2021-10-20 --year 2022
say a step planned for a meeting of its own body, not the body it goes to
cy meeting schedule --body secretariat --date 2022-09-15 --plan status-report --year 2022 --today 2022-09-01
cy status --today 2022-09-01 --year 2022
