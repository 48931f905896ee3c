#!/bin/sh
# Mails what `cycle remind --new` has to say, once, and nothing when nothing is new; for cron
# and the systemd timer in README.md. With bodies' own mail (bodies.X.mail in a format-2
# config) cycle writes several messages as an mbox: each is sent with its own sendmail -t. Usage: remind-mail.sh DB [more cycle options, e.g. --org]
# Environment: CYCLE (default: cycle on the PATH), SENDMAIL (default: /usr/sbin/sendmail).
# Exit: 0 when done (also when something is overdue: that is what the mail is for); cycle's
# own code when it fails (2 bad input, 4 storage); sendmail's code when sending fails (of
# several messages, every one is tried, and the first failure's code is returned).
set -u
if [ $# -lt 1 ]; then
    echo "usage: remind-mail.sh DB [cycle options]" >&2
    exit 2
fi
db=$1
shift
message=$(mktemp) || exit 4
trap 'rm -f "$message"' EXIT
"${CYCLE:-cycle}" --db "$db" remind --new --format mail "$@" > "$message"
status=$?
# 1 means something is overdue: still a message to send.
[ "$status" -le 1 ] || exit "$status"
# Nothing new: no message at all (sendmail -t would refuse one without recipients).
[ -s "$message" ] || exit 0
# One message (no body has mail of its own): it goes as it is. A message starts with "From:";
# several (bodies.X.mail) come as an mbox, each message after a line "From ADDRESS DATE".
IFS= read -r first < "$message"
case $first in
"From "*) ;;
*) exec "${SENDMAIL:-/usr/sbin/sendmail}" -t < "$message" ;;
esac
# The mbox (mboxrd): split at its "From " lines, drop the empty line that ends each message,
# take one '>' off a quoted ">From " line, and send each message in turn.
parts=$(mktemp -d) || exit 4
trap 'rm -f "$message"; rm -rf "$parts"' EXIT
awk -v dir="$parts" '
    /^From / { if (file != "") close(file); n++; file = sprintf("%s/%04d.eml", dir, n); held = 0; next }
    {
        if (held) print line > file
        line = $0
        if (line ~ /^>+From /) line = substr(line, 2)
        held = 1
    }' "$message" || exit 4
status=0
for part in "$parts"/*.eml; do
    "${SENDMAIL:-/usr/sbin/sendmail}" -t < "$part"
    code=$?
    # Every message is tried; the first failure is the script's exit code.
    [ "$code" -eq 0 ] || [ "$status" -ne 0 ] || status=$code
done
exit "$status"
