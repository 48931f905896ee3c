# Opening cases races recording decisions under numbers given elsewhere, in one body's series:
# two processes open 20 cases each while a third records two mandates under 100/21, then 200/21.
# 40 openings never reach either number, so the mandates register them whatever the order.
# Every number is distinct, and each opened case took one more than the highest number in use
# when it was allocated, so none lands on a registered number. EXAMPLE DATA throughout.
cp "$root/config/osloregionen.yaml" osloregionen.yaml
cy init --config osloregionen.yaml --today 2021-03-01
for worker in 1 2; do
    (
        for i in $(seq 20); do
            "$cycle" case open --body board --title "worker $worker case $i (EXAMPLE DATA)" \
                --today 2021-03-01 >> "numbers.$worker" 2>> errors.txt || echo "failed $worker $i" >> errors.txt
        done
    ) &
done
(
    for number in 100 200; do
        "$cycle" mandate grant --case "$number/21" --by board --to secretariat \
            --scope "EXAMPLE DATA: mandate $number" --today 2021-03-01 > /dev/null 2>> errors.txt \
            || echo "failed mandate $number" >> errors.txt
    done
) &
wait
echo "errors: $(cat errors.txt 2>/dev/null | wc -l)"
echo "opened: $(cat numbers.* | wc -l) numbers, $(cat numbers.* | sort -u | wc -l) distinct"
sqlite3 cycle.db "SELECT COUNT(*), COUNT(DISTINCT sequence) FROM case_number WHERE body = 'board' AND year = 2021"
# Opened cases whose number was not one more than the highest in use before them: none.
sqlite3 cycle.db "SELECT COUNT(*) FROM case_number AS c JOIN case_log AS e ON e.seq = c.first_seq
    WHERE e.kind = 'case-opened' AND c.sequence != 1 + (SELECT COALESCE(MAX(d.sequence), 0)
        FROM case_number AS d WHERE d.body = c.body AND d.year = c.year AND d.first_seq < c.first_seq)"
# The two registered numbers stay the mandates'.
sqlite3 cycle.db "SELECT c.sequence, e.kind FROM case_number AS c JOIN case_log AS e ON e.seq = c.first_seq
    WHERE c.sequence IN (100, 200) ORDER BY c.sequence"
"$cycle" verify | sed 's/, head .*/, head (not shown)/'
