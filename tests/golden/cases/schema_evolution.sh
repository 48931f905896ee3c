# Schema evolution: a database of schema version 1, built from the frozen version 1 schema
# (fixtures/schema-v1.sql) and the 2021 example's events, is read as it is, migrated by the
# first command that writes (to version 3), and its log replays unchanged. A database of a newer
# version is refused with exit 4 and left as it was.
load_example
sqlite3 v1.db < "$root/tests/golden/fixtures/schema-v1.sql"
sqlite3 v1.db "ATTACH 'cycle.db' AS made; INSERT INTO case_log SELECT * FROM made.case_log; INSERT INTO case_number SELECT * FROM made.case_number;"
echo "v1.db: schema version $(sqlite3 v1.db 'PRAGMA user_version'), tables $(sqlite3 v1.db "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'"), indexes $(sqlite3 v1.db "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")"

say read as it is: the same log, the same status, nothing written
"$cycle" export > made.jsonl
"$cycle" --db v1.db export > before.jsonl
cmp made.jsonl before.jsonl && echo "export: the same $(wc -l < before.jsonl) events"
"$cycle" status --today 2021-10-01 > made-status.txt
"$cycle" --db v1.db status --today 2021-10-01 > v1-status.txt
cmp made-status.txt v1-status.txt && echo "status on 2021-10-01: the same"
cy --db v1.db verify
echo "v1.db: schema version $(sqlite3 v1.db 'PRAGMA user_version')"
say a writer refused for a bad option before the file opens leaves it byte for byte
sha256sum v1.db > v1.sum
cy --db v1.db remind --new --lang xx --today 2021-09-01
sha256sum --check --quiet v1.sum && echo "v1.db: unchanged"
say a writer refused after the file opens leaves it byte for byte too, journal mode and all
echo "v1.db: journal mode $(sqlite3 v1.db 'PRAGMA journal_mode')"
echo '{"org":"osloregionen"' > broken.jsonl
cy --db v1.db import broken.jsonl --today 2021-12-31
sha256sum --check --quiet v1.sum && echo "v1.db: unchanged"

say migrated by a command that writes: import appends one event
cat > next-case.jsonl <<'JSON'
{"org":"osloregionen","recorded_at":"2021-03-01T09:00:00Z","date":"2021-03-01","actor":"import","kind":"case-opened","budget_year":null,"body":"board","case":{"number":"1/21","body":"board","year":2021,"sequence":1},"details":{"title":"Synthetic case"},"irregular":false,"reason":""}
JSON
cy --db v1.db import next-case.jsonl --today 2021-12-31
echo "v1.db: schema version $(sqlite3 v1.db 'PRAGMA user_version'), tables $(sqlite3 v1.db "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'"), indexes $(sqlite3 v1.db "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")"
"$cycle" --db v1.db export > after.jsonl
head -n 9 after.jsonl | cmp - before.jsonl && echo "the 9 events of version 1: unchanged"
echo "v1.db: journal mode $(sqlite3 v1.db 'PRAGMA journal_mode')"
cy --db v1.db verify
say remind --new now keeps what it showed in the version 2 table
"$cycle" --db v1.db remind --new --today 2021-09-01 > /dev/null; echo "[exit $?]"
echo "reminder_shown rows: $(sqlite3 v1.db 'SELECT COUNT(*) FROM reminder_shown')"

say a newer schema version is refused and left as it was
mkdir newer && cp v1.db newer/cycle.db
sqlite3 newer/cycle.db "PRAGMA user_version = 4"
cd newer || exit 1
cy_unchanged status --today 2021-10-01
cy_unchanged import ../next-case.jsonl --today 2021-12-31
cy_unchanged verify
