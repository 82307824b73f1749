#include "site/sparklines.h"

#include <algorithm>

#include "render/map_classes.h"
#include "render/sparkline.h"

namespace kt {

namespace {

std::vector<std::optional<double>> printed_series(const SiteData& data, const Indicator& indicator,
                                                  const std::string& code) {
    std::vector<std::optional<double>> values;
    for (const int year : data.figures.years()) {
        const IndicatorValue& v = data.figures.value(indicator.id, code, year);
        values.push_back(v.has_number() ? std::optional(shown_value(v.value, indicator.decimals))
                                        : std::nullopt);
    }
    return values;
}

}  // namespace

SparkScale spark_scale(const SiteData& data, const Indicator& indicator,
                       const std::vector<std::string>& codes) {
    SparkScale scale;
    bool first = true;
    for (const std::string& code : codes)
        for (const auto& v : printed_series(data, indicator, code)) {
            if (!v) continue;
            scale.low = first ? *v : std::min(scale.low, *v);
            scale.high = first ? *v : std::max(scale.high, *v);
            first = false;
        }
    return scale;
}

namespace {

// A row without a line keeps the line's room, so the figures stay in one column.
std::string or_placeholder(std::string svg) {
    return svg.empty() ? "<span class=\"spark\" aria-hidden=\"true\"></span>" : svg;
}

}  // namespace

std::string sparkline(const SiteData& data, const Indicator& indicator, const std::string& code,
                      const SparkScale& scale) {
    // A count says how large an area is: on one scale a small municipality's line would be
    // flat under a city's, so each count shows its own course, from its own lowest to highest.
    if (indicator.computation == Computation::count) {
        const SparkScale own = spark_scale(data, indicator, {code});
        return or_placeholder(render_sparkline(printed_series(data, indicator, code), own.low, own.high));
    }
    return or_placeholder(render_sparkline(printed_series(data, indicator, code), scale.low, scale.high));
}

}  // namespace kt
