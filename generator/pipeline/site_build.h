#pragma once
// The whole pipeline short of writing: read and check the site folder, compute the
// statistics, plan and render every file. `build` then publishes the files; `check` only
// reports; `serve` keeps them in memory and answers requests from them.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <memory>

#include "model/diagnostics.h"
#include "model/output_file.h"
#include "model/progress.h"
#include "model/protection_memory.h"
#include "stats/disclosure_control.h"

namespace kt {

struct SiteInput;
struct SiteStatistics;

struct SiteBuild {
    std::vector<OutputFile> files;  // without their content where a sink took it
    DisclosureControl::Counts suppression;
    // What was read, for a summary line.
    std::size_t areas = 0, indicators = 0, observations = 0, content_pages = 0;
};

// What one build leaves for the next in the same process (`serve`): the statistics, which
// are most of a build's time (secondary suppression above all) and depend on site.yaml and
// the files under data/ alone. While those are unchanged, a rebuild reads the site again but
// renders it with the statistics it has.
class StatisticsCache {
  public:
    StatisticsCache();
    ~StatisticsCache();
    // Whether the last build computed its statistics afresh (false: it reused them).
    bool computed() const { return computed_; }

  private:
    friend std::optional<SiteBuild> build_site(const std::filesystem::path&, unsigned,
                                               Diagnostics&, StatisticsCache*, Progress*,
                                               const FileSink&, ProtectionMemory*);
    std::string fingerprint_;  // of site.yaml and data/ when the statistics were computed
    std::unique_ptr<SiteInput> site_;  // the statistics point into its areas
    std::unique_ptr<SiteStatistics> statistics_;
    Diagnostics diagnostics_;  // the warnings computing them gave
    bool computed_ = false;
};

// nullopt when the site has errors (in `diagnostics`, with warnings). With a cache, the
// statistics of the previous build are reused while site.yaml and data/ are unchanged.
// `progress` hears of each stage and page. With a sink, each file goes to it as soon as it is
// rendered (only once the site has been read and its statistics computed without errors).
// With a protection memory, groups of cells an earlier build protected are not solved again.
std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, StatisticsCache* cache = nullptr,
                                    Progress* progress = nullptr, const FileSink& sink = {},
                                    ProtectionMemory* memory = nullptr);

// Each diagnostic with the line it points at quoted under it, then the counts; "" when there
// are none.
std::string diagnostics_report(const Diagnostics& diagnostics,
                               const std::filesystem::path& site_dir);

}  // namespace kt
