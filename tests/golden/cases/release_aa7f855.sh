# Compatibility with the release before configurable steps (commit aa7f855, config format 1):
# a database that release made is exported (fixtures/release-aa7f855.jsonl: the 2021 example
# and EXAMPLE DATA events of every kind and verdict, see fixtures/make-release-aa7f855.sh),
# imported into a new database, and every read command prints what the release printed, byte
# for byte. The expected transcript was written by the release's own binary running this case
# (UPDATE_GOLDEN=1 with run.sh given that binary); never remake it with a newer one: a
# difference here is a regression, or a change of output to be made on purpose and noted.
# The import judges every event again with today's machines and the stored format-1 configs;
# verify --replay judges them once more. The route of a database file made by an older cycle,
# read and migrated as it is, is the schema_evolution case's (no database files are committed).
fixture=$root/tests/golden/fixtures/release-aa7f855.jsonl
echo "fixture: $(wc -l < "$fixture") events"

say imported into a new database: the same chain, hash for hash
cy import "$fixture" --today 2022-12-31
"$cycle" export | cmp - "$fixture" && echo "export: byte for byte the fixture"
"$cycle" log --format json | cmp - "$fixture" && echo "log --format json: byte for byte the fixture"
cy verify
cy verify --replay --today 2022-12-31
cy checkpoint

say the log
cy log
cy log --format csv
cy log --irregular
cy log --kind config-changed --format csv
cy log --year 2022 --body board

say status
for day in 2020-09-01 2021-01-15 2021-10-01 2022-01-10 2022-07-01 2023-07-01; do
    cy status --today "$day"
    cy status --today "$day" --lang en
    cy status --today "$day" --format json
done
cy status --year 2022 --today 2021-06-01 --lang en

say remind
for day in 2021-01-15 2021-03-25 2021-10-01 2022-01-10 2022-06-01; do
    cy remind --today "$day"
    cy remind --today "$day" --lang en --within 90
    cy remind --today "$day" --format json
done
cy remind --today 2021-10-01 --format mail --from secretariat@example.org --to board@example.org

say meetings, mandates, cases
cy meeting list --today 2022-12-31
cy meeting list --year 2022 --body board --today 2022-12-31
cy mandate list --today 2021-01-15
cy mandate list --today 2022-12-31 --at 2021-06-01
cy mandate list --today 2022-12-31
cy case show 58/20 --today 2022-12-31
cy case show 1/21 --today 2022-12-31
cy case show 2/21 --format json --today 2022-12-31
cy case show 6/21 --format csv --today 2022-12-31
cy case show 4/22 --today 2022-12-31

say contingent and budget
cy contingent --year 2021 --today 2022-12-31
cy contingent --year 2021 --format json --today 2022-12-31
cy contingent --year 2022 --format csv --today 2022-12-31
cy contingent --year 2023 --today 2022-12-31
# The adoption stored the path examples/budget-2021.yaml, relative to where it was recorded.
mkdir examples && cp "$root/examples/budget-2021.yaml" examples/
cy budget check --adopted --year 2021 --today 2022-12-31
cy budget check --adopted --year 2022 --today 2022-12-31
cy budget compare --year 2021 --today 2022-12-31
cy budget compare --year 2021 --format json --today 2022-12-31

say calendar
cy calendar --ics - --today 2021-10-01
cy calendar --ics - --year 2022 --today 2022-01-10

say wheel
cy wheel --year 2021 --svg - --today 2021-10-01
cy wheel --year 2022 --svg - --lang en --today 2022-07-01

say report
cy report --html page --today 2022-01-10
cat page/index.html
cy report --html page-en --lang en --today 2021-10-01
cat page-en/index.html
