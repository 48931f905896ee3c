#include "engine/adopted_budget.hpp"

#include "engine/hash_chain.hpp"

namespace cycle {

nlohmann::json AdoptedBudget::to_details() const {
    return {{"file", file},           {"sha256", sha256},
            {"column", column},       {"unit", unit_nok == 1000 ? "thousand-nok" : "nok"},
            {"total_income", income}, {"total_expenses", expenses},
            {"result", result},       {"figures_differing", differences}};
}

std::optional<AdoptedBudget> AdoptedBudget::from_details(const nlohmann::json& details,
                                                         std::int64_t seq, const Date& date) {
    if (!details.contains("budget")) return std::nullopt;
    const nlohmann::json& budget = details.at("budget");
    AdoptedBudget adopted;
    adopted.seq = seq;
    adopted.date = date;
    adopted.file = budget.at("file").get<std::string>();
    adopted.sha256 = budget.at("sha256").get<std::string>();
    adopted.column = budget.at("column").get<std::string>();
    adopted.unit_nok = budget.at("unit").get<std::string>() == "nok" ? 1 : 1000;
    adopted.income = budget.at("total_income").get<std::int64_t>();
    adopted.expenses = budget.at("total_expenses").get<std::int64_t>();
    adopted.result = budget.at("result").get<std::int64_t>();
    adopted.differences = budget.at("figures_differing").get<std::size_t>();
    return adopted;
}

AdoptedBudget summarise_budget(const BudgetDocument& document, std::size_t column,
                               const std::string& bytes) {
    AdoptedBudget adopted;
    adopted.file = document.source;
    adopted.sha256 = sha256_hex(bytes);
    adopted.column = document.columns[column].id;
    adopted.unit_nok = document.unit_nok;
    adopted.income = document.total_income.figures[column].value;
    adopted.expenses = document.total_expenses.figures[column].value;
    adopted.result = document.result.figures[column].value;
    adopted.differences = check_budget(document).differences.size();
    return adopted;
}

}  // namespace cycle
