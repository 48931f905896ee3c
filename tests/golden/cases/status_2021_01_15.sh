# The 2021 example on 2021-01-15 (the README's first command): the board's adoption is
# overdue, the late contingent shown as irregular; text and JSON.
load_example
cy status --today 2021-01-15
say JSON for scripts
cy status --today 2021-01-15 --format json
