#include "config/yaml/budget_reader.hpp"

#include <yaml-cpp/yaml.h>

#include "config/yaml/map_reader.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace cycle {

namespace {

SourcePlace place_of(const YAML::Node& node) {
    return {node.Mark().line + 1, node.Mark().column + 1};
}

Figure read_figure(const MapReader& map, const YAML::Node& node, const std::string& where) {
    const std::string text = node.IsScalar() ? node.Scalar() : "";
    bool regular = true;
    const auto value = parse_printed_amount(text, &regular);
    if (!value) {
        map.fail(node, "expected a whole amount of at most 15 digits (e.g. 5 593 or -842) for " +
                           where + ", got " +
                           quote(node.IsScalar()
                                     ? text
                                     : "a " + std::string(node.IsMap() ? "mapping" : "list")));
    }
    return {*value, text, place_of(node), regular};
}

BudgetLine read_line(const MapReader& parent, const std::string& key, const YAML::Node& node,
                     const std::string& where, std::size_t columns,
                     std::vector<std::string> extra_keys = {}) {
    std::vector<std::string> allowed = {"label", "values"};
    allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
    const MapReader line(parent.source(), node, where, allowed);
    BudgetLine result;
    result.key = key;
    result.label = line.text("label");
    result.at = place_of(node);
    const YAML::Node values = line.required("values");
    if (!values.IsSequence() || values.size() != columns) {
        line.fail(values, "expected a list of " + std::to_string(columns) +
                              " amounts, one a column, for " + line.path("values") +
                              (values.IsSequence() ? ", got " + std::to_string(values.size())
                                                   : std::string()));
    }
    for (std::size_t i = 0; i < columns; ++i) {
        result.figures.push_back(
            read_figure(line, values[i], line.path("values") + "[" + std::to_string(i) + "]"));
    }
    return result;
}

std::vector<BudgetLine> read_lines(const MapReader& top, const std::string& key,
                                   std::size_t columns) {
    const YAML::Node list = top.required(key);
    if (!list.IsSequence() || list.size() == 0) {
        top.fail(list, "expected a list of lines ({label, values}) for " + key);
    }
    std::vector<BudgetLine> lines;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = key + "[" + std::to_string(i) + "]";
        lines.push_back(read_line(top, where, list[i], where, columns));
    }
    return lines;
}

std::size_t column_index(const MapReader& map, const YAML::Node& node,
                         const std::vector<BudgetColumn>& columns, const std::string& where) {
    const std::string id = node.IsScalar() ? node.Scalar() : "";
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].id == id) return i;
        ids.push_back(columns[i].id);
    }
    map.fail(node,
             "expected a column id for " + where + ", got " + quote(id) + did_you_mean(id, ids));
}

// `name`: the key's path as messages write it ("unit", "projects.unit").
std::int64_t read_unit(const MapReader& map, const std::string& key, const std::string& name) {
    const std::string unit = map.text(key);
    if (unit == "thousand-nok") return 1000;
    if (unit == "nok") return 1;
    map.fail(map.node()[key], "expected thousand-nok or nok for " + name + ", got " + quote(unit) +
                                  did_you_mean(unit, {"thousand-nok", "nok"}));
}

std::vector<BudgetColumn> read_columns(const MapReader& top) {
    const YAML::Node list = top.required("columns");
    if (!list.IsSequence() || list.size() == 0) {
        top.fail(list, "expected a list of columns ({id, label}) for columns");
    }
    std::vector<BudgetColumn> columns;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const MapReader column(top.source(), list[i], "columns[" + std::to_string(i) + "]",
                               {"id", "label", "difference"});
        BudgetColumn result{column.identifier("id"), column.text("label"), {}, {}};
        for (const BudgetColumn& earlier : columns) {
            if (earlier.id == result.id) {
                column.fail(column.node()["id"], "column " + quote(result.id) + " is listed twice");
            }
        }
        columns.push_back(result);
    }
    // Differences name other columns, so they are read once all are known.
    for (std::size_t i = 0; i < list.size(); ++i) {
        const MapReader column(top.source(), list[i], "columns[" + std::to_string(i) + "]", {});
        if (!column.has("difference")) continue;
        const MapReader difference(top.source(), column.required("difference"),
                                   column.path("difference"), {"of", "minus"});
        columns[i].minuend =
            column_index(difference, difference.required("of"), columns, difference.path("of"));
        columns[i].subtrahend = column_index(difference, difference.required("minus"), columns,
                                             difference.path("minus"));
        if (columns[*columns[i].minuend].minuend || columns[*columns[i].subtrahend].minuend ||
            *columns[i].minuend == i || *columns[i].subtrahend == i) {
            difference.fail(difference.node(),
                            "a difference is of two columns of amounts, not "
                            "of a difference column");
        }
    }
    return columns;
}

