# init: creating, repeating (no change), changing the config, bad configs; several
# organisations in one database.
# Configs are copied here: the path given to init is stored, and hashed, in the case log.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cp "$golden/fixtures/example-council.yaml" example-council.yaml
say a bad config creates nothing
sed 's/    window: {from: Y-1-04-01/    widow: {from: Y-1-04-01/' osloregionen.yaml > typo.yaml
cy init --config typo.yaml --today 2020-03-02
ls cycle.db 2>&1
say register, then again with the same file
cy init --config osloregionen.yaml --today 2020-03-02
cy_unchanged init --config osloregionen.yaml --today 2020-03-03
say a bad config leaves an existing database untouched
cy_unchanged init --config typo.yaml --today 2020-03-03
cy_unchanged init --config missing.yaml --today 2020-03-03
say a changed config is recorded as an event and applies from then on
sed '0,/deadline: end-of-window/s//deadline: Y-1-10-31/' osloregionen.yaml > changed.yaml
cy init --config changed.yaml --today 2020-07-01
cy record contingent-set --date 2020-10-28 --today 2020-10-28 --rate 2.70
cy status --today 2020-11-01 --year 2021
say "a second organisation (EXAMPLE DATA)"
cy init --config example-council.yaml --today 2020-03-04
cy_unchanged status --today 2020-11-01
cy --org example-council status --today 2020-11-01
cy --org osloregionen log
cy verify
say status on a day before the change shows the rules of that day
cy --org osloregionen status --today 2020-06-30 --year 2021
