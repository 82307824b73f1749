#pragma once
// The site's map: the boundary file site.yaml names (map.boundaries), made into map geometry.
#include <filesystem>

#include "model/diagnostics.h"
#include "model/site_input.h"

namespace kt {

// Fills site.map. A file that is not there is a warning (the site is built without maps: a
// clone of a site without its shared boundary files still builds); a file that is there must
// be right. Municipalities the file lacks, and codes it has that are no municipality of
// today, are warnings (the latter are left out).
void read_map(const std::filesystem::path& site_dir, SiteInput& site, Diagnostics& diagnostics);

// Fills site.tiles from the centres the registry gives today's municipalities (none: no tile
// map). A failure of the layout is an error.
void lay_out_tiles(SiteInput& site, Diagnostics& diagnostics);

}  // namespace kt
