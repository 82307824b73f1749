#pragma once
// What an outsider has of a built site: every figure in its CSV downloads, and the published
// definitions (nedlasting/definisjoner.json) that relate them. Nothing here comes from the
// build's own bookkeeping, so the audit is a second pair of eyes.
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

// A quantity the downloads show or hide: a measure for an area code (or a group's
// "grouping:value") and a period ("2015", or "2021-2023" for a pooled figure).
struct CellKey {
    std::string measure, code, period;
    auto operator<=>(const CellKey&) const = default;
};

struct PublishedCell {
    std::optional<double> value;  // the number, where any row shows it
    // Why it is hidden where no row shows it: the strongest code seen among personvern (hidden
    // for privacy: a count of 1 … min_count - 1, or hidden so that one cannot be worked out),
    // kilde and ikke_publisert.
    std::string hidden_reason;
    bool conflicting = false;  // two rows show different numbers
    bool partial_sum = false;  // an aggregate whose note says members are missing from it
    std::string where;         // file:line of a row that hides it (or shows it, if none does)
};

struct PublishedIndicator {
    std::string computation;  // count, share, percent_of, rate_per_1000, mean
    std::string numerator;
    std::string denominator;  // empty for a count
};

struct PublishedSite {
    int min_count = 5;
    // A share or rate "not shown: fewer than min_denominator in the base" (grunn lite_nevner)
    // tells that its denominator is below min_denominator; one with a number or hidden for
    // privacy, that it is at least min_denominator.
    double min_denominator = 0;
    std::set<CellKey> small_denominators, large_denominators;
    std::map<std::string, PublishedIndicator> indicators;
    // measure -> its breakdowns, each a list of parts that add up to it
    std::map<std::string, std::vector<std::vector<std::string>>> breakdowns;
    std::map<std::string, std::string> within;  // measure -> one it is never larger than
    std::vector<std::pair<std::string, std::vector<std::string>>> sums;  // code -> members
    std::map<CellKey, PublishedCell> cells;
    std::vector<std::pair<CellKey, CellKey>> shares;  // numerator <= denominator
    // A ratio shown while its numerator or denominator is hidden: factor × numerator /
    // denominator lies in [low, high], the shown value give or take half its last decimal.
    struct RoundedRatio {
        CellKey numerator, denominator;
        double factor = 100, low = 0, high = 0;
        std::string where;
    };
    std::vector<RoundedRatio> rounded_ratios;
};

// Reads the definitions; reports a file that is not what the build writes.
void read_definitions(PublishedSite& site, std::string_view json, const std::string& file,
                      Diagnostics& diagnostics);
// Adds every row of one CSV download (after the definitions).
void read_download(PublishedSite& site, std::string_view csv, const std::string& file,
                   Diagnostics& diagnostics);
// The definitions and every CSV download under a built site's folder.
PublishedSite read_published_site(const std::filesystem::path& folder, Diagnostics& diagnostics);

}  // namespace kt
