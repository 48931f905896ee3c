# A daily `cycle remind --new` job through the 2021 example's autumn: each lead time and each
# overdue notice shows once; the same day twice shows nothing the second time. What was shown
# is kept outside the case log: verify sees the same chain before and after.
load_example
cy verify
for day in 2020-11-01 2020-11-01 2020-11-02 2020-11-16 2020-11-23 2020-12-01 2020-12-17 \
           2020-12-24 2020-12-30 2020-12-31 2021-01-01 2021-01-02 2021-01-08 2021-01-08; do
    say "daily job on $day"
    cy remind --new --today "$day"
done
say JSON with nothing new still says what it looked at
cy remind --new --today 2021-01-09 --format json
say what was shown, and the case log untouched
sqlite3 cycle.db "SELECT budget_year, item, threshold, shown_on FROM reminder_shown ORDER BY shown_on, item"
cy verify
