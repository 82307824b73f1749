#include "stats/secondary_suppression.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <set>

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

// Two published sums over overlapping members imply a third equation:
//   total_a - total_b = (members only in a) - (members only in b),
// so a cell alone hidden in it can be worked out although each sum is safe (a county minus a
// group inside it leaves the county's other municipalities). Each such equation becomes a sum
// with total_a as total and the rest as members (signs do not matter for what can be worked
// out). Sums with the same members (one per indicator using the same measure) are compared
// once; totals that yield (pooled figures) are left out, as are equations with nothing but
// the two totals.
std::vector<PublishedSum> implied_sums(const std::vector<PublishedSum>& sums) {
    std::map<std::vector<std::size_t>, std::size_t> by_members;  // sorted members -> sum
    for (std::size_t i = 0; i < sums.size(); ++i) {
        if (sums[i].total_yields || sums[i].members.empty()) continue;
        std::vector<std::size_t> members = sums[i].members;
        std::sort(members.begin(), members.end());
        by_members.emplace(std::move(members), i);
    }
    std::vector<const std::vector<std::size_t>*> member_sets;
    std::vector<std::size_t> sum_of;
    std::map<std::size_t, std::vector<std::size_t>> sets_with;  // member -> member sets
    for (const auto& [members, sum] : by_members) {
        for (std::size_t m : members) sets_with[m].push_back(member_sets.size());
        member_sets.push_back(&members);
        sum_of.push_back(sum);
    }
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [member, sets] : sets_with)
        for (std::size_t i = 0; i < sets.size(); ++i)
            for (std::size_t j = i + 1; j < sets.size(); ++j) pairs.insert({sets[i], sets[j]});

    std::vector<PublishedSum> implied;
    for (const auto& [a, b] : pairs) {
        PublishedSum sum{sums[sum_of[a]].total, {sums[sum_of[b]].total}, false};
        std::set_symmetric_difference(member_sets[a]->begin(), member_sets[a]->end(),
                                      member_sets[b]->begin(), member_sets[b]->end(),
                                      std::back_inserter(sum.members));
        if (sum.members.size() > 1) implied.push_back(std::move(sum));
    }
    return implied;
}

}  // namespace

int hide_complements(std::vector<ProtectedCell>& cells,
                     const std::vector<PublishedSum>& published) {
    std::vector<PublishedSum> sums = published;
    for (PublishedSum& sum : implied_sums(published)) sums.push_back(std::move(sum));
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
