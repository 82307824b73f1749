#include "stats/variable_value.h"

#include <cmath>

#include "input/ssb_symbol.h"
#include "stats/aggregation.h"

namespace kt {

namespace {

// The figure of `indicator` for the area in the year, nullopt when it reads a protected row.
std::optional<IndicatorValue> unprotected_value(const Indicator& indicator, const SiteInput& site,
                                                const std::string& area, int year,
                                                const ProtectedRow& is_protected) {
    const AreaFigure figure = area_figure(indicator, site.observations, site.registry, area, year);
    for (const std::string& code : figure.codes)
        for (const std::string* measure : {&indicator.numerator, &indicator.denominator})
            if (!measure->empty() && is_protected(*measure, code, year)) return std::nullopt;
    return figure.value;
}

std::optional<double> raw_value(const Variable& variable, const SiteInput& site,
                                const std::string& area, int first_year, int last_year,
                                const ProtectedRow& is_protected) {
    switch (variable.source) {
        case Variable::Source::attribute: {
            const Area* a = site.registry.find(area);
            if (!a) return std::nullopt;
            auto it = a->attributes.find(variable.attribute);
            if (it == a->attributes.end()) return std::nullopt;
            return parse_plain_number(it->second);  // as the attribute check reads it
        }
        case Variable::Source::measure: {
            Indicator count;
            count.computation = Computation::count;
            count.numerator = variable.measure;
            double sum = 0;
            for (int year = first_year; year <= last_year; ++year) {
                const auto v = unprotected_value(count, site, area, year, is_protected);
                if (!v || !v->has_number()) return std::nullopt;
                sum += v->value;
            }
            return sum / (last_year - first_year + 1);
        }
        case Variable::Source::share_of: {
            Indicator share;
            share.computation = Computation::share;
            share.numerator = variable.numerator;
            share.denominator = variable.denominator;
            double numerator = 0, denominator = 0;
            for (int year = first_year; year <= last_year; ++year) {
                const auto v = unprotected_value(share, site, area, year, is_protected);
                if (!v) return std::nullopt;
                if (v->status == ValueStatus::not_applicable) continue;  // nobody that year
                if (!v->has_number()) return std::nullopt;
                numerator += v->numerator;
                denominator += v->denominator;
            }
            if (denominator <= 0) return std::nullopt;
            return 100 * numerator / denominator;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<double> variable_value(const Variable& variable, const SiteInput& site,
                                     const std::string& area, int first_year, int last_year,
                                     const ProtectedRow& is_protected) {
    std::optional<double> value =
        raw_value(variable, site, area, first_year, last_year, is_protected);
    if (!value || !variable.log) return value;
    if (*value <= 0) return std::nullopt;
    return std::log(*value);
}

}  // namespace kt
