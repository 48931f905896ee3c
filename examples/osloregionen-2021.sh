#!/usr/bin/env bash
# Replays what Osloregionen's own document records of the 2021 budget cycle into a database.
#   usage: examples/osloregionen-2021.sh PATH/TO/cycle DATABASE
# Source: shared/seed/handlingsprogram-og-budsjett-2021.txt ("the seed"). Every value below is
# the seed's, except those marked EXAMPLE DATA, which the seed does not give.
# Each step is recorded on the day it happened (--today), as the secretariat would have done.
set -euo pipefail
cycle=$(realpath "$1")
db=$(realpath "$2")
cd "$(dirname "$0")/.."  # the config is stored with its path relative to the repository
# EXAMPLE DATA: the moment of recording, fixed so that the example's hashes are reproducible
# (honoured by a test build only, CMake option CYCLE_TEST_CLOCK; the binary the README's first
# command builds records the true moment).
export CYCLE_RECORDED_AT=${CYCLE_RECORDED_AT:-2021-02-05T12:00:00Z}
run() { "$cycle" --db "$db" --actor secretariat "$@"; }

# EXAMPLE DATA: the date the organisation was registered in cycle.
run init --config config/osloregionen.yaml --today 2020-03-02

# Section 4.2.3: "Representantskapet vedtok 28.10.20 en kontingent for 2021 ... på kr 2,70 pr
# innbygger". Late against the April-June window; section 2.3 gives the reorganisation as reason.
run record contingent-set --year 2021 --date 2020-10-28 --today 2020-10-28 --rate 2.70 \
    --reason "the council's reorganisation into an inter-municipal political council (seed 2.3)" \
    --doc "Handlingsprogram og budsjett 2021, section 4.2.3"

# Section 3.1: "Strategiske føringer for Osloregionen 2021 - 2024 vedtatt av representantskapet
# ... den 28. oktober 2020".
run record strategy-adopted --period 2021-2024 --date 2020-10-28 --today 2020-10-28 \
    --doc "Handlingsprogram og budsjett 2021, section 3.1"

# Section 4.3: "Sekretariatet har i sak 58/20 fått fullmakt fra styret til å ivareta den løpende
# økonomiforvaltningen i henhold til vedtatt budsjett. Fullmakten har sitt utgangspunkt i Oslo
# kommunes instruks for virksomhetsledere ... Oslo kommunes regelverk og rutiner for innkjøp skal
# anvendes av sekretariatet." EXAMPLE DATA: the day of the board's decision; the seed gives the
# case (58 of 2020), not its date.
run mandate grant --case 58/20 --by board --to secretariat --date 2020-11-02 --today 2020-11-02 \
    --scope "day-to-day financial management according to the adopted budget" \
    --grounds "Oslo kommune's instruction for heads of agencies" \
    --condition "Oslo kommune's rules and routines for procurement apply"

# EXAMPLE DATA: the seed says the secretariat drafts in the autumn; it gives no date.
run record draft-submitted --year 2021 --date 2020-11-20 --today 2020-11-20 \
    --doc "EXAMPLE DATA: date not given in the seed"

# Section 2.3 names the day of the board's meeting: 5 February 2021. EXAMPLE DATA: the day the
# secretariat scheduled it in cycle.
run meeting schedule --body board --date 2021-02-05 --plan budget-adopted --year 2021 \
    --today 2021-01-15

# Section 2.3: "Tidspunktet for styrets behandling ... for 2021 er noe forsinket pga. nylig
# omdanning til interkommunalt politisk råd, og behandlingen skjer den 5. februar."
run record budget-adopted --year 2021 --date 2021-02-05 --today 2021-02-05 \
    --reason "delayed by the recent reorganisation into an inter-municipal political council (seed 2.3)" \
    --doc "Handlingsprogram og budsjett 2021, section 2.3" --budget examples/budget-2021.yaml

# The board's meeting of 5 February 2021 (section 2.3). The seed gives no case numbers for it.
run meeting held --body board --date 2021-02-05 --today 2021-02-05
# Section 4.3: "Sekretariatet holder styret løpende orientert på styremøtene". EXAMPLE DATA: that
# it was done at this meeting, which the seed does not record.
run duty report board-briefing --meeting 2021-02-05 --today 2021-02-05 \
    --note "EXAMPLE DATA: progress of the action programme"
