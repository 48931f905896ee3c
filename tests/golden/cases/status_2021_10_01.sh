# The 2021 example on 2021-10-01: 2021 in execution (adopted late), the Q3 report overdue.
load_example
cy status --today 2021-10-01
say one budget year only
cy status --today 2021-10-01 --year 2021
say a year before the first tracked one
cy status --today 2021-10-01 --year 2020
