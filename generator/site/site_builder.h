#pragma once
// The site stage's entry point: plan every page and file, render them in parallel, and
// return them in a fixed order (so the output does not depend on the thread count).
#include <filesystem>
#include <vector>

#include "model/diagnostics.h"
#include "model/site_input.h"
#include "render/template_set.h"
#include "site/output_writer.h"
#include "stats/disclosure_control.h"

namespace kt {

// Templates the site needs; `check` reports any that are missing.
void check_templates(const TemplateSet& templates, Diagnostics& diagnostics);

// Renders the whole site. Precondition: `site` and `templates` came without errors.
// Assets under <site_dir>/assets are copied as they are. `suppression`, if given, receives
// how many cells the suppression hid.
std::vector<OutputFile> render_site(const SiteInput& site, const TemplateSet& templates,
                                    const std::filesystem::path& site_dir, unsigned threads,
                                    Diagnostics& diagnostics,
                                    DisclosureControl::Counts* suppression = nullptr);

}  // namespace kt
