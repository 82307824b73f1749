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

// The three parts of read_site, in its order: site.yaml and data/; then, into that site, the
// map and tile map (from the boundary file and the registry's centres; nothing else reads
// or writes them, so they can be made while the statistics are computed), and the content.
SiteInput read_site_data(const std::filesystem::path& site_dir, Diagnostics& diagnostics);
void read_site_map(const std::filesystem::path& site_dir, SiteInput& site,
                   Diagnostics& diagnostics);
void read_site_content(const std::filesystem::path& site_dir, SiteInput& site,
                       Diagnostics& diagnostics);

}  // namespace kt
