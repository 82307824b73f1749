#pragma once
// The page stage's entry point: plan every page and file from the read site and its
// statistics, render them in parallel, and return them in a fixed order (so the output does
// not depend on the thread count). The output stage writes them.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/output_file.h"
#include "model/progress.h"
#include "model/site_input.h"
#include "render/template_set.h"
#include "site/corrections.h"
#include "stats/site_statistics.h"

namespace kt {

// Templates the site needs (the survey's only with a survey); `check` reports any missing.
void check_templates(const TemplateSet& templates, const SiteInput& site,
                     Diagnostics& diagnostics);

// Renders the whole site. Precondition: `site` and `templates` came without errors.
// Assets under <site_dir>/assets are copied as they are. A page that cannot be made, or a
// template naming a value its page lacks, is an error in `diagnostics`.
// With `only_content`, renders only the pages that show one of those content files (by path
// under content/): what changes when nothing else did. `previous`: what the build before
// published, whose changed figures the corrections list.
std::vector<OutputFile> render_site(const SiteInput& site, const SiteStatistics& statistics,
                                    const TemplateSet& templates,
                                    const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics, Progress* progress = nullptr,
                                    const FileSink& sink = {},
                                    const std::set<std::string>* only_content = nullptr,
                                    const PreviousPublication* previous = nullptr);

}  // namespace kt
