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

// The first row under `hash` in `index` that `matches` (hashes may collide), or nullptr.
template <typename Index, typename Matches>
const Observation* first_row(const std::deque<Observation>& rows, const Index& index,
                             std::size_t hash, Matches matches) {
    const auto [first, last] = index.equal_range(hash);
    for (auto it = first; it != last; ++it)
        if (matches(rows[it->second])) return &rows[it->second];
    return nullptr;
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
    return first_row(rows_, by_pair_, pair_hash(measure, area), [&](const Observation& row) {
        return row.measure == measure && row.area == area;
    });
}

bool ObservationTable::reports(const std::string& measure, const std::string& area) const {
    return find_pair(measure, area) != nullptr;
}

const Observation* ObservationTable::find(const std::string& measure, const std::string& area,
                                          int period) const {
    return first_row(rows_, by_key_, key_hash(measure, area, period), [&](const Observation& row) {
        return row.period == period && row.measure == measure && row.area == area;
    });
}

std::vector<int> ObservationTable::periods() const {
    std::set<int> s;
    for (const Observation& o : rows_) s.insert(o.period);
    return {s.begin(), s.end()};
}

}  // namespace kt
