#include "stats/aggregation.h"

#include <algorithm>

#include "stats/area_history.h"

namespace kt {

IndicatorValue aggregate_value(const Indicator& indicator, const ObservationTable& table,
                               const std::vector<std::string>& member_areas, int period,
                               std::vector<std::string>* contributing_codes) {
    const bool ratio = has_denominator(indicator);
    double numerator_sum = 0;
    double denominator_sum = 0;
    int contributing = 0;
    bool provisional = false;
    ValueStatus worst = ValueStatus::not_available;  // stays so for an empty member list
    int worst_severity = -1;

    int not_applicable = 0;
    for (const std::string& member : member_areas) {
        const Observation* num = table.find(indicator.numerator, member, period);
        const Observation* den =
            ratio ? table.find(indicator.denominator, member, period) : nullptr;
        // "." says the quantity does not arise in the member (nobody was asked to settle
        // anyone): it adds nothing and is not missing from the sum.
        if (num && num->status == ValueStatus::not_applicable &&
            (!ratio || (den && den->status == ValueStatus::not_applicable))) {
            ++not_applicable;
            continue;
        }
        const bool num_ok = num && num->has_number();
        const bool den_ok = !ratio || (den && den->has_number());
        if (num_ok && den_ok) {
            ++contributing;
            if (contributing_codes) contributing_codes->push_back(member);
            numerator_sum += num->number();
            if (den) denominator_sum += den->number();
            provisional = provisional || num->provisional || (den && den->provisional);
            continue;
        }
        ValueStatus status =
            num_ok ? ValueStatus::present : (num ? num->status : ValueStatus::not_available);
        if (ratio && !den_ok) {
            status = more_severe(status, den ? den->status : ValueStatus::not_available);
        }
        if (status_severity(status) > worst_severity) {
            worst = status;
            worst_severity = status_severity(status);
        }
    }

    IndicatorValue out;
    const int relevant = static_cast<int>(member_areas.size()) - not_applicable;
    if (contributing == 0) {
        out.status = relevant == 0 && not_applicable > 0 ? ValueStatus::not_applicable : worst;
    } else {
        out = value_from_numbers(indicator, numerator_sum, denominator_sum);
        out.provisional = provisional;
    }
    out.parts_total = relevant;
    out.parts_missing = relevant - contributing;
    return out;
}

std::vector<std::string> member_municipalities(const Registry& registry, const std::string& area) {
    std::vector<std::string> codes;
    const Area* found = registry.find(area);
    if (!found) return codes;
    std::vector<const Area*> members;
    switch (found->kind) {
        case AreaKind::country:
            members = registry.of_kind(AreaKind::municipality);
            break;
        case AreaKind::county:
            members = registry.children(area, AreaKind::municipality);
            break;
        case AreaKind::municipality:
        case AreaKind::district:
            break;
    }
    codes.reserve(members.size());
    for (const Area* m : members) codes.push_back(m->code);
    return codes;
}

namespace {

AreaFigure own_rows(const Indicator& indicator, const ObservationTable& table,
                    const std::string& code, int period) {
    return {compute_value(indicator, table, code, period), {code}, false};
}

// The sum over the codes that make up `targets` (current areas) in the period. For an area,
// one code (the area itself, or the same area under its old number) is not a sum; a group
// lists its members and is a sum of however many there are.
enum class OneCode { own_rows, sum };
AreaFigure sum_over_territory(const Indicator& indicator, const ObservationTable& table,
                              const Registry& registry, const std::vector<std::string>& targets,
                              int period, OneCode one_code) {
    const Constituents parts =
        constituents(registry, targets, period, [&](const std::string& code) {
            return table.find(indicator.numerator, code, period) != nullptr;
        });
    if (!parts.comparable) {
        // The split matters only where the data have a figure: a year none of the codes
        // reports is not in the data, as for any other area.
        AreaFigure broken;
        broken.value.status = ValueStatus::not_available;
        broken.value.incomparable =
            std::any_of(parts.codes.begin(), parts.codes.end(), [&](const std::string& code) {
                return table.find(indicator.numerator, code, period) != nullptr;
            });
        return broken;
    }
    // A code the data never report (Finnøy in a file that gives Stavanger on today's borders
    // for every year) is covered by its successor's row, not missing from the sum.
    std::vector<std::string> codes;
    for (const std::string& code : parts.codes)
        if (table.reports(indicator.numerator, code)) codes.push_back(code);
    if (codes.empty()) codes = parts.codes;
    if (codes.size() == 1 && one_code == OneCode::own_rows)
        return own_rows(indicator, table, codes.front(), period);
    AreaFigure sum;
    sum.is_sum = true;
    sum.value = aggregate_value(indicator, table, codes, period, &sum.codes);
    return sum;
}

}  // namespace

IndicatorValue value_for_area(const Indicator& indicator, const ObservationTable& table,
                              const Registry& registry, const std::string& area, int period) {
    return area_figure(indicator, table, registry, area, period).value;
}

AreaFigure area_figure(const Indicator& indicator, const ObservationTable& table,
                       const Registry& registry, const std::string& area, int period) {
    const Area* found = registry.find(area);
    if (!found || found->kind == AreaKind::district || !found->is_current())
        return own_rows(indicator, table, area, period);

    // A county's or the country's own rows are an official total. A municipality's own rows
    // may cover only part of today's area (Stavanger before Finnøy and Rennesøy joined in
    // 2020), so its constituents decide.
    std::vector<std::string> targets{area};
    if (found->kind != AreaKind::municipality) {
        const Observation* num = table.find(indicator.numerator, area, period);
        const Observation* den =
            has_denominator(indicator) ? table.find(indicator.denominator, area, period) : nullptr;
        const bool own_rows_complete = num && (!has_denominator(indicator) || den);
        const bool own_row_suppressed = (num && num->status == ValueStatus::suppressed) ||
                                        (den && den->status == ValueStatus::suppressed);
        if (own_rows_complete || own_row_suppressed)
            return own_rows(indicator, table, area, period);
        targets = member_municipalities(registry, area);
    }
    return sum_over_territory(indicator, table, registry, targets, period, OneCode::own_rows);
}

AreaFigure group_figure(const Indicator& indicator, const ObservationTable& table,
                        const Registry& registry, const std::vector<std::string>& municipalities,
                        int period) {
    return sum_over_territory(indicator, table, registry, municipalities, period, OneCode::sum);
}

}  // namespace kt
