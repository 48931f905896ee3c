# The 2021 example on 2021-10-01: 2021 in execution (adopted late), the Q3 report overdue.
load_example
cy status --today 2021-10-01
say one budget year only
cy status --today 2021-10-01 --year 2021
say a year before the first tracked one
cy status --today 2021-10-01 --year 2020
say in English: ids and ISO dates, the words of the JSON
cy status --today 2021-10-01 --year 2022 --lang en
say a config that says language: en makes English the default, and --lang nb overrides it
sed 's|^  first-tracked-year: 2021.*|&\n  language: en|' "$root/config/osloregionen.yaml" > english.yaml
grep -n '^  language:' english.yaml
cy --db english.db init --config english.yaml --today 2021-09-01
cy --db english.db status --today 2021-10-01 --year 2022
cy --db english.db status --today 2021-10-01 --year 2022 --lang nb
say an unknown language
cy status --today 2021-10-01 --lang se
