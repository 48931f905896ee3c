# Mandates: the seed's 58/20 (the board lets the secretariat run day-to-day finances), steps
# recorded under a mandate, boundary days, revocation, the wrong grantee. Case numbers other
# than 58/20, and all dates of mandate decisions, are EXAMPLE DATA.
load_example
say in force from the day of the decision
cy mandate list --at 2020-11-01
cy mandate list --at 2020-11-02
say a step under the mandate, by the body it was granted to
cy record status-report --year 2021 --date 2021-09-20 --today 2021-09-20 --under-mandate 58/20
cy log --kind status-report --format json
say another body, no such mandate, no case number: refused, database unchanged
cy_unchanged record contingent-set --year 2022 --date 2021-05-10 --today 2021-05-10 --rate 2.70 --under-mandate 58/20
cy_unchanged record draft-submitted --year 2022 --date 2021-09-21 --today 2021-09-21 --under-mandate 99/20
cy_unchanged record draft-submitted --year 2022 --date 2021-09-21 --today 2021-09-21 --under-mandate 58-20
say a mandate for one month: its first and last day count, the day after does not
cy mandate grant --case 12/21 --by board --to secretariat --scope "EXAMPLE DATA: one month" --date 2021-02-20 --from 2021-03-01 --until 2021-03-31 --today 2021-02-20
cy mandate list --at 2021-03-31
cy mandate list --at 2021-04-01
cy_unchanged record draft-submitted --year 2022 --date 2021-02-28 --today 2021-09-22 --under-mandate 12/21
cy_unchanged record draft-submitted --year 2022 --date 2021-04-01 --today 2021-09-22 --under-mandate 12/21
cy record draft-submitted --year 2022 --date 2021-09-22 --today 2021-09-22
say revoked by a later decision: not in force from its day
cy mandate revoke --case 58/20 --by-case 70/21 --date 2021-10-01 --today 2021-10-01
cy mandate list --at 2021-09-30
cy mandate list --at 2021-10-01
cy_unchanged record draft-submitted --year 2023 --date 2021-10-02 --today 2021-10-02 --under-mandate 58/20
say refused: exit 3, database unchanged
cy_unchanged mandate revoke --case 58/20 --by-case 71/21 --date 2021-10-05 --today 2021-10-05
cy_unchanged mandate revoke --case 13/21 --by-case 72/21 --date 2021-10-05 --today 2021-10-05
cy_unchanged mandate grant --case 58/20 --by board --to secretariat --scope "again" --today 2021-10-05
cy_unchanged mandate grant --case 73/21 --by board --to board --scope "itself" --today 2021-10-05
cy_unchanged mandate grant --case 74/21 --by board --to secretariat --scope "backwards" --from 2021-11-01 --until 2021-10-31 --today 2021-10-05
say bad input: exit 2, database unchanged
cy_unchanged mandate grant --case 75/21 --by board --to secretary --scope "x" --today 2021-10-05
cy_unchanged mandate grant --case 75/21 --by board --to secretariat --scope "x" --date 2021-10-06 --today 2021-10-05
cy_unchanged mandate grant --case 75-21 --by board --to secretariat --scope "x" --today 2021-10-05
cy_unchanged mandate list --at 2021-02-30
cy_unchanged mandate grant --case 76/21 --by board --to secretariat --scope "early" --date 2021-10-05 --from 2021-10-01 --today 2021-10-05
say a mandate used on a day cannot be revoked from that day or earlier
cy mandate grant --case 77/21 --by board --to secretariat --scope "EXAMPLE DATA" --date 2021-10-05 --today 2021-10-05
cy record draft-submitted --year 2023 --date 2021-10-06 --today 2021-10-06 --under-mandate 77/21
cy_unchanged mandate revoke --case 77/21 --by-case 78/21 --date 2021-10-06 --today 2021-10-07
cy mandate revoke --case 77/21 --by-case 78/21 --date 2021-10-07 --today 2021-10-07
say two series with the same number: the one granted to the acting body counts, revoke asks which
cy mandate grant --case 58/20 --by assembly --to board --scope "EXAMPLE DATA" --date 2020-12-01 --today 2021-10-08
cy_unchanged mandate revoke --case 58/20 --by-case 79/21 --date 2021-10-08 --today 2021-10-08
cy_unchanged case show 58/20
say case show follows the mandate: its grant, the step under it, its revocation
cy case show 58/20 --body board
cy verify
