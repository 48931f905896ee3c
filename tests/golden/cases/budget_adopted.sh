# The board's adoption names the budget document it adopted: its SHA-256 and totals are stored
# in the event, status shows them, and `budget check --adopted` says whether the file changed.
load_example
# Paths relative to this folder, so that the tables are as wide in every checkout.
cp "$root/examples/budget-2021.yaml" adopted.yaml
cp "$root/tests/golden/fixtures/accounts-2021.yaml" accounts-2021.yaml
cy status --today 2021-03-01 --year 2021 --format json
say the adopted document, unchanged: its figures are checked as ever, and the digest agrees
cy budget check --adopted --year 2021 adopted.yaml --today 2021-03-01
say the path recorded is relative to the folder of the recording: from elsewhere, give FILE
cy_unchanged budget check --adopted --year 2021 --today 2021-03-01
say changed behind the back of the board: the digest differs, exit 1
sed 's/"10 083", "3 404"]}$/"10 084", "3 405"]}/' "$root/examples/budget-2021.yaml" > changed.yaml
cy budget check --adopted --year 2021 changed.yaml --today 2021-03-01 --format json
say no document adopted for 2022, and bad input
cy_unchanged budget check --adopted --year 2022 --today 2021-03-01
cy_unchanged budget check --adopted --today 2021-03-01
cy_unchanged budget check --year 2021 adopted.yaml
say recording an adoption with a document: it must be the budget of that year, and name its budget column
cp "$root/config/osloregionen.yaml" osloregionen.yaml
mv cycle.db example.db
cy init --config osloregionen.yaml --today 2021-09-01
cy record contingent-set --year 2022 --date 2021-06-10 --today 2021-09-01 --rate 2.70 --reason "EXAMPLE DATA"
cy record draft-submitted --year 2022 --date 2021-10-01 --today 2021-10-01
sed 's/^budget-year: 2021/budget-year: 2022/' "$root/tests/golden/fixtures/budget-consistent.yaml" > budget-2022.yaml
grep -v '^budget-column' budget-2022.yaml > no-column.yaml
cy_unchanged record budget-adopted --year 2022 --date 2021-12-10 --today 2021-12-10 --budget adopted.yaml
cy_unchanged record budget-adopted --year 2022 --date 2021-12-10 --today 2021-12-10 --budget no-column.yaml
cy_unchanged record draft-submitted --year 2023 --date 2022-10-01 --today 2022-10-01 --budget budget-2022.yaml
cy_unchanged record budget-adopted --year 2022 --date 2021-12-10 --today 2021-12-10 --budget missing.yaml
cy record budget-adopted --year 2022 --date 2021-12-10 --today 2021-12-10 --budget budget-2022.yaml
cy budget check --adopted --year 2022 --today 2021-12-10
say the accounts approved with their document, then budget against accounts per line
mv cycle.db fresh.db
mv example.db cycle.db
cy record accounts-approved --year 2021 --date 2022-05-10 --today 2022-05-10 --accounts accounts-2021.yaml
cy budget compare --year 2021 --today 2022-05-10
cy budget compare --year 2021 --today 2022-05-10 --format json
say before the approval, for a year with neither, and the wrong document or option: exits 3 and 2
cy_unchanged budget compare --year 2021 --today 2022-05-09
cy_unchanged budget compare --year 2022 --today 2022-05-10
cy_unchanged record accounts-approved --year 2022 --date 2023-05-10 --today 2023-05-10 --accounts adopted.yaml
cy_unchanged record accounts-approved --year 2022 --date 2023-05-10 --today 2023-05-10 --budget adopted.yaml
