#pragma once
// Making the map of a site's areas from its boundary file: projected, simplified without
// gaps between neighbours, and fitted into an SVG view box, as one path per area.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/boundaries.h"
#include "model/diagnostics.h"
#include "model/map_geometry.h"

namespace kt {

// The longer side of the view box, in units; coordinates are whole units.
inline constexpr int kMapSize = 1000;

// Fits projected (and simplified) shapes into a view box whose longer side is `size` units,
// north up, and writes each as a path of whole-unit coordinates: absolute for the first point
// of a ring, relative after it; a point that rounds onto the one before it is dropped, and
// so is a ring left with fewer than three points (unless it is the area's only one).
MapGeometry fit_map(const std::vector<AreaShape>& projected, int size = kMapSize);

// Reads the GeoJSON boundary file, projects it to EPSG:25833 and simplifies it for a map
// kMapSize units tall or wide. An area whose boundary lies far from its centre in
// `centres` (code -> longitude, latitude; the registry's) is an error: longitude and latitude
// swapped, or the wrong code. Errors (the file, PROJ, GEOS) are reported at `shown_name`;
// nullopt after reporting.
std::optional<MapGeometry> make_map_geometry(const std::filesystem::path& file,
                                             const std::string& shown_name,
                                             const std::string& code_property,
                                             const std::map<std::string, MapPoint>& centres,
                                             Diagnostics& diagnostics);

}  // namespace kt
