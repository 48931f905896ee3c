# `cycle holidays`: Norway's public holidays, the days a deadline cannot fall on. No database.
cy holidays --year 2024
say the year of --today, as JSON
cy holidays --today 2076-06-01 --format json
say before 1947, 1 and 17 May were no public holidays
cy holidays --year 1946
say out of range
cy holidays --year 1899
