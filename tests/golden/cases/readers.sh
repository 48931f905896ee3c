# Read commands change nothing: no file beside the database, and a read-only database in a
# read-only folder is read. Writing there is refused with exit 4. Needs root to act as nobody.
[ "$(id -u)" = 0 ] && command -v setpriv > /dev/null || skip "needs root and setpriv"
load_example
cp "$cycle" cycle-for-nobody
say a reader with write access leaves no files behind
cy status --today 2021-01-15 --year 2022 > /dev/null
cy verify
cy remind --today 2021-01-15
ls cycle.db*
say a read-only database in a read-only folder
mkdir archive && cp cycle.db archive/ && chmod 444 archive/cycle.db && chmod 555 archive . && chmod 755 cycle-for-nobody
cy_as_nobody --db archive/cycle.db verify
cy_as_nobody --db archive/cycle.db log --year 2021 --format csv
cy_as_nobody --db archive/cycle.db status --today 2021-01-15 --year 2021
cy_as_nobody --db archive/cycle.db remind --today 2021-01-15
cy_as_nobody --db archive/cycle.db calendar --ics - --today 2021-01-15 --year 2021 | tail -2
cy_as_nobody --db archive/cycle.db remind --new --today 2021-01-15
cy_as_nobody --db archive/cycle.db record status-report --year 2021 --date 2021-08-01 --today 2021-08-01
ls archive
sha256sum archive/cycle.db cycle.db
chmod 755 archive .
say a config or a database in a folder nobody may enter: a clear refusal naming it
mkdir private && cp "$root/config/osloregionen.yaml" cycle.db private/ && chmod 700 private
cy_as_nobody --db private/cycle.db status --today 2021-01-15
cy_as_nobody --db private/cycle.db import - --today 2021-01-15 < /dev/null
cy_as_nobody --db fresh.db init --config private/osloregionen.yaml --today 2021-01-15
ls fresh.db 2> /dev/null || echo "no fresh.db"
