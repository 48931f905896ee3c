# The contingent for 2021 at the rate the assembly decided on 28 Oct 2020 (NOK 2.70), with the
# populations of 1 January 2020: the seed's table (section 4.2.3) to the krone.
load_example
cy contingent --year 2021 --today 2021-03-01
cy contingent --year 2021 --today 2021-03-01 --format csv
cy contingent --year 2021 --today 2021-03-01 --format json
say before the decision, and for a year with none: exit 3
cy_unchanged contingent --year 2021 --today 2020-10-27
cy_unchanged contingent --year 2022 --today 2021-03-01
say the 2022 rate recorded, but no config counts the members as of 1 January 2021: exit 3
cy record contingent-set --year 2022 --date 2021-05-20 --today 2021-05-20 --rate 2.75 --doc "EXAMPLE DATA"
cy_unchanged contingent --year 2022 --today 2021-05-20
say a config counting the members as of 1 January 2021 - EXAMPLE DATA, the 2020 figures again - with half-even rounding
sed -e 's/population-as-of: 2020-01-01/population-as-of: 2021-01-01/' -e 's/rounding: half-up /rounding: half-even/' "$root/config/osloregionen.yaml" > counted-2021.yaml
cy init --config counted-2021.yaml --today 2021-05-21
cy contingent --year 2022 --today 2021-05-21
cy contingent --year 2021 --today 2021-05-21
say bad input: exit 2
cy_unchanged contingent --year 2020 --today 2021-03-01
cy_unchanged contingent --today 2021-03-01
cy_unchanged contingent --year 2021 --format xml --today 2021-03-01
