#include "engine/budget/document_record.hpp"

#include "engine/log/hash_chain.hpp"

namespace cycle {

nlohmann::json DocumentRecord::to_details() const {
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& [label, value] : lines) figures.push_back({{"line", label}, {"value", value}});
    return {{"file", file},           {"sha256", sha256},
            {"column", column},       {"unit", unit_nok == 1000 ? "thousand-nok" : "nok"},
            {"total_income", income}, {"total_expenses", expenses},
            {"result", result},       {"figures_differing", differences},
            {"lines", figures}};
}

std::optional<DocumentRecord> DocumentRecord::from_details(const nlohmann::json& details,
                                                           const char* key, std::int64_t seq,
                                                           const Date& date) {
    if (!details.contains(key)) return std::nullopt;
    const nlohmann::json& stored = details.at(key);
    DocumentRecord record;
    record.seq = seq;
    record.date = date;
    record.file = stored.at("file").get<std::string>();
    record.sha256 = stored.at("sha256").get<std::string>();
    record.column = stored.at("column").get<std::string>();
    record.unit_nok = stored.at("unit").get<std::string>() == "nok" ? 1 : 1000;
    record.income = stored.at("total_income").get<std::int64_t>();
    record.expenses = stored.at("total_expenses").get<std::int64_t>();
    record.result = stored.at("result").get<std::int64_t>();
    record.differences = stored.at("figures_differing").get<std::size_t>();
    for (const auto& line : stored.at("lines")) {
        record.lines.emplace_back(line.at("line").get<std::string>(),
                                  line.at("value").get<std::int64_t>());
    }
    return record;
}

DocumentRecord summarise_document(const BudgetDocument& document, std::size_t column,
                                  const std::string& bytes) {
    DocumentRecord record;
    record.file = document.source;
    record.sha256 = sha256_hex(bytes);
    record.column = document.columns[column].id;
    record.unit_nok = document.unit_nok;
    record.income = document.total_income.figures[column].value;
    record.expenses = document.total_expenses.figures[column].value;
    record.result = document.result.figures[column].value;
    record.differences = check_budget(document).differences.size();
    for (const BudgetLine* line : main_lines(document)) {
        record.lines.emplace_back(line->label, line->figures[column].value);
    }
    return record;
}

}  // namespace cycle
