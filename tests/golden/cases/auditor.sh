# The auditor's view: log filters (they combine), CSV, corrections as new events, and a
# checkpoint kept outside the database that proves the log was extended, not changed or cut.
load_example
say filters combine
cy log --irregular --format csv
cy log --from 2020-10-28 --to 2020-10-28 --body assembly
cy log --kind budget-adopted --actor secretariat
cy log --actor nobody-here
say bad filters: exit 2
cy_unchanged log --kind budget-adpoted
cy_unchanged log --body bord
cy_unchanged log --from 2021-02-01 --to 2021-01-01
cy_unchanged log --from 2021-13-01
say a correction is a new event pointing at the old one, and nothing is edited
cy correct 5 --reason "EXAMPLE DATA: the draft was submitted a day earlier" --date 2020-11-19 --today 2021-03-01
cy log --kind correction --format json
cy_unchanged correct 99 --reason "no such event" --today 2021-03-01
cy_unchanged correct 5 --reason "" --today 2021-03-01
cy_unchanged correct 5 --reason "x" --case 58-20 --today 2021-03-01
cy status --today 2021-03-01 --year 2021 --lang en | grep draft-submitted
say the checkpoint, and the log extended legitimately
cy checkpoint
checkpoint=$("$cycle" checkpoint)
cp cycle.db cut.db
cy case open --body board --title "EXAMPLE DATA" --today 2021-03-02
cy verify --checkpoint "$checkpoint"
cy_unchanged verify --checkpoint "cycle-checkpoint/1 events=5"
say cut off its end behind the tool, with the triggers dropped: the chain alone looks intact
sqlite3 cut.db "DROP TRIGGER case_log_no_delete; DELETE FROM case_log WHERE seq >= 6;"
cy --db cut.db verify
cy --db cut.db verify --checkpoint "$checkpoint"
say a field changed behind the tool
cp cycle.db changed.db
sqlite3 changed.db "DROP TRIGGER case_log_no_update; UPDATE case_log SET actor = 'someone' WHERE seq = 3;"
cy --db changed.db verify --checkpoint "$checkpoint"
say a whole other log of the same length does not extend the checkpoint
mkdir other && cp "$root/config/osloregionen.yaml" other/osloregionen.yaml
cy --db other/cycle.db init --config other/osloregionen.yaml --today 2020-03-01
for i in 1 2 3 4 5 6; do "$cycle" --db other/cycle.db case open --body board --title "other $i" --today 2020-03-01 > /dev/null; done
cy --db other/cycle.db verify --checkpoint "$checkpoint"
