#pragma once
// A table of what a slow function made, kept per thread by its caller: the value for `key`,
// made by `make` the first time. The table is emptied when it reaches a bound, so memory stays
// small whatever a site holds.
#include <cstddef>

namespace kt {

template <typename Table, typename Key, typename Make>
const typename Table::mapped_type& remembered(Table& table, const Key& key, Make make) {
    constexpr std::size_t kBound = 65536;
    if (auto it = table.find(key); it != table.end()) return it->second;
    if (table.size() >= kBound) table.clear();
    return table.emplace(typename Table::key_type(key), make()).first->second;
}

}  // namespace kt
