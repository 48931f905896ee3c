# The auditor's view of the 2021 example: the case log in three formats, filters, and the
# hash chain verified, then broken behind the tool's back.
load_example
cy log
say CSV
cy log --format csv
say JSON lines
cy log --format json --year 2021
say one case
cy record status-report --year 2021 --date 2021-09-20 --today 2021-09-20 --case 41/21
cy log --case 41/2021
cy log --case 41-21
say verify
cy verify
say an UPDATE is refused by the triggers
sqlite3 cycle.db "UPDATE case_log SET actor = 'mallory' WHERE seq = 3"; echo "[exit $?]"
say with the triggers dropped, verify names the first changed event
sqlite3 cycle.db "DROP TRIGGER case_log_no_update; UPDATE case_log SET actor = 'mallory' WHERE seq = 3"
cy verify
