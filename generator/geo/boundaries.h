#pragma once
// Area boundaries as the mapping authority publishes them: a GeoJSON FeatureCollection of
// Polygons and MultiPolygons, each feature naming its area's code in a property.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

struct MapPoint {
    double x = 0;  // longitude or easting
    double y = 0;  // latitude or northing
};
using MapRing = std::vector<MapPoint>;  // closed: the last point repeats the first
// The first ring is the outline, the others are holes in it.
using MapPolygon = std::vector<MapRing>;

struct AreaShape {
    std::string code;
    std::vector<MapPolygon> polygons;
};

// Reads a GeoJSON FeatureCollection (RFC 7946: longitude, latitude in WGS 84). Every feature
// must have the string property `code_property` ("kommunenummer") and a Polygon or
// MultiPolygon geometry of closed rings with at least four points; a code may appear once.
// Problems are errors at `shown_name`:line:col; nullopt after reporting.
std::optional<std::vector<AreaShape>> read_boundaries(const std::filesystem::path& file,
                                                       const std::string& shown_name,
                                                       const std::string& code_property,
                                                       Diagnostics& diagnostics);

// The same, from text already read (for tests and fuzzing).
std::optional<std::vector<AreaShape>> parse_boundaries(const std::string& text,
                                                        const std::string& shown_name,
                                                        const std::string& code_property,
                                                        Diagnostics& diagnostics);

}  // namespace kt
