# --override records a refused step anyway, marked irregular, and status and log show why.
load_example
cy record status-report --year 2022 --date 2021-03-01 --today 2021-03-01 --override "board asked for an early report"
cy record draft-submitted --year 2021 --date 2021-03-02 --today 2021-03-02 --reason "resubmitted" --override "the adopted draft was replaced"
cy record contingent-set --year 2022 --date 2021-05-10 --today 2021-05-10 --rate 2.70 --override "not needed"
cy status --today 2021-05-10
cy log --format csv --year 2022
say strategic guidelines: too long a period, and none in force once the period has ended
cy record strategy-adopted --period 2025-2030 --date 2021-06-01 --today 2021-06-01
cy status --today 2026-01-01 --year 2026
