#include "config/config_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "config/relative_date.hpp"
#include "engine/decimal.hpp"
#include "engine/error.hpp"
#include "engine/quote.hpp"
#include "engine/spelling.hpp"

namespace cycle {

namespace {

// Ids of organisations and bodies: lower-case letters, digits and '-', starting with a letter.
bool is_identifier(const std::string& text) {
    static const std::regex shape("[a-z][a-z0-9-]*");
    return std::regex_match(text, shape);
}

// Reads one mapping of the config: reports duplicate and unknown keys at their place,
// missing keys at the mapping, and wrong types at the value.
class MapReader {
  public:
    MapReader(const std::string& source, const YAML::Node& node, std::string where,
              std::vector<std::string> allowed)
        : source_(source), node_(node), where_(std::move(where)), allowed_(std::move(allowed)) {
        if (!node_.IsMap()) fail(node_, "expected a mapping for " + where_);
        std::set<std::string> seen;
        for (auto it = node_.begin(); it != node_.end(); ++it) {
            const std::string key = it->first.Scalar();
            if (!seen.insert(key).second) {
                fail(it->first, "duplicate key " + quote(key) + " in " + where_);
            }
            if (!allowed_.empty() &&
                std::find(allowed_.begin(), allowed_.end(), key) == allowed_.end()) {
                fail(it->first,
                     "unknown key " + quote(key) + " in " + where_ + did_you_mean(key, allowed_));
            }
        }
    }