ProjectFunds read_projects(const MapReader& top, const BudgetDocument& document) {
    const MapReader projects(top.source(), top.required("projects"), "projects",
                             {"unit", "items", "total", "total-of"});
    ProjectFunds result;
    result.at = place_of(projects.node());
    result.unit_nok = read_unit(projects, "unit", "projects.unit");
    const YAML::Node items = projects.required("items");
    if (!items.IsSequence() || items.size() == 0) {
        projects.fail(items, "expected a list of projects ({label, amount}) for projects.items");
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = "projects.items[" + std::to_string(i) + "]";
        const MapReader item(top.source(), items[i], where, {"label", "amount"});
        BudgetLine line;
        line.key = where;
        line.label = item.text("label");
        line.at = place_of(items[i]);
        line.figures.push_back(read_figure(item, item.required("amount"), item.path("amount")));
        result.items.push_back(line);
    }
    const MapReader total(top.source(), projects.required("total"), "projects.total",
                          {"label", "amount"});
    result.total = read_figure(total, total.required("amount"), total.path("amount"));
    if (projects.has("total-of")) {
        const MapReader total_of(top.source(), projects.required("total-of"), "projects.total-of",
                                 {"expense", "column"});
        const std::string label = total_of.text("expense");
        std::vector<std::string> labels;
        for (std::size_t i = 0; i < document.expenses.size(); ++i) {
            if (document.expenses[i].label == label) result.expense_line = i;
            labels.push_back(document.expenses[i].label);
        }
        if (!result.expense_line) {
            total_of.fail(total_of.node()["expense"],
                          "expected the label of one of expenses for "
                          "projects.total-of.expense, got " +
                              quote(label) + did_you_mean(label, labels));
        }
        result.column = column_index(total_of, total_of.required("column"), document.columns,
                                     "projects.total-of.column");
    }
    return result;
}

BudgetDocument read_document(const std::string& source, const YAML::Node& root) {
    if (!root || root.IsNull()) {
        MapReader::fail_at(source, YAML::Mark(), "empty budget document");
    }
    const MapReader top(source, root, "the budget document",
                        {"document", "organisation", "budget-year", "unit", "columns",
                         "budget-column", "accounts-column", "incoming", "income", "total-income",
                         "expenses", "total-expenses", "result", "outgoing", "projects"});
    BudgetDocument document;
    document.source = source;
    document.title = top.text("document");
    document.organisation = top.identifier("organisation");
    document.budget_year = static_cast<int>(top.integer("budget-year", 1900, 2200));
    document.unit_nok = read_unit(top, "unit", "unit");
    document.columns = read_columns(top);
    const std::size_t width = document.columns.size();
    for (const char* key : {"budget-column", "accounts-column"}) {
        if (!top.has(key)) continue;
        const std::size_t column = column_index(top, top.required(key), document.columns, key);
        if (document.columns[column].minuend) {
            top.fail(top.required(key),
                     "expected a column of amounts for " + std::string(key) + ", not a difference");
        }
        (std::string(key) == "budget-column" ? document.budget_column : document.accounts_column) =
            column;
    }
    document.incoming =
        read_line(top, "incoming", top.required("incoming"), "incoming", width, {"estimates"});
    const MapReader incoming(source, top.required("incoming"), "incoming", {});
    if (incoming.has("estimates")) {
        // estimates: {budget-2021: accounts-2020}: incoming in the first column estimates
        // outgoing in the second.
        const MapReader estimates(source, incoming.required("estimates"), "incoming.estimates", {});
        for (auto it = estimates.node().begin(); it != estimates.node().end(); ++it) {
            document.estimates.push_back(
                {column_index(estimates, it->first, document.columns, "incoming.estimates"),
                 column_index(estimates, it->second, document.columns, "incoming.estimates"),
                 place_of(it->first)});
        }
    }
    document.income = read_lines(top, "income", width);
    document.total_income =
        read_line(top, "total-income", top.required("total-income"), "total-income", width);
    document.expenses = read_lines(top, "expenses", width);
    document.total_expenses =
        read_line(top, "total-expenses", top.required("total-expenses"), "total-expenses", width);
    document.result = read_line(top, "result", top.required("result"), "result", width);
    document.outgoing = read_line(top, "outgoing", top.required("outgoing"), "outgoing", width);
    if (top.has("projects")) document.projects = read_projects(top, document);
    return document;
}

bool is_space(std::string_view text, std::size_t at, std::size_t& length) {
    // ASCII space, U+00A0 no-break space, U+2009 thin space, U+202F narrow no-break space.
    for (std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"}) {
        if (text.substr(at, space.size()) == space) {
            length = space.size();
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<std::int64_t> parse_printed_amount(std::string_view text, bool* regular) {
    std::size_t at = 0;
    bool negative = false;
    if (text.substr(0, 1) == "-") {
        negative = true;
        at = 1;
    } else if (text.substr(0, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
        negative = true;
        at = 3;
    }
    std::size_t length = 0;
    while (at < text.size() && is_space(text, at, length)) at += length;  // "- 3 393"
    std::vector<std::size_t> groups;
    std::int64_t value = 0;
    std::size_t group = 0;
    while (at < text.size()) {
        const char c = text[at];
        if (c >= '0' && c <= '9') {
            if (value > (INT64_MAX - 9) / 10) return std::nullopt;
            value = value * 10 + (c - '0');
            ++group;
            ++at;
        } else if (group > 0 && is_space(text, at, length)) {
            groups.push_back(group);
            group = 0;
            at += length;
        } else {
            return std::nullopt;
        }
    }
    if (group == 0) return std::nullopt;  // no digits, or a trailing space
    if (value > max_printed_amount) return std::nullopt;
    groups.push_back(group);
    if (regular != nullptr) {
        *regular = groups.front() <= 3;
        for (std::size_t i = 1; i < groups.size(); ++i) *regular = *regular && groups[i] == 3;
    }
    return negative ? -value : value;
}

BudgetDocument load_budget_text(const std::string& text, const std::string& source) {
    return read_document(source, MapReader::load(text, source));
}

std::string read_budget_bytes(const std::string& path, const std::string& option) {
    return MapReader::read_file(path, option);
}

BudgetDocument load_budget_file(const std::string& path) {
    return load_budget_text(read_budget_bytes(path, "FILE"), path);
}

}  // namespace cycle
