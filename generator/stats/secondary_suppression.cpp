#include "stats/secondary_suppression.h"

#include <cassert>

namespace kt {

namespace {

// The member to hide next to the sum's single hidden cell; nullopt if none is left.
std::optional<std::size_t> complement_for(const std::vector<ProtectedCell>& cells,
                                          const PublishedSum& sum) {
    std::optional<std::size_t> best;
    auto better = [&](std::size_t candidate) {
        if (!best) return true;
        const double a = *cells[candidate].value, b = *cells[*best].value;
        // Any value above 0 beats a 0: hiding a 0 next to a small count says little.
        if ((a > 0) != (b > 0)) return a > 0;
        return a < b;
    };
    for (std::size_t m : sum.members) {
        const ProtectedCell& cell = cells[m];
        if (cell.hidden || !cell.value) continue;
        if (better(m)) best = m;
    }
    return best;
}

}  // namespace

int hide_complements(std::vector<ProtectedCell>& cells, const std::vector<PublishedSum>& sums) {
    int hidden = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (const PublishedSum& sum : sums) {
            assert(sum.total < cells.size());
            std::vector<std::size_t> hidden_cells;
            bool any_sensitive = false;
            auto look_at = [&](std::size_t index) {
                assert(index < cells.size());
                if (!cells[index].hidden) return;
                hidden_cells.push_back(index);
                any_sensitive = any_sensitive || cells[index].sensitive;
            };
            look_at(sum.total);
            for (std::size_t m : sum.members) look_at(m);
            if (!any_sensitive) continue;

            if (hidden_cells.size() >= 2) {
                for (std::size_t index : hidden_cells) {
                    if (cells[index].sensitive) continue;
                    cells[index].sensitive = true;
                    changed = true;
                }
                continue;
            }
            std::optional<std::size_t> partner;
            if (!sum.total_yields || cells[sum.total].hidden) partner = complement_for(cells, sum);
            if (!partner && !cells[sum.total].hidden) partner = sum.total;
            if (!partner) continue;  // nothing left to hide: every cell but one lacks a number
            ProtectedCell& cell = cells[*partner];
            cell.hidden = cell.sensitive = cell.hidden_as_complement = true;
            ++hidden;
            changed = true;
        }
    }
    return hidden;
}

}  // namespace kt
