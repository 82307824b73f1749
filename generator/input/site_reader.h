#pragma once
// The input stage's entry point: read and check everything in a site folder.
#include <filesystem>

#include "model/diagnostics.h"
#include "model/site_input.h"

namespace kt {

// Reads site.yaml, the registry, the catalogue, the observations and the content, and checks
// the references between them. Reports every problem it finds; the result is usable for
// rendering only when `diagnostics` has no errors.
SiteInput read_site(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

// The two halves of read_site: everything but the content (site.yaml, data/, the boundary
// file), and the content, read into a site whose other parts are read.
SiteInput read_site_data(const std::filesystem::path& site_dir, Diagnostics& diagnostics);
void read_site_content(const std::filesystem::path& site_dir, SiteInput& site,
                       Diagnostics& diagnostics);

}  // namespace kt
