#include "engine/support/spelling.hpp"

#include <algorithm>

namespace cycle {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string closest_name(std::string_view unknown, const std::vector<std::string>& known) {
    std::string best;
    std::size_t best_distance = 0;
    for (const auto& name : known) {
        const std::size_t distance = edit_distance(unknown, name);
        if (best.empty() || distance < best_distance) {
            best = name;
            best_distance = distance;
        }
    }
    const std::size_t allowed =
        std::min<std::size_t>(3, std::max<std::size_t>(1, unknown.size() / 3));
    return best_distance <= allowed ? best : std::string();
}

std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& known) {
    const std::string best = closest_name(unknown, known);
    return best.empty() ? std::string() : "; did you mean \"" + best + "\"?";
}

}  // namespace cycle
