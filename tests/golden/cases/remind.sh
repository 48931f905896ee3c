# cycle remind across the 2021 example: the whole output on chosen days, exit 1 whenever
# something is overdue, --within, JSON, and bad input leaving the database as it was.
load_example
say before the contingent deadline: due, exit 0
cy remind --today 2020-06-01
cy remind --today 2020-06-30
say overdue: exit 1, a notice a week
cy remind --today 2020-07-08
cy remind --today 2020-10-01 --within 60
say once the contingent is set, the draft is due
cy remind --today 2020-11-16
say the board adopts late
cy remind --today 2021-01-15
say the same in English, --lang en: ids and ISO dates, the words of the JSON
cy remind --today 2021-01-15 --lang en
say after the adoption nothing is open: exit 0
cy remind --today 2021-02-06
say third quarter: the 2022 contingent is overdue, the status report due
cy_unchanged remind --today 2021-09-25
say JSON for scripts
cy remind --today 2021-09-25 --format json
say bad input: exit 2, the database unchanged
cy_unchanged remind --today 2021-09-25 --within -1
cy_unchanged remind --today 2021-09-25 --format pdf
cy_unchanged remind --today 2021-09-25 --format mail
cy_unchanged remind --today 2021-09-25 --format mail --from cycle@example.org --to nobody
cy_unchanged remind --new --today 2021-02-30
cy_unchanged remind --new --today 2021-09-25 --lang no
cy_unchanged remind --new --today 2021-09-25 --format mail --to post@example.org
