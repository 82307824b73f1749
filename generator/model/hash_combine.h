#pragma once
// Mixing hashes of a key's parts into one, for hash tables keyed by several values.
#include <cstddef>

namespace kt {

inline std::size_t hash_combine(std::size_t seed, std::size_t value) {
    return seed ^ (value + 0x9e3779b97f4a7c15u + (seed << 6) + (seed >> 2));
}

}  // namespace kt
