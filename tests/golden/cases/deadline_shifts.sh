# Deadlines that fall on closed days (domstolloven § 149): status and remind show the rule and
# the move, "30 Jun 2024 is a Sunday → Mon 1 Jul 2024"; the budget's 31 December never moves.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cy init --config osloregionen.yaml --today 2020-03-02
cy status --today 2024-06-01 --year 2025
cy status --today 2024-06-01 --year 2024
say remind names the move too
cy remind --today 2024-06-20 --within 20
say JSON
cy status --today 2024-06-01 --year 2025 --format json
