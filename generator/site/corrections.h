#pragma once
// Corrections: what changed in figures the site had already published. A build reads the
// previous build's whole dataset and corrections list from the output folder before replacing
// it, compares every figure, and publishes the list again with this build's changes added:
//   nedlasting/rettelser.csv  dato, indikator, områdekode, områdenavn, periode, endring,
//                             tidligere_verdi, ny_verdi
//   rettelser/                the page "Endringer og rettelser", newest first
// and each changed figure's block on its area's page notes the change.
//
// A change is "rettet" (a published number is now another), "skjult" (a published number is
// now hidden or no longer has one) or "fjernet" (the figure is no longer published at all). The
// list shows numbers only for figures published now: the old value of a figure now hidden could
// be its value still, so it is never shown again, not even in an earlier correction. The date is
// the data's update date (site.yaml data_updated), so a build is as reproducible as before.
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostics.h"
#include "render/csv_writer.h"

namespace kt {

struct SiteData;

inline constexpr const char* kCorrectionsPath = "nedlasting/rettelser.csv";
inline constexpr const char* kCorrectionsDir = "rettelser/";

// What the build before published, read from the output folder ("" where it has no file).
struct PreviousPublication {
    std::string figures_csv;      // nedlasting/kommunetall.csv
    std::string corrections_csv;  // nedlasting/rettelser.csv
};
PreviousPublication read_previous_publication(const std::filesystem::path& out);

struct Correction {
    std::string date, indicator, area_code, area_name, period;
    std::string kind;  // "rettet", "skjult", "fjernet"
    std::string old_value, new_value;  // machine numbers; empty where not shown
};

struct Corrections {
    std::vector<Correction> list;  // newest first, then by indicator, area code and period
    // (indicator, area code) -> positions in `list`
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_figure;
};

// The corrections: the previous list carried forward, and the changes from the previous
// figures to `dataset` (the whole dataset's table, dataset_table). A previous file that cannot
// be read is a warning, and the build goes on as if there were none.
Corrections find_corrections(const SiteData& data, const DownloadTable& dataset,
                             const PreviousPublication& previous, Diagnostics& diagnostics);

// nedlasting/rettelser.csv.
std::string corrections_csv(const Corrections& corrections);

}  // namespace kt
