#!/bin/sh
# Mails what `cycle remind --new` has to say, once, and nothing when nothing is new; for cron
# and the systemd timer in README.md. Usage: remind-mail.sh DB [more cycle options, e.g. --org]
# Environment: CYCLE (default: cycle on the PATH), SENDMAIL (default: /usr/sbin/sendmail).
# Exit: 0 when done (also when something is overdue: that is what the mail is for); cycle's
# own code when it fails (2 bad input, 4 storage); sendmail's code when sending fails.
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
"${SENDMAIL:-/usr/sbin/sendmail}" -t < "$message"
