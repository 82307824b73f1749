#include "stats/cell_keys.h"

#include <algorithm>
#include <functional>

#include "model/hash_combine.h"

namespace kt {

std::uint32_t NameIds::id(const std::string& name) {
    auto [it, fresh] = ids_.try_emplace(name, static_cast<std::uint32_t>(names_.size()));
    if (fresh) names_.push_back(&it->first);
    return it->second;
}

std::vector<std::uint32_t> NameIds::ranks() const {
    std::vector<std::uint32_t> by_name(names_.size());
    for (std::uint32_t id = 0; id < by_name.size(); ++id) by_name[id] = id;
    std::sort(by_name.begin(), by_name.end(),
              [&](std::uint32_t a, std::uint32_t b) { return *names_[a] < *names_[b]; });
    std::vector<std::uint32_t> rank(names_.size());
    for (std::uint32_t place = 0; place < by_name.size(); ++place) rank[by_name[place]] = place;
    return rank;
}

std::size_t IdListHash::operator()(const std::vector<std::uint32_t>& ids) const {
    std::size_t h = ids.size();
    for (std::uint32_t id : ids) h = hash_combine(h, id);
    return h;
}

std::uint32_t NameListIds::id(const std::vector<std::string>& names, NameIds& name_ids) {
    std::vector<std::uint32_t> ids;
    ids.reserve(names.size());
    for (const std::string& name : names) ids.push_back(name_ids.id(name));
    auto [it, fresh] = ids_.try_emplace(std::move(ids), static_cast<std::uint32_t>(lists_.size()));
    if (fresh) lists_.push_back(&it->first);
    return it->second;
}

std::size_t CellKeyHash::operator()(const RowKey& key) const {
    return hash_combine(hash_combine(key.measure, key.code), static_cast<std::size_t>(key.period));
}

std::size_t CellKeyHash::operator()(const SumKey& key) const {
    return hash_combine(hash_combine(key.measure, static_cast<std::size_t>(key.period)), key.codes);
}

std::size_t CellKeyHash::operator()(const PooledKey& key) const {
    return hash_combine(
        hash_combine(hash_combine(key.measure, key.code), static_cast<std::size_t>(key.first)),
        static_cast<std::size_t>(key.last));
}

}  // namespace kt