    [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const {
        fail_at(source_, at.Mark(), message);
    }

    [[noreturn]] static void fail_at(const std::string& source, const YAML::Mark& mark,
                                     const std::string& message) {
        throw_bad_input(source + ":" + std::to_string(mark.line + 1) + ":" +
                        std::to_string(mark.column + 1) + ": " + message);
    }

    bool has(const std::string& key) const { return static_cast<bool>(node_[key]); }

    YAML::Node required(const std::string& key) const {
        const YAML::Node value = node_[key];
        if (!value) fail(node_, "missing key \"" + key + "\" in " + where_);
        return value;
    }

    std::string text(const std::string& key) const {
        const YAML::Node value = required(key);
        if (!value.IsScalar() || !is_one_line_text(value.Scalar())) {
            fail(value, "expected one line of text for " + path(key));
        }
        return value.Scalar();
    }

    std::string identifier(const std::string& key) const {
        const std::string value = text(key);
        if (!is_identifier(value)) {
            fail(node_[key], "expected an identifier (lower-case letters, digits and '-') for " +
                                 path(key) + ", got " + quote(value));
        }
        return value;
    }

    long long integer(const std::string& key, long long min, long long max) const {
        const YAML::Node value = required(key);
        const std::string& scalar = value.Scalar();
        long long number = 0;
        const auto [end, error] =
            std::from_chars(scalar.data(), scalar.data() + scalar.size(), number);
        if (!value.IsScalar() || error != std::errc() || end != scalar.data() + scalar.size()) {
            fail(value, "expected a whole number for " + path(key) + ", got " + quote(scalar));
        }
        if (number < min || number > max) {
            fail(value, path(key) + " must be between " + std::to_string(min) + " and " +
                            std::to_string(max) + ", got " + scalar);
        }
        return number;
    }

    RelativeDate relative_date(const std::string& key) const {
        const YAML::Node value = required(key);
        auto parsed = value.IsScalar() ? parse_relative_date(value.Scalar()) : std::nullopt;
        if (!parsed) {
            fail(value, "expected a date relative to the budget year (" +
                            std::string(relative_date_form) + ") for " + path(key) + ", got " +
                            quote(value.Scalar()));
        }
        return *parsed;
    }

    std::string body_reference(const std::string& key,
                               const std::vector<std::string>& bodies) const {
        const std::string value = text(key);
        if (std::find(bodies.begin(), bodies.end(), value) == bodies.end()) {
            fail(node_[key], "unknown body " + quote(value) + " for " + path(key) +
                                 did_you_mean(value, bodies));
        }
        return value;
    }

    std::string path(const std::string& key) const { return where_ + "." + key; }
    const YAML::Node& node() const { return node_; }
    const std::string& source() const { return source_; }

  private:
    const std::string& source_;
    YAML::Node node_;
    std::string where_;
    std::vector<std::string> allowed_;
};

bool before(const RelativeDate& a, const RelativeDate& b) {
    return std::tie(a.year_offset, a.month, a.day) < std::tie(b.year_offset, b.month, b.day);
}

StepRule read_step(const MapReader& steps, const std::string& name,
                   const std::vector<std::string>& bodies) {
    const MapReader step(steps.source(), steps.required(name), "steps." + name,
                         {"body", "to", "window", "deadline"});
    StepRule rule;
    rule.body = step.body_reference("body", bodies);
    if (step.has("to")) rule.to = step.body_reference("to", bodies);
    const MapReader window(steps.source(), step.required("window"), step.path("window"),
                           {"from", "to"});
    rule.window_from = window.relative_date("from");
    rule.window_to = window.relative_date("to");
    if (before(rule.window_to, rule.window_from)) {
        window.fail(window.node()["to"], "window of steps." + name + " ends (" +
                                             rule.window_to.text() + ") before it starts (" +
                                             rule.window_from.text() + ")");
    }
    rule.deadline = step.relative_date("deadline");
    if (before(rule.deadline, rule.window_from)) {
        step.fail(step.node()["deadline"],
                  "deadline of steps." + name + " (" + rule.deadline.text() +
                      ") is before its window opens (" + rule.window_from.text() + ")");
    }
    return rule;
}

Member read_member(const std::string& source, const YAML::Node& node, std::size_t index) {
    const MapReader member(source, node, "members[" + std::to_string(index) + "]",
                           {"name", "group", "kind", "population", "weight"});
    Member result;
    if (member.has("name") == member.has("group")) {
        member.fail(node,
                    "members[" + std::to_string(index) +
                        "] needs exactly one of \"name\" (one member) or \"group\" (several)");
    }
    result.is_group = member.has("group");
    result.name = member.text(result.is_group ? "group" : "name");
    result.kind = member.identifier("kind");
    result.population = member.integer("population", 0, 100'000'000);
    const YAML::Node weight = member.required("weight");
    const auto parsed = weight.IsScalar() ? parse_decimal(weight.Scalar(), 3) : std::nullopt;
    if (!parsed || *parsed == 0) {
        member.fail(weight, "expected a positive weight with at most 3 decimals for " +
                                member.path("weight") + ", got " + quote(weight.Scalar()));
    }
    result.weight_thousandths = *parsed;
    return result;
}

Organisation read_organisation(const std::string& source, const YAML::Node& root) {
    if (!root || root.IsNull()) {
        MapReader::fail_at(source, YAML::Mark(),
                           "empty config; expected a mapping with keys "
                           "organisation, bodies, steps, strategy, members");
    }
    const MapReader top(source, root, "the config",
                        {"organisation", "bodies", "steps", "strategy", "members"});
    Organisation org;

    const MapReader head(source, top.required("organisation"), "organisation",
                         {"id", "name", "first-tracked-year"});
    org.id = head.identifier("id");
    org.name = head.text("name");
    org.first_tracked_year = static_cast<int>(head.integer("first-tracked-year", 1900, 2199));

    const MapReader bodies(source, top.required("bodies"), "bodies", {});
    std::vector<std::string> body_ids;
    for (auto it = bodies.node().begin(); it != bodies.node().end(); ++it) {
        const std::string id = it->first.Scalar();
        const MapReader body(source, it->second, "bodies." + id, {"name"});
        if (!is_identifier(id)) {
            bodies.fail(it->first,
                        "expected an identifier (lower-case letters, digits and '-') "
                        "as body id, got " +
                            quote(id));
        }
        org.bodies.push_back(Body{id, body.text("name")});
        body_ids.push_back(id);
    }
    if (body_ids.empty()) bodies.fail(bodies.node(), "expected at least one body in bodies");

    std::vector<std::string> step_keys;
    for (Step step : cycle_steps) step_keys.emplace_back(step_name(step));
    const MapReader steps(source, top.required("steps"), "steps", step_keys);
    for (Step step : cycle_steps) {
        org.steps.emplace(step, read_step(steps, std::string(step_name(step)), body_ids));
    }

    const MapReader strategy(source, top.required("strategy"), "strategy", {"body", "every-years"});
    org.strategy_body = strategy.body_reference("body", body_ids);
    org.strategy_every_years = static_cast<int>(strategy.integer("every-years", 1, 20));

    const YAML::Node members = top.required("members");
    if (!members.IsSequence()) top.fail(members, "expected a list for members");
    for (std::size_t i = 0; i < members.size(); ++i) {
        org.members.push_back(read_member(source, members[i], i));
    }
    return org;
}

}  // namespace

Organisation load_config_text(const std::string& text, const std::string& source) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException& error) {
        MapReader::fail_at(source, error.mark, "YAML syntax error: " + error.msg);
    }
    return read_organisation(source, root);
}

std::string read_config_bytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw_bad_input("--config: cannot read " + quote(path));
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

Organisation load_config_file(const std::string& path) {
    return load_config_text(read_config_bytes(path), path);
}

}  // namespace cycle
