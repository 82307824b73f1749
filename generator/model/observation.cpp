#include "model/observation.h"

#include <limits>
#include <set>

namespace kt {

const Observation* ObservationTable::insert(Observation obs) {
    auto key = std::make_tuple(obs.measure, obs.area, obs.period);
    auto [it, inserted] = index_.emplace(key, rows_.size());
    if (!inserted) return &rows_[it->second];
    rows_.push_back(std::move(obs));
    return nullptr;
}

bool ObservationTable::reports(const std::string& measure, const std::string& area) const {
    auto it = index_.lower_bound(std::make_tuple(measure, area, std::numeric_limits<int>::min()));
    return it != index_.end() && std::get<0>(it->first) == measure &&
           std::get<1>(it->first) == area;
}

const Observation* ObservationTable::find(const std::string& measure, const std::string& area,
                                          int period) const {
    auto it = index_.find(std::make_tuple(measure, area, period));
    return it == index_.end() ? nullptr : &rows_[it->second];
}

std::vector<int> ObservationTable::periods() const {
    std::set<int> s;
    for (const Observation& o : rows_) s.insert(o.period);
    return {s.begin(), s.end()};
}

}  // namespace kt
