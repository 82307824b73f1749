#pragma once
// Sparklines of an indicator for the rows of a table, each drawn from the figures as printed
// (hidden and missing years are gaps): shares and rates on one scale for every row, so rows
// compare; counts each on its own.
#include <string>
#include <vector>

#include "site/site_data.h"

namespace kt {

struct SparkScale {
    double low = 0, high = 0;
};

// The range of the printed figures of `codes` over every year.
SparkScale spark_scale(const SiteData& data, const Indicator& indicator,
                       const std::vector<std::string>& codes);

// The sparkline of `code` over every year, or an empty box as wide when there is none.
std::string sparkline(const SiteData& data, const Indicator& indicator, const std::string& code,
                      const SparkScale& scale);

}  // namespace kt
