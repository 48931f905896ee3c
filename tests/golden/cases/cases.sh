# Case numbers: `case open` allocates the next number in a body's series for the year; the
# first case of a new year is 1; a number the council gave elsewhere registers itself and
# allocation continues after it; `case show` lists what is under a case. All numbers here are
# EXAMPLE DATA, not the council's.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cy init --config osloregionen.yaml --today 2020-03-02
say opening cases prints their numbers
cy case open --body board --title "Handlingsprogram og budsjett 2021" --date 2020-11-02 --today 2020-11-02
cy case open --body board --title "Statusrapport" --today 2020-11-03
cy case open --body assembly --title "Kontingent 2021" --date 2020-11-03 --today 2020-11-03
say a decision under a number given elsewhere registers it, and allocation continues after it
cy record contingent-set --date 2020-10-28 --today 2020-11-04 --rate 2.70 --case 41/20 --reason "EXAMPLE DATA"
cy case open --body assembly --title "Strategiske føringer" --today 2020-11-05
say a decision under an opened case, and the same case cannot take a second decision
cy record draft-submitted --date 2020-11-20 --today 2020-11-20
cy record budget-adopted --date 2020-12-10 --today 2020-12-10 --case 1/20
cy_unchanged record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --case 1/20
say the first case of a new year is 1
cy case open --body board --title "Første sak 2021" --today 2021-01-04
cy case open --body board --title "Andre sak 2021" --today 2021-01-04
say case show
cy case show 1/20 --body board
cy case show 1/2020 --body board --format csv
cy case show 41/20
cy_unchanged case show 1/20
cy_unchanged case show 7/20
cy_unchanged case show 1/20 --body secretariat
say bad input: exit 2, the database unchanged
cy_unchanged case open --body bord --title "x" --today 2021-01-05
cy_unchanged case open --body board --title "x" --date 2021-01-06 --today 2021-01-05
cy_unchanged case open --body board --title "" --today 2021-01-05
cy_unchanged case open --body board --today 2021-01-05
for bad in 58-20 58/1 0/20 58/20x /20 58/ 1234567/20 58/1899 "58 /20"; do
    cy_unchanged case show "$bad"
done
cy_unchanged record status-report --year 2021 --date 2021-09-01 --today 2021-09-01 --case 5/2l
say a number typed as 999999 fills the series, and the refusal names the event that gave it
cy mandate grant --case 999999/21 --by board --to secretariat --scope "EXAMPLE DATA: a mistyped case number" --today 2021-01-05
cy_unchanged case open --body board --title "EXAMPLE DATA" --today 2021-01-05
