#pragma once
// A figure over the years, as small as a word, beside the latest figure in a table cell.
// Hidden from screen readers: the area's page has the years as a table.
#include <optional>
#include <string>
#include <vector>

namespace kt {

// One value per year (nullopt: a gap), drawn between `low` and `high` (the same for every
// row of a table, so rows compare): a line through neighbouring years, a dot for a year
// alone between gaps, the last value marked. "" when no value can be drawn. Deterministic.
std::string render_sparkline(const std::vector<std::optional<double>>& values, double low,
                             double high);

}  // namespace kt
