#pragma once
// Disjoint sets of indices 0 … size-1, joined one pair at a time: which unknowns a chain of
// constraints links, or which cells a chain of relations does.
#include <cstddef>
#include <utility>
#include <vector>

namespace kt {

// Each set is named by its smallest index, whatever the order of the joins.
class UnionFind {
  public:
    explicit UnionFind(std::size_t size) : parent_(size), size_(size, 1) {
        for (std::size_t i = 0; i < size; ++i) parent_[i] = i;
    }
    std::size_t root(std::size_t u) {
        while (parent_[u] != u) u = parent_[u] = parent_[parent_[u]];
        return u;
    }
    std::size_t size(std::size_t u) { return size_[root(u)]; }
    void join(std::size_t a, std::size_t b) {
        a = root(a), b = root(b);
        if (a == b) return;
        if (a > b) std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
    }

  private:
    std::vector<std::size_t> parent_, size_;
};

}  // namespace kt
