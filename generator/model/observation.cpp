#include "model/observation.h"

#include <limits>
#include <set>
#include <stdexcept>

#include "model/hash_combine.h"

namespace kt {

namespace {

std::size_t pair_hash(std::string_view measure, std::string_view area) {
    return hash_combine(std::hash<std::string_view>{}(measure),
                        std::hash<std::string_view>{}(area));
}

std::size_t key_hash(std::string_view measure, std::string_view area, int period) {
    return hash_combine(pair_hash(measure, area), std::hash<int>{}(period));
}

}  // namespace

const Observation* ObservationTable::insert(Observation obs) {
    if (const Observation* earlier = find(obs.measure, obs.area, obs.period)) return earlier;
    if (rows_.size() >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("more than 4 294 967 294 observations");
    const auto row = static_cast<std::uint32_t>(rows_.size());
    by_key_.emplace(key_hash(obs.measure, obs.area, obs.period), row);
    if (!find_pair(obs.measure, obs.area)) by_pair_.emplace(pair_hash(obs.measure, obs.area), row);
    rows_.push_back(std::move(obs));
    return nullptr;
}

const Observation* ObservationTable::find_pair(std::string_view measure,
                                               std::string_view area) const {
    const auto [first, last] = by_pair_.equal_range(pair_hash(measure, area));
    for (auto it = first; it != last; ++it) {
        const Observation& row = rows_[it->second];
        if (row.measure == measure && row.area == area) return &row;
    }
    return nullptr;
}

bool ObservationTable::reports(const std::string& measure, const std::string& area) const {
    return find_pair(measure, area) != nullptr;
}

const Observation* ObservationTable::find(const std::string& measure, const std::string& area,
                                          int period) const {
    const auto [first, last] = by_key_.equal_range(key_hash(measure, area, period));
    for (auto it = first; it != last; ++it) {
        const Observation& row = rows_[it->second];
        if (row.period == period && row.measure == measure && row.area == area) return &row;
    }
    return nullptr;
}

std::vector<int> ObservationTable::periods() const {
    std::set<int> s;
    for (const Observation& o : rows_) s.insert(o.period);
    return {s.begin(), s.end()};
}

}  // namespace kt
