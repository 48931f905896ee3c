# Bulk import and export: the 2021 example exported as JSON lines and imported into an empty
# database rebuilds the same chain; bad lines are named FILE:LINE and nothing of their
# transaction is kept. The edited lines below are test data made from the example's events.
load_example
"$cycle" export > example.jsonl
echo "exported $(wc -l < example.jsonl) lines"
say the first line
head -c 300 example.jsonl; echo
say into an empty database
cy --db copy.db import example.jsonl --today 2021-12-31
"$cycle" --db copy.db export | cmp - example.jsonl && echo "export of the copy: byte for byte the same"
cy --db copy.db verify
cy verify

# edit.py IN OUT LINE EXPR: applies EXPR to the event object on 1-based LINE (e for the event);
# keep the first LINE lines only when EXPR is "cut".
cat > edit.py <<'PY'
import json, sys
source, target, number, expr = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
lines = open(source, encoding="utf-8").read().splitlines()
if expr == "cut":
    lines = lines[:number]
else:
    e = json.loads(lines[number - 1])
    exec(expr)
    lines[number - 1] = json.dumps(e, ensure_ascii=False, separators=(",", ":"))
open(target, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
edit() { python3 edit.py "$@"; }

say importing the same lines again: seq 1 is not the next link
cy_unchanged import example.jsonl --today 2021-12-31
say a line that is not JSON
edit example.jsonl bad.jsonl 3 'pass'
sed -i '3s/"kind"/kind/' bad.jsonl
cy --db new.db import bad.jsonl --today 2021-12-31
ls new.db 2>/dev/null || echo "no new.db: the database the import created is removed again"
say a number beyond a double: well-formed JSON, still bad input, found by a fuzz seed
edit example.jsonl bad.jsonl 3 'pass'
sed -i '3s/"irregular":false/"irregular":false,"x":1e400/' bad.jsonl
cy --db new.db import bad.jsonl --today 2021-12-31
say an unknown field, a missing field, a wrong type
edit example.jsonl bad.jsonl 2 'e["colour"] = "red"'
cy --db new.db import bad.jsonl --today 2021-12-31
edit example.jsonl bad.jsonl 2 'del e["actor"]'
cy --db new.db import bad.jsonl --today 2021-12-31
edit example.jsonl bad.jsonl 2 'e["budget_year"] = "2021"'
cy --db new.db import bad.jsonl --today 2021-12-31
edit example.jsonl bad.jsonl 2 'e["date"] = "2021-02-29"'
cy --db new.db import bad.jsonl --today 2021-12-31
say a field changed behind the chain: the hash no longer matches
edit example.jsonl bad.jsonl 4 'e["actor"] = "mallory"'
cy --db new.db import bad.jsonl --today 2021-12-31
say a late step that says it was on time: the machines judge it irregular
# Line 7 is the adoption of 5 February 2021, late with its reason. Unchained, it is judged anew.
sed -n 7p example.jsonl | grep -o '"irregular":true,"kind":"budget-adopted"'
edit example.jsonl bad.jsonl 7 'e["irregular"] = False; e["reason"] = ""; [e.pop(k) for k in ("seq", "prev_hash", "hash")]'
cy --db new.db import bad.jsonl --today 2021-12-31
say dated after today
cy --db new.db import example.jsonl --today 2021-02-04
ls new.db 2>/dev/null || echo "no new.db"

say new events without seq and hashes are chained on import and judged
cat > new-case.py <<'PY'
import json
base = {"org": "osloregionen", "recorded_at": "2021-03-01T09:00:00Z", "actor": "import",
        "kind": "case-opened", "budget_year": None, "body": "board", "details": {"title": "t"},
        "irregular": False, "reason": ""}
def case(date, sequence, title):
    return dict(base, date=date, details={"title": title},
                case={"number": f"{sequence}/21", "body": "board", "year": 2021, "sequence": sequence})
with open("next-case.jsonl", "w") as out:
    out.write(json.dumps(case("2021-03-01", 1, "Synthetic case A")) + "\n")
with open("skipped-case.jsonl", "w") as out:
    out.write(json.dumps(case("2021-03-01", 3, "Synthetic case B")) + "\n")
with open("unknown-body.jsonl", "w") as out:
    event = case("2021-03-01", 1, "Synthetic case C")
    event["body"] = event["case"]["body"] = "council"
    out.write(json.dumps(event) + "\n")
PY
python3 new-case.py
cy_unchanged import skipped-case.jsonl --today 2021-03-01
cy_unchanged import unknown-body.jsonl --today 2021-03-01
cy import next-case.jsonl --today 2021-03-01
cy case show 1/21 --body board
cy verify

say in batches: what was committed stays, the failing batch is rolled back
edit example.jsonl bad.jsonl 7 'e["actor"] = "mallory"'
cy --db batched.db import bad.jsonl --batch 3 --today 2021-12-31
"$cycle" --db batched.db log --format csv | cut -d, -f1-6
cy --db batched.db verify
say importing the rest into that database continues the chain
tail -n +7 example.jsonl > rest.jsonl
cy --db batched.db import rest.jsonl --today 2021-12-31
"$cycle" --db batched.db export | cmp - example.jsonl && echo "byte for byte the example"
say a file that cannot be read
cy_unchanged import missing.jsonl
