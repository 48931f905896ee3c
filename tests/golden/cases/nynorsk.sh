# Nynorsk (--lang nn, organisation.language: nn): status, remind, the annual wheel and the
# status page, of the seed's 2021 example (format 1: its five steps keep their nynorsk names)
# and of the municipality template (format 2), from po/nn.po.
load_example
say "status on 2021-10-01 in nynorsk: 2021 in execution, adopted late, the Q3 report overdue"
cy status --today 2021-10-01 --lang nn
say "a meeting ahead, and remind in nynorsk"
cy meeting schedule --body board --date 2021-12-02 --plan budget-adopted --year 2022 --today 2021-10-01
cy remind --today 2021-11-10 --within 60 --lang nn
say "the annual wheel of 2021 on 2021-11-10"
cy wheel --year 2021 --svg - --today 2021-11-10 --lang nn
say "the status page on 2021-11-10"
cy report --html page --today 2021-11-10 --lang nn
cat page/index.html

say "a config that says language: nn makes nynorsk the default; its bodies named in each language"
cp "$root/config/templates/municipality.yaml" municipality.yaml
sed -i 's|^  language: nb |  language: nn |' municipality.yaml
sed -i 's|^    name: Kontrollutvalget$|    name: {nb: Kontrollutvalget, nn: Kontrollutvalet, en: Control committee}|' municipality.yaml
grep -n '^  language:\|Kontrollutval' municipality.yaml
cy --db kommune.db init --config municipality.yaml --today 2025-09-01
cy --db kommune.db record strategy-adopted --period 2024-2027 --date 2024-10-17 --today 2025-09-01
cy --db kommune.db record budget-recommendation-published --year 2025 --date 2024-11-28 --today 2025-09-01
cy --db kommune.db record budget-adopted --year 2025 --date 2024-12-12 --today 2025-09-01
cy --db kommune.db record budget-draft-submitted --date 2025-10-20 --today 2025-10-20
cy --db kommune.db status --year 2026 --today 2025-11-20
cy --db kommune.db remind --today 2025-11-20
cy --db kommune.db status --year 2026 --today 2025-11-20 --lang nb
cy --db kommune.db status --year 2026 --today 2025-11-20 --lang en
