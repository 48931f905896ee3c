// The seed's budget figures (examples/budget-2021.yaml, transcribed as printed) checked line by
// line. Worked out by hand from section 4.2.1, thousand NOK:
//   budget 2020, total expenses: 75 + 280 + 700 + 6 600 + 4 320 = 11 975, printed 12 175 (+200);
//   budget 2020, result: 6 679 - 12 175 = -5 496, printed -5 244 (+252);
//   every other total, result, outgoing balance (incoming + result) and change agrees, and so
//   does the project total: the eleven projects of 4.2.2 make 3 525 000 NOK = 3 525 thousand.
// Notes: 2021's incoming 2 200 estimates 2020's forecast outgoing 2 257; "170 0000" is read as
// 1 700 000.
#include "engine/budget/budget_check.hpp"

#include <doctest/doctest.h>

#include <limits>

#include "config/yaml/budget_reader.hpp"
#include "tests/support/error_of.hpp"

namespace cycle {
namespace {

const std::string example = std::string(CYCLE_SOURCE_DIR) + "/examples/budget-2021.yaml";

TEST_CASE("budget check: the seed's figures that do not add up, and nothing else") {
    const BudgetDocument document = load_budget_file(example);
    const BudgetCheck check = check_budget(document);
    REQUIRE(check.differences.size() == 2);
    const FigureDifference& expenses = check.differences[0];
    CHECK(expenses.line == "Sum driftsutgifter*");
    CHECK(expenses.column == "budget-2020");
    CHECK(expenses.stated.value == 12'175);
    CHECK(expenses.computed == 11'975);
    CHECK(expenses.difference() == 200);
    CHECK(expenses.rule == "sum of expenses");
    const FigureDifference& result = check.differences[1];
    CHECK(result.line == "Resultat (neg. resultat = bruk av overførte midler)");
    CHECK(result.column == "budget-2020");
    CHECK(result.stated.value == -5'244);
    CHECK(result.computed == -5'496);
    CHECK(result.difference() == 252);
    CHECK(result.rule == "total income - total expenses");
    REQUIRE(check.notes.size() == 2);
    CHECK(check.notes[0].text ==
          "Inngående mindreforbruk (overførte midler fra tidl. år)*, budget-2021: 2200 is an "
          "estimate of Utgående mindreforbruk, accounts-2020: 2257 (difference -57)");
    CHECK(check.notes[1].text == "Restart Osloregionen: printed \"170 0000\", read as 1700000");
}

TEST_CASE("budget check: the figures point at their place in the file") {
    const BudgetCheck check = check_budget(load_budget_file(example));
    REQUIRE(check.differences.size() == 2);
    CHECK(check.differences[0].stated.at.line == 29);  // total-expenses, first value
    CHECK(check.differences[0].stated.printed == "12 175");
    CHECK(check.differences[1].stated.at.line == 32);  // result, first value
}

TEST_CASE("budget check: each kind of error, alone") {
    BudgetDocument document = load_budget_file(example);
    // Correct the two figures and what follows from them: nothing is left.
    document.total_expenses.figures[0].value = 11'975;
    document.total_expenses.figures[3].value = -1'050;
    document.result.figures[0].value = -5'296;
    document.result.figures[3].value = 4'454;
    document.outgoing.figures[0].value = 297;
    document.outgoing.figures[3].value = 1'061;
    CHECK(check_budget(document).differences.empty());

    BudgetDocument changed = document;
    changed.outgoing.figures[2].value = 1'359;  // incoming + result is 1 358
    auto differences = check_budget(changed).differences;
    REQUIRE(differences.size() == 2);  // the figure, and the change column that uses it
    CHECK(differences[0].rule == "incoming + result");
    CHECK(differences[0].difference() == 1);
    CHECK(differences[1].column == "change");
    CHECK(differences[1].computed == 1'062);

    changed = document;
    changed.projects->items[0].figures[0].value = 210'000;
    differences = check_budget(changed).differences;
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].line == "projects total");
    CHECK(differences[0].computed == 3'535'000);
    CHECK(differences[0].difference() == -10'000);

    // A project total that is not a whole number of thousands is compared in kroner.
    changed = document;
    changed.projects->items[0].figures[0].value = 200'400;
    changed.projects->total.value = 3'525'400;
    differences = check_budget(changed).differences;
    REQUIRE(differences.size() == 1);
    CHECK(differences[0].column == "budget-2021 (NOK)");
    CHECK(differences[0].stated.value == 3'525'000);
    CHECK(differences[0].computed == 3'525'400);
    CHECK(differences[0].difference() == -400);

    changed = document;
    changed.expenses[4].figures[2].value = 3'526;  // Prosjekter, budget-2021
    differences = check_budget(changed).differences;
    // In file order: the figure against the project list, the change column beside it, and
    // the sum of expenses on the next line.
    REQUIRE(differences.size() == 3);
    CHECK(differences[0].line == "Prosjekter");
    CHECK(differences[0].rule == "the project total");
    CHECK(differences[0].computed == 3'525'000);
    CHECK(differences[1].rule == "budget-2021 - budget-2020");
    CHECK(differences[1].difference() == -1);  // stated -795, computed 3 526 - 4 320
    CHECK(differences[2].rule == "sum of expenses");
    CHECK(differences[2].computed == 10'926);
}

TEST_CASE("printed amounts: groups of digits, minus signs, and what is refused") {
    bool regular = false;
    CHECK(parse_printed_amount("5 593", &regular) == 5'593);
    CHECK(regular);
    CHECK(parse_printed_amount("- 3 393") == -3'393);
    CHECK(parse_printed_amount("\xE2\x88\x92"
                               "842") == -842);  // U+2212
    CHECK(parse_printed_amount("10\xC2\xA0"
                               "083") == 10'083);  // no-break space
    CHECK(parse_printed_amount("170 0000", &regular) == 1'700'000);
    CHECK_FALSE(regular);
    CHECK(parse_printed_amount("0") == 0);
    CHECK(parse_printed_amount("999 999 999 999 999") == max_printed_amount);
    CHECK_FALSE(parse_printed_amount("1 000 000 000 000 000").has_value());  // 16 digits
    for (const char* bad :
         {"", " ", "5 593 ", "5,593", "5.5", "12a", "--5", "5 -3", "- ", "99999999999999999999"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_printed_amount(bad).has_value());
    }
}

// EXAMPLE DATA: a one-column budget in NOK, `income` lines of `income_amount`, `expenses` lines
// of `expense_amount`, and `projects` items of the largest amount a document may print.
// Line 8 is the first income line; the expense lines follow "expenses:" after total-income.
std::string budget_text(int income, const char* income_amount, int expenses,
                        const char* expense_amount, const char* total_expenses, int projects) {
    std::string text =
        "document: EXAMPLE DATA, not a council's budget\n"
        "organisation: demo\n"
        "budget-year: 2021\n"
        "unit: nok\n"
        "columns: [{id: budget-2021, label: Budget}]\n"
        "incoming: {label: In, values: [\"0\"]}\n"
        "income:\n";
    for (int i = 0; i < income; ++i) {
        text += std::string("  - {label: Line, values: [\"") + income_amount + "\"]}\n";
    }
    text += "total-income: {label: Income, values: [\"0\"]}\nexpenses:\n";
    for (int i = 0; i < expenses; ++i) {
        text += std::string("  - {label: Line, values: [\"") + expense_amount + "\"]}\n";
    }
    text += std::string("total-expenses: {label: Expenses, values: [\"") + total_expenses +
            "\"]}\n"
            "result: {label: Result, values: [\"0\"]}\n"
            "outgoing: {label: Out, values: [\"0\"]}\n";
    if (projects > 0) {
        text += "projects:\n  unit: nok\n  items:\n";
        for (int i = 0; i < projects; ++i) {
            text += "    - {label: Item, amount: \"999 999 999 999 999\"}\n";
        }
        text += "  total: {label: Total, amount: \"0\"}\n";
    }
    return text;
}

TEST_CASE("budget check: a sum or difference beyond 64 bits is refused at the figure") {
    // 9 223 amounts of 999 999 999 999 999 (15 digits, the most a document prints) make
    // 9 222 999 999 999 990 777; the 9 224th passes 2^63 - 1. The old sums wrapped silently.
    const char* big = "999 999 999 999 999";
    const std::string beyond = " does not fit in 64 bits (beyond ±9 223 372 036 854 775 807)";
    const struct {
        const char* name;
        std::string text;
        std::string error;
    } cases[] = {
        {"expenses: the 9 224th line", budget_text(1, "0", 9'224, big, "0", 0),
         "exit 2: b.yaml:9234:28: the sum of expenses in column budget-2021" + beyond},
        {"income below -2^63", budget_text(9'224, "-999 999 999 999 999", 1, "0", "0", 0),
         "exit 2: b.yaml:9231:28: the sum of income in column budget-2021" + beyond},
        {"projects: the 9 224th item", budget_text(1, "0", 1, "0", "0", 9'224),
         "exit 2: b.yaml:9241:29: the sum of projects" + beyond},
        {"the sum fits, its difference from the stated total does not",
         budget_text(1, "0", 9'223, big, "-999 999 999 999 999", 0),
         "exit 2: b.yaml:9234:44: the difference from the sum of expenses" + beyond},
        {"9 223 lines fit", budget_text(1, "0", 9'223, big, "0", 0), "no error"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        CHECK(testing::error_of([&] { check_budget(load_budget_text(c.text, "b.yaml")); }) ==
              c.error);
    }
}

TEST_CASE("budget check: every derived figure is computed with checked arithmetic") {
    // Figures beyond what a document prints, as a BudgetDocument built elsewhere may hold:
    // each rule's arithmetic must refuse, not wrap.
    const BudgetDocument document = load_budget_file(example);
    const std::string beyond = " does not fit in 64 bits (beyond ±9 223 372 036 854 775 807)";
    const struct {
        const char* name;
        void (*change)(BudgetDocument&);
        std::string error;
    } cases[] = {
        {"result = total income - total expenses",
         [](BudgetDocument& d) {
             d.total_income.figures[0].value = std::numeric_limits<std::int64_t>::max();
             d.total_expenses.figures[0].value = -1;
         },
         example + ":32:12: total income - total expenses" + beyond},
        {"outgoing = incoming + result",
         [](BudgetDocument& d) {
             d.incoming.figures[1].value = std::numeric_limits<std::int64_t>::max();
             d.result.figures[1].value = 1;
         },
         example + ":33:60: incoming + result" + beyond},
        {"a change column",
         [](BudgetDocument& d) {
             // Each fits its own column's rules; their difference does not.
             d.incoming.figures[2].value = 5'000'000'000'000'000'000;
             d.incoming.figures[0].value = -5'000'000'000'000'000'000;
         },
         example + ":17:39: budget-2021 - budget-2020" + beyond},
        {"the project line in NOK",
         [](BudgetDocument& d) { d.expenses[4].figures[2].value = 10'000'000'000'000'000; },
         example + ":28:52: Prosjekter in NOK" + beyond},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        BudgetDocument changed = document;
        c.change(changed);
        CHECK(testing::error_of([&] { check_budget(changed); }) == "exit 2: " + c.error);
    }
}

}  // namespace
}  // namespace cycle
