# Format 2's keys of a council's own config, end to end: closed-day ranges, a notice counted in
# working days, bodies' own mail (remind --format mail as an mbox, one message a body, sent by
# examples/remind-mail.sh one at a time), and the contingent with a base amount per member,
# group counts, weight 0, members joining and leaving, populations counted on 1 July.
# The shipped config made format 2; every value added below is EXAMPLE DATA.
python3 "$golden/format2_of.py" "$root/config/osloregionen.yaml" \
    $'    notice-days: 14            # EXAMPLE DATA: the seed gives no notice period; change it freely\n' $'    notice-working-days: 10\n    mail: {to: ["Styret <styret@example.org>"], cc: [arkiv@example.org]}\n' \
    $'  secretariat:\n    name: Sekretariatet\n' $'  secretariat:\n    name: Sekretariatet\n    mail: {to: [sekretariat@example.org]}\n' \
    $'\nreminders: ' $'\nclosed-days: [12-27..01-02, 2021-07-05..2021-07-30]\nreminders: ' \
    $'  within-days: 30 ' $'  mail: {from: "cycle <cycle@example.org>", to: [post@example.org]}\n  within-days: 30 ' \
    $'  population-as-of: 2020-01-01 #' $'  base-amount: 25000\n  population-as-of: 2020-07-01 #' \
    $'    weight: 1\n' $'    weight: 1\n    count: 63\n  - {name: Example kommune, kind: municipality, population: 1000, weight: 0}\n  - {name: Ny kommune, kind: municipality, population: 2000, weight: 1, joined: 2021-07-01}\n  - {name: Gammel kommune, kind: municipality, population: 3000, weight: 1, left: 2021-01-01}\n' > f2.yaml
grep -nE 'format|notice|mail|closed|base|count|weight: 0|joined|left|population-as-of' f2.yaml
cy init --config f2.yaml --today 2020-03-02

say the notice 10 working days ahead, back over Christmas and the closed days 27 Dec - 2 Jan
cy meeting schedule --body board --date 2021-01-04 --today 2020-12-01
cy meeting schedule --body board --date 2021-05-31 --today 2020-12-01
cy meeting schedule --body assembly --date 2021-06-10 --today 2020-12-01
cy meeting list
say status: 31 Dec 2020 lies in the range closed every year, 27 Dec - 2 Jan
cy status --today 2020-12-10 --year 2021 --lang en

say remind by mail: one message a body with mail, Cc its cc and the coordinator, the rest to the coordinator, as an mbox
cy remind --today 2020-12-10 --format mail
"$cycle" remind --today 2020-12-10 --format mail > reminders.mbox
python3 - reminders.mbox <<'PY'
import mailbox, re, sys
from email import policy
from email.parser import BytesParser
raw = open(sys.argv[1], "rb").read()
print("every line ends in CRLF:", all(line.endswith(b"\r\n") for line in raw.splitlines(keepends=True)))
for key, entry in mailbox.mbox(sys.argv[1]).items():
    message = BytesParser(policy=policy.default).parsebytes(entry.as_bytes())
    print(f"message {key}: envelope {entry.get_from().strip()!r}")
    for header in ("To", "Cc", "Subject"):
        print(f"  {header}: {message[header]}")
    rows = [line for line in message.get_content().splitlines() if re.match(r"  \d\d\.\d\d\.\d{4}  ", line)]
    print(f"  {len(rows)} reminders")
PY
say in English, and --to sends one message to those addresses only, as without bodies mail
cy remind --today 2020-12-10 --format mail --lang en --to "Frister <frister@example.org>"
say the JSON names the body of each row, and the rule of the notice counts working days
cy remind --today 2020-12-10 --format json
say the daily job sends each message with its own sendmail -t, then nothing once nothing is new
cat > fake-sendmail <<'SH'
#!/bin/sh
count=$(ls sent | wc -l)
cat > "sent/$count.eml"
echo "sendmail $*: $(grep -m1 '^To:' "sent/$count.eml" | tr -d '\r'), $(grep -c '' "sent/$count.eml") lines"
SH
chmod +x fake-sendmail
mkdir sent
for day in 2020-12-10 2020-12-10; do
    echo "\$ remind-mail.sh cycle.db --today $day"
    CYCLE=$cycle SENDMAIL=./fake-sendmail sh "$root/examples/remind-mail.sh" cycle.db --today "$day"
    echo "[exit $?]"
done
python3 - sent reminders.mbox <<'PY'
import mailbox, sys, os
# What sendmail got is each message as cycle rendered it, byte for byte (the mbox's From line,
# quoting and separating empty line taken off); --new marks the same reminders as shown.
sent = [open(os.path.join(sys.argv[1], name), "rb").read() for name in sorted(os.listdir(sys.argv[1]))]
print(len(sent), "messages sent;", "each parses with To:", all(b"\r\nTo: " in m for m in sent))
print("the last ends as the report does:", sent[-1].endswith(b"\r\n") and not sent[-1].endswith(b"\r\n\r\n"))
PY

say the contingent for 2021: NOK 25 000 a member plus the rate, populations of 1 July 2020
cy record contingent-set --year 2021 --date 2020-10-28 --today 2020-10-28 --rate 2.70 --reason "EXAMPLE DATA: late"
cy contingent --year 2021 --today 2021-03-01
cy contingent --year 2021 --today 2021-03-01 --format csv
cy contingent --year 2021 --today 2021-03-01 --format json
say 2022: no config counts the members during 2021, and format 2 says so
cy record contingent-set --year 2022 --date 2021-05-20 --today 2021-05-20 --rate 2.75
cy_unchanged contingent --year 2022 --today 2021-05-20
