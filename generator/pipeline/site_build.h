#pragma once
// The whole pipeline short of writing: read and check the site folder, compute the
// statistics, plan and render every file. `build` then publishes the files; `check` only
// reports; `serve` keeps them in memory and answers requests from them.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/output_file.h"
#include "stats/disclosure_control.h"

namespace kt {

struct SiteBuild {
    std::vector<OutputFile> files;
    DisclosureControl::Counts suppression;
    // What was read, for a summary line.
    std::size_t areas = 0, indicators = 0, observations = 0, content_pages = 0;
};

// nullopt when the site has errors (in `diagnostics`, with warnings).
std::optional<SiteBuild> build_site(const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics);

// Each diagnostic with the line it points at quoted under it, then the counts; "" when there
// are none.
std::string diagnostics_report(const Diagnostics& diagnostics,
                               const std::filesystem::path& site_dir);

}  // namespace kt
