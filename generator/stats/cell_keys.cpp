#include "stats/cell_keys.h"

#include <functional>

#include "model/hash_combine.h"

namespace kt {

std::uint32_t NameIds::id(const std::string& name) {
    auto [it, fresh] = ids_.try_emplace(name, static_cast<std::uint32_t>(names_.size()));
    if (fresh) names_.push_back(&it->first);
    return it->second;
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
