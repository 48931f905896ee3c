# The 2021 example seen on 2020-09-01: contingent overdue, draft due; nothing decided yet.
load_example
cy status --today 2020-09-01
