#pragma once
// Similar municipalities: the nearest areas on standardized attributes chosen in the catalogue
// (for example log population, centrality class, share of immigrants, settled per 1 000).
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kt {

// One area's attributes, one value per attribute in the same order for every row; nullopt when
// the area has no figure. Transformations (such as the log of the population) are the caller's.
struct AttributeRow {
    std::string area;
    std::vector<std::optional<double>> values;
};

struct Neighbour {
    std::string area;
    double distance;  // in standard deviations, scaled to the full set of attributes
};

// Built once for all areas, then asked for each municipality page.
//
// Each attribute is standardized to mean 0, sd 1 over the rows that have it (population sd).
// An attribute whose values are all equal (sd 0, including one with a single value or none)
// carries no information and is ignored altogether.
// The distance between two areas runs over the usable attributes both have, scaled up to the
// full set so that areas with gaps are not drawn closer:
//   sqrt( total_attributes * sum_shared w_j * d_j^2 / sum_shared w_j ),
// with d_j the difference in standardized units and w_j the attribute's weight. Without weights
// (all 1) this is sqrt(sum d^2 * total_attributes / shared_attributes). Weights are relative:
// multiplying them all by the same number changes nothing.
class SimilarityIndex {
  public:
    // Preconditions: every row has the same number of values, all finite; area names are
    // unique; `weights` is empty or has one positive finite weight per attribute.
    // Areas sharing fewer than `min_shared` usable attributes (at least 1) with the target are
    // never its neighbours.
    explicit SimilarityIndex(const std::vector<AttributeRow>& rows,
                             std::vector<double> weights = {}, int min_shared = 1);

    // The k nearest areas other than `area`, nearest first, ties in input order. Fewer when
    // fewer qualify; empty for an area that is not in the rows, or k <= 0.
    std::vector<Neighbour> neighbours(const std::string& area, int k) const;

    bool contains(const std::string& area) const;

    // How many attributes take part (those with sd > 0).
    int usable_attributes() const { return static_cast<int>(factor_.size()); }

  private:
    std::vector<std::string> areas_;                      // input order
    std::unordered_map<std::string, std::size_t> index_;  // area -> position in areas_
    // Raw values of the usable attributes, row-major (areas_.size() x factor_.size());
    // present_ says which are figures. Differences are taken on raw values and then scaled, so
    // areas at mirror-image distances tie exactly.
    std::vector<double> values_;
    std::vector<bool> present_;
    std::vector<double> factor_;  // w_j / variance_j per usable attribute
    std::vector<double> weight_;  // w_j per usable attribute
    int min_shared_ = 1;
};

// One-off form of SimilarityIndex(rows, weights, min_shared).neighbours(target, k). Build a
// SimilarityIndex instead when asking for many areas.
std::vector<Neighbour> nearest_areas(const std::vector<AttributeRow>& rows,
                                     const std::string& target, int k, int min_shared = 1,
                                     const std::vector<double>& weights = {});

}  // namespace kt
