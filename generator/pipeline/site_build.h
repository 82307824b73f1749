#pragma once
// The whole pipeline short of writing: read and check the site folder, compute the
// statistics, plan and render every file. `build` then publishes the files; `check` only
// reports; `serve` keeps them in memory and answers requests from them.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/output_file.h"
#include "model/progress.h"
#include "model/protection_memory.h"
#include "stats/disclosure_control.h"

namespace kt {

struct SiteInput;
struct SiteStatistics;
struct PreviousPublication;

struct SiteBuild {
    std::vector<OutputFile> files;  // without their content where a sink took it
    // With a cache: `files` are only those that changed since the build before (the pages
    // showing the content files that changed); the build before's other files stand.
    bool partial = false;
    DisclosureControl::Counts suppression;
    // What was read, for a summary line.
    std::size_t areas = 0, indicators = 0, observations = 0, content_pages = 0;
};

// What one build leaves for the next in the same process (`serve`).
// - The site as read and its statistics, which are most of a build's time (secondary
//   suppression above all) and depend on site.yaml, the files under data/ and the boundary
//   file alone. While those are unchanged, a rebuild reads only the content again.
// - What the last good build's pages were made from: templates/, assets/, and each content
//   file's place (path, title, front matter) and text. When only texts changed, only the
//   pages that show them are made again.
class RebuildCache {
  public:
    RebuildCache();
    ~RebuildCache();
    // Whether the last build computed its statistics afresh (false: it reused them).
    bool computed() const { return computed_; }

  private:
    friend std::optional<SiteBuild> build_site(const std::filesystem::path&, unsigned,
                                               Diagnostics&, RebuildCache*, Progress*,
                                               const FileSink&, ProtectionMemory*,
                                               const PreviousPublication*);
    std::string fingerprint_;  // of site.yaml, data/ and the boundary file when read
    std::unique_ptr<SiteInput> site_;  // the statistics point into its areas
    std::unique_ptr<SiteStatistics> statistics_;
    Diagnostics diagnostics_;  // the warnings reading the data and computing them gave
    bool computed_ = false;
    // The last good build's (none before the first).
    std::optional<std::string> layout_;
    std::map<std::string, std::string> texts_;  // content path -> fingerprint of its text
};

// nullopt when the site has errors (in `diagnostics`, with warnings). With a cache, what the
// previous build read, computed and rendered is reused where its inputs are unchanged (see
// RebuildCache). `progress` hears of each stage and page. With a sink, each file goes to it as
// soon as it is rendered (only once the site has been read and its statistics computed
// without errors). With a protection memory, groups of cells an earlier build protected are
// not solved again. With what the build before published, the corrections list its changes
// (site/corrections.h).
std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, RebuildCache* cache = nullptr,
                                    Progress* progress = nullptr, const FileSink& sink = {},
                                    ProtectionMemory* memory = nullptr,
                                    const PreviousPublication* previous = nullptr);

// Each diagnostic with the line it points at quoted under it, then the counts; "" when there
// are none.
std::string diagnostics_report(const Diagnostics& diagnostics,
                               const std::filesystem::path& site_dir);

}  // namespace kt
