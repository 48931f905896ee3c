# cycle budget check on the seed's figures as printed (examples/budget-2021.yaml): exactly the
# two 2020 budget figures that do not add up, with the estimate and the odd grouping as notes;
# exit 1. A consistent document (EXAMPLE DATA) gives exit 0; malformed ones exit 2 with
# file:line:col. No database is needed.
cp "$root/examples/budget-2021.yaml" budget-2021.yaml
cy budget check budget-2021.yaml
cy budget check budget-2021.yaml --format json
cy budget check "$root/tests/golden/fixtures/budget-consistent.yaml"
say malformed documents: exit 2, naming the place
sed 's/"6 600", "6 143", "6 200", "-400"/"6 600", "6 143", "6 200"/' budget-2021.yaml > short-line.yaml
cy budget check short-line.yaml
sed 's/"2 257", "1 358"/"2 257", "1 358,5"/' budget-2021.yaml > decimal.yaml
cy budget check decimal.yaml
sed 's/^outgoing:/outgoin:/' budget-2021.yaml > unknown-key.yaml
cy budget check unknown-key.yaml
sed 's/minus: budget-2020/minus: budget-2019/' budget-2021.yaml > unknown-column.yaml
cy budget check unknown-column.yaml
sed 's/expense: Prosjekter/expense: Projects/' budget-2021.yaml > unknown-expense.yaml
cy budget check unknown-expense.yaml
sed 's/^unit: thousand-nok/unit: kNOK/' budget-2021.yaml > unit.yaml
cy budget check unit.yaml
sed 's/^income:/income: [/' budget-2021.yaml > syntax.yaml
cy budget check syntax.yaml
grep -v '^result:' budget-2021.yaml | grep -v '^  label: Resultat' | grep -v '^  values: \["-5 244"' > no-result.yaml
cy budget check no-result.yaml
sed 's/"6 679", "6 799"/"9 999 999 999 999 999", "6 799"/' budget-2021.yaml > huge.yaml
cy budget check huge.yaml
cy budget check missing.yaml
cy budget check
