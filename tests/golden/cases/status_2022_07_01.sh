# The 2021 example on 2022-07-01: 2021 awaits its accounts; 2022 and 2023 in preparation.
load_example
cy status --today 2022-07-01
