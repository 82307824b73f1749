#include "stats/similarity.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace kt {

SimilarityIndex::SimilarityIndex(const std::vector<AttributeRow>& rows, std::vector<double> weights,
                                 int min_shared)
    : min_shared_(std::max(min_shared, 1)) {
    const std::size_t attributes = rows.empty() ? weights.size() : rows.front().values.size();
    assert(weights.empty() || weights.size() == attributes);
    if (weights.empty()) weights.assign(attributes, 1.0);

    for (const AttributeRow& row : rows) {
        assert(row.values.size() == attributes);
        const bool inserted = index_.emplace(row.area, areas_.size()).second;
        assert(inserted && "area names must be unique");
        (void)inserted;
        areas_.push_back(row.area);
    }

    // Which attributes vary, and their population variance.
    std::vector<std::size_t> usable;
    for (std::size_t j = 0; j < attributes; ++j) {
        assert(std::isfinite(weights[j]) && weights[j] > 0);
        double sum = 0, lowest = INFINITY, highest = -INFINITY;
        int count = 0;
        for (const AttributeRow& row : rows) {
            if (!row.values[j]) continue;
            const double x = *row.values[j];
            assert(std::isfinite(x));
            sum += x;
            lowest = std::min(lowest, x);
            highest = std::max(highest, x);
            ++count;
        }
        // All equal: sd 0. Tested on the values themselves, since a computed sd of equal
        // non-integers can come out a hair above 0 and would then blow the attribute up.
        if (count == 0 || lowest == highest) continue;
        const double mean = sum / count;
        double squares = 0;
        for (const AttributeRow& row : rows) {
            if (row.values[j]) squares += (*row.values[j] - mean) * (*row.values[j] - mean);
        }
        const double variance = squares / count;
        usable.push_back(j);
        factor_.push_back(weights[j] / variance);
        weight_.push_back(weights[j]);
    }

    values_.assign(rows.size() * usable.size(), 0.0);
    present_.assign(rows.size() * usable.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t u = 0; u < usable.size(); ++u) {
            if (const auto& value = rows[i].values[usable[u]]) {
                values_[i * usable.size() + u] = *value;
                present_[i * usable.size() + u] = true;
            }
        }
    }
}

bool SimilarityIndex::contains(const std::string& area) const { return index_.count(area) > 0; }

std::vector<Neighbour> SimilarityIndex::neighbours(const std::string& area, int k) const {
    const auto found = index_.find(area);
    if (found == index_.end() || k <= 0) return {};
    const std::size_t target = found->second;
    const std::size_t width = factor_.size();

    struct Candidate {
        double distance;
        std::size_t position;
    };
    std::vector<Candidate> candidates;
    for (std::size_t other = 0; other < areas_.size(); ++other) {
        if (other == target) continue;
        double sum = 0, shared_weight = 0;
        int shared = 0;
        for (std::size_t u = 0; u < width; ++u) {
            if (!present_[target * width + u] || !present_[other * width + u]) continue;
            const double difference = values_[other * width + u] - values_[target * width + u];
            sum += factor_[u] * difference * difference;
            shared_weight += weight_[u];
            ++shared;
        }
        if (shared < min_shared_) continue;
        const double total = static_cast<double>(width);
        candidates.push_back({std::sqrt(total * sum / shared_weight), other});
    }

    // Nearest first; equal distances keep input order (position breaks the tie).
    const std::size_t count = std::min(candidates.size(), static_cast<std::size_t>(k));
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end(),
                      [](const Candidate& a, const Candidate& b) {
                          if (a.distance != b.distance) return a.distance < b.distance;
                          return a.position < b.position;
                      });
    std::vector<Neighbour> nearest;
    nearest.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        nearest.push_back({areas_[candidates[i].position], candidates[i].distance});
    }
    return nearest;
}

std::vector<Neighbour> nearest_areas(const std::vector<AttributeRow>& rows,
                                     const std::string& target, int k, int min_shared,
                                     const std::vector<double>& weights) {
    return SimilarityIndex(rows, weights, min_shared).neighbours(target, k);
}

}  // namespace kt
