#!/usr/bin/env bash
# The layer check fails where it should: a small tree with one include against the direction
# of each kind, and one file outside every layer, gives exactly these lines and exit 1; the
# same tree without them passes. So layers.include_direction passing means something.
set -euo pipefail
check="$(dirname "$0")/check_includes.py"
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/engine/time "$tree"/config/model "$tree"/config/yaml "$tree"/workflows/state \
    "$tree"/storage "$tree"/cli/presentation "$tree"/cli/commands
printf '#pragma once\n' >"$tree"/engine/time/date.hpp
printf '#include "engine/time/date.hpp"\n' >"$tree"/config/model/org.hpp
printf '#include "config/model/org.hpp"\n' >"$tree"/config/yaml/loader.hpp
printf '#include "config/yaml/loader.hpp"\n' >"$tree"/workflows/state/replay.hpp
printf '#include "config/model/org.hpp"\n' >"$tree"/storage/log.hpp
printf '#include "workflows/state/replay.hpp"\n' >"$tree"/cli/presentation/page.hpp
printf '#include "storage/log.hpp"\n#include "cli/presentation/page.hpp"\n' >"$tree"/cli/commands/cmd.cpp
printf '#include "cli/commands/cmd.hpp"\n' >"$tree"/cli/main.cpp
python3 "$check" "$tree"

printf '#include <vector>\n#include "workflows/state/replay.hpp"\n' >"$tree"/engine/time/clock.cpp
printf '#include "config/yaml/loader.hpp"\n' >"$tree"/config/model/org.cpp
printf '#include "workflows/state/replay.hpp"\n' >"$tree"/storage/log.cpp
printf '#include "storage/log.hpp"\n' >"$tree"/workflows/state/replay.cpp
printf '#include "cli/commands/cmd.hpp"\n' >"$tree"/cli/presentation/page.cpp
printf '#include "tests/support/x.hpp"\n' >"$tree"/cli/commands/other.cpp
printf '#include <cli/commands/cmd.hpp>\n#include <boost/locale.hpp>\n' >"$tree"/engine/time/angled.cpp
printf '#include "engine/../cli/presentation/page.hpp"\n' >"$tree"/engine/time/dotted.cpp
printf '#include "../cli/presentation/page.hpp"\n' >"$tree"/storage/relative.cpp
printf '#pragma once\n' >"$tree"/cli/stray.hpp
expected="cli/commands/other.cpp:1: includes tests/support/x.hpp, in no layer
cli/presentation/page.cpp:1: presentation includes cli/commands/cmd.hpp (commands), against the layers' direction
cli/stray.hpp: in no layer of tests/layers/check_includes.py
config/model/org.cpp:1: config-model includes config/yaml/loader.hpp (config-yaml), against the layers' direction
engine/time/angled.cpp:1: engine includes cli/commands/cmd.hpp (commands), against the layers' direction
engine/time/clock.cpp:2: engine includes workflows/state/replay.hpp (workflows), against the layers' direction
engine/time/dotted.cpp:1: engine includes cli/presentation/page.hpp (presentation), against the layers' direction
storage/log.cpp:1: storage includes workflows/state/replay.hpp (workflows), against the layers' direction
storage/relative.cpp:1: storage includes cli/presentation/page.hpp (presentation), against the layers' direction
workflows/state/replay.cpp:1: workflows includes storage/log.hpp (storage), against the layers' direction"
status=0
python3 "$check" "$tree" >"$tree"/out || status=$?
actual=$(sort "$tree"/out)
if [ "$status" -ne 1 ] || [ "$actual" != "$expected" ]; then
    echo "check_includes.py: expected exit 1 and:"
    echo "$expected"
    echo "got exit $status and:"
    echo "$actual"
    exit 1
fi
echo "layer check: 10 violations found as expected"
