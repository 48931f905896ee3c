# Every refusal of `cycle record`: its one-line message, its exit code, and the database
# byte for byte unchanged.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cy init --config osloregionen.yaml --today 2020-03-02
say workflow refusals: exit 3
cy_unchanged record budget-adopted --date 2020-11-15 --today 2020-12-01
cy record contingent-set --date 2020-05-15 --today 2020-12-01 --rate 2.70
cy_unchanged record budget-adopted --date 2020-11-15 --today 2020-12-01
cy_unchanged record contingent-set --date 2020-05-20 --today 2020-12-01 --rate 2.70
cy_unchanged record draft-submitted --date 2020-05-01 --today 2020-12-01
cy_unchanged record draft-submitted --date 2020-12-01 --today 2020-12-01
cy_unchanged record status-report --year 2021 --date 2020-12-01 --today 2020-12-01
cy_unchanged record accounts-approved --year 2021 --date 2020-12-01 --today 2020-12-01
cy record draft-submitted --date 2020-11-30 --today 2020-12-01
cy record budget-adopted --date 2020-12-01 --today 2020-12-01 --case 58/20
cy_unchanged record accounts-approved --year 2021 --date 2021-06-01 --today 2021-06-01
cy_unchanged record strategy-adopted --period 2021-2024 --date 2020-12-01 --today 2020-12-01 --override ""
say bad input: exit 2
cy_unchanged record contingent-set --date 2021-05-01 --today 2021-04-30 --rate 2.70
cy_unchanged record contingent-set --date 2021-02-29 --rate 2.70
cy_unchanged record contingent-set --date 2021-05-01 --today 2021-05-01
cy_unchanged record contingent-set --date 2021-05-01 --today 2021-05-01 --rate 2,705
cy_unchanged record draft-submitted --date 2021-05-01 --today 2021-05-01 --rate 2.70
cy_unchanged record status-report --date 2021-09-01 --today 2021-09-01 --case 58-21
cy_unchanged record status-repot --date 2021-09-01 --today 2021-09-01
cy_unchanged record status-report --year 2020 --date 2021-09-01 --today 2021-09-01
cy_unchanged record strategy-adopted --period 2024-2021 --date 2021-09-01 --today 2021-09-01
cy_unchanged record strategy-adopted --date 2021-09-01 --today 2021-09-01
cy_unchanged record status-report --date 2021-09-01 --today 2021/09/01
cy_unchanged record status-report --today 2021-09-01
cy_unchanged --org oslo status --today 2021-09-01
cy_unchanged stauts
say storage: exit 4
cy_unchanged --db missing.db status
printf 'plain text\n' > text.db
cy --db text.db status
cy --db text.db record draft-submitted --date 2021-01-01
sha256sum text.db
say more bad input: exit 2, database unchanged
cy_unchanged record status-report --year 99999 --date 2021-09-01 --today 2021-09-01
cy_unchanged status --year 2300 --today 2021-09-01
cy_unchanged --actor "" record status-report --year 2021 --date 2021-09-01 --today 2021-09-01
say one line of text: exit 2, database unchanged
cy_unchanged record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --doc $'two\nlines'
cy_unchanged record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --reason "   "
cy_unchanged record status-report --year 2021 --date $'2021-09-01\nX' --today 2021-09-01
cy_unchanged --db "" status
say a case number is used for one decision: exit 3, database unchanged
cy_unchanged record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --case 58/2020
cy record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --case 58/2021 --reason "not late"
cy log --case 58/21 --format json
