# `cycle remind --format mail`: an RFC 5322 message for sendmail -t, addressed from the config
# (EXAMPLE DATA addresses) or from --from/--to. Python's email parser reads it back.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
sed 's|^  within-days: 30 .*|&\n  mail:                        # EXAMPLE DATA\n    from: "cycle på Osloregionen <cycle@example.org>"\n    to: ["Sekretariatet <sekretariat@example.org>", okonomi@example.org]|' \
    osloregionen.yaml > with-mail.yaml
grep -A3 '^  mail:' with-mail.yaml
cy init --config with-mail.yaml --today 2020-03-02
say the message as sendmail gets it
cy remind --today 2020-07-08 --format mail
say read back by an independent parser
"$cycle" remind --today 2020-07-08 --format mail > message.eml
python3 - message.eml <<'PY'
import sys
from email import policy
from email.parser import BytesParser
message = BytesParser(policy=policy.default).parse(open(sys.argv[1], "rb"))
for header in ("From", "To", "Subject", "Date", "Content-Type"):
    print(f"{header}: {message[header]}")
print("every line ends in CRLF:", all(line.endswith(b"\r\n") for line in open(sys.argv[1], "rb")))
print(message.get_content(), end="")
PY
say --from and --to replace the addresses in the config
cy remind --today 2020-07-08 --format mail --from "Frister <frister@example.org>" --to styret@example.org
say in English
cy remind --today 2020-07-08 --format mail --lang en
say --new with nothing new prints nothing, so cron sends nothing
cy remind --new --today 2020-07-08 --format mail > /dev/null
cy remind --new --today 2020-07-08 --format mail
say the daily job of README: examples/remind-mail.sh sends each new reminder once
cat > fake-sendmail <<'SH'
#!/bin/sh
cat >> outbox
echo "sendmail $*: message $(grep -c '^Message-ID:' outbox) in the outbox"
SH
chmod +x fake-sendmail
for day in 2020-07-15 2020-07-15 2020-07-16 2020-07-22; do
    echo "\$ remind-mail.sh cycle.db --today $day"
    CYCLE=$cycle SENDMAIL=./fake-sendmail sh "$root/examples/remind-mail.sh" cycle.db --today "$day"
    echo "[exit $?]"
done
grep -E '^Date:|overdue notice' outbox
