#include "model/catalogue.h"

#include <algorithm>

namespace kt {

std::string computation_keyword(Computation computation) {
    switch (computation) {
        case Computation::count:
            return "count";
        case Computation::share:
            return "share";
        case Computation::percent_of:
            return "percent_of";
        case Computation::rate_per_1000:
            return "rate_per_1000";
        case Computation::mean:
            return "mean";
    }
    return "count";
}

std::string next_update(const Catalogue& catalogue, const Indicator& indicator) {
    std::string earliest;
    for (const std::string& id : {indicator.numerator, indicator.denominator})
        if (const Measure* measure = id.empty() ? nullptr : catalogue.measure(id))
            if (!measure->next_update.empty() &&
                (earliest.empty() || measure->next_update < earliest))
                earliest = measure->next_update;
    return earliest;
}

std::optional<int> provisional_from(const Catalogue& catalogue, const Indicator& indicator) {
    std::optional<int> earliest;
    for (const std::string& id : {indicator.numerator, indicator.denominator})
        if (const Measure* measure = id.empty() ? nullptr : catalogue.measure(id))
            if (measure->provisional_from && (!earliest || *measure->provisional_from < *earliest))
                earliest = measure->provisional_from;
    return earliest;
}

bool publishes(const Indicator& indicator, AreaKind kind) {
    return indicator.levels.empty() ||
           std::find(indicator.levels.begin(), indicator.levels.end(), kind) != indicator.levels.end();
}

bool publishes_municipalities(const Indicator& indicator) {
    return publishes(indicator, AreaKind::municipality);
}

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}
}  // namespace

const Family* Catalogue::family(const std::string& id) const { return find_by_id(families, id); }
const Measure* Catalogue::measure(const std::string& id) const { return find_by_id(measures, id); }
const Indicator* Catalogue::indicator(const std::string& id) const {
    return find_by_id(indicators, id);
}

std::vector<const Indicator*> Catalogue::indicators_in(const std::string& family_id) const {
    std::vector<const Indicator*> out;
    for (const Indicator& i : indicators)
        if (i.family == family_id) out.push_back(&i);
    return out;
}

}  // namespace kt
