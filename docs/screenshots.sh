#!/usr/bin/env bash
# Makes the pictures README.md shows, from the shipped 2021 example as it stood on 1 October
# 2021: docs/wheel-2021.png (the annual wheel, `cycle wheel`) and docs/report-2021.png (the
# first A4 page of `cycle report`), rendered by headless Chromium.
#   usage: docs/screenshots.sh PATH/TO/cycle
set -euo pipefail
cycle=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/examples/osloregionen-2021.sh" "$cycle" "$work/cycle.db" > /dev/null
"$cycle" --db "$work/cycle.db" wheel --year 2021 --svg "$work/wheel.svg" --today 2021-10-01
"$cycle" --db "$work/cycle.db" report --html "$work/report" --today 2021-10-01 > /dev/null
shot() {  # URL PNG WIDTH HEIGHT
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --proxy-server=127.0.0.1:9 --screenshot="$2" --window-size="$3,$4" "$1" > /dev/null 2>&1
}
shot "file://$work/wheel.svg" "$root/docs/wheel-2021.png" 680 870
shot "file://$work/report/index.html" "$root/docs/report-2021.png" 794 1123
echo "wrote docs/wheel-2021.png docs/report-2021.png"
