# Money arithmetic cannot wrap. The figures are EXAMPLE DATA, imported into the 2021 example's
# log as another program might have written them: `cycle import` takes any 64-bit number in
# details, so what reads them back computes with checked arithmetic and refuses (exit 2)
# instead of printing a wrapped amount.
load_example
say accounts for 2021 whose line -9 223 372 036 854 775 807 NOK minus the budget passes 64 bits
cat > accounts.jsonl <<'JSON'
{"actor":"secretariat","body":"assembly","budget_year":2021,"case":null,"date":"2022-04-20","details":{"accounts":{"column":"accounts-2021","figures_differing":0,"file":"EXAMPLE DATA","lines":[{"line":"Kontingenter","value":-9223372036854775807},{"line":"Kommunikasjon","value":400000}],"result":0,"sha256":"0000000000000000000000000000000000000000000000000000000000000000","total_expenses":0,"total_income":0,"unit":"nok"}},"irregular":false,"kind":"accounts-approved","org":"osloregionen","reason":"","recorded_at":"2022-04-20T12:00:00Z"}
JSON
cy import accounts.jsonl --today 2022-04-20
cy_unchanged budget compare --year 2021 --today 2022-04-20
cy_unchanged budget compare --year 2021 --today 2022-04-20 --format json
