# remind's harder cases: a database of schema version 1 is left byte for byte as it was by a
# failing command and upgraded by the first `remind --new` that succeeds; a deadline that
# moves is a new deadline for --new; a step the cycle passed over is no longer reminded of.
load_example
sqlite3 cycle.db "DROP TABLE reminder_shown; DROP INDEX case_log_workflow_by_org; PRAGMA user_version = 1;"
say schema version 1: failing commands change nothing
cy_unchanged remind --new --today 2021-09-25 --format mail
cy_unchanged record status-report --year 1800 --date 2021-09-20 --today 2021-09-20
cy_unchanged record budget-adopted --date 2021-09-20 --today 2021-09-20
say the first remind --new that succeeds adds the table of reminders shown
cy remind --new --today 2021-09-25
sqlite3 cycle.db "PRAGMA user_version; SELECT COUNT(*) FROM reminder_shown;"
cy verify

say a mail job without addresses fails from its first day, even with nothing to send
cy remind --new --today 2021-09-25 --format mail

say a passed-over step: accounts approved without the 2021 status report
cy record accounts-approved --year 2021 --date 2022-05-10 --today 2022-05-10
cy status --today 2022-05-11 --year 2021
cy remind --today 2022-05-11 --within 60
"$cycle" calendar --ics - --today 2022-05-11 --year 2021 | tr -d '\r' \
    | sed -n '/^UID:osloregionen-2021-status-report-deadline/,/^END:VTODO/p'

say "a deadline that moves: status report 30 days after the adoption (EXAMPLE DATA rule)"
rm -f cycle.db cycle.db-wal cycle.db-shm
cp "$root/config/osloregionen.yaml" osloregionen.yaml
python3 - <<'PY'
text = open("osloregionen.yaml", encoding="utf-8").read()
marker = "    to: board\n    window: {from: Y-07-01, to: Y-09-30}\n    deadline: end-of-window"
assert marker in text
text = text.replace(marker, "    to: board\n    window: {from: Y-07-01, to: Y-09-30}\n"
                            "    deadline: {days: 30, after: budget-adopted}")
open("moved.yaml", "w", encoding="utf-8").write(text)
PY
cy init --config moved.yaml --today 2020-03-02
cy record contingent-set --date 2020-10-28 --today 2020-10-28 --rate 2.70 --reason "EXAMPLE DATA"
cy record draft-submitted --date 2020-11-20 --today 2020-11-20
for day in 2021-01-25 2021-02-02 2021-02-06; do
    say "daily job on $day"
    cy remind --new --today "$day"
done
cy record budget-adopted --date 2021-02-05 --today 2021-02-06 --reason "EXAMPLE DATA"
for day in 2021-02-06 2021-03-01 2021-03-09; do
    say "daily job on $day, after the adoption"
    cy remind --new --today "$day"
done
