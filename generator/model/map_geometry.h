#pragma once
// The map of a site's areas, made once per build from the boundary file site.yaml names
// (geo/map_geometry.h makes it): one SVG path per area in a view box, north up.
#include <cstddef>
#include <map>
#include <string>
#include <utility>

namespace kt {

// An area's extent on the map, in view box units.
struct MapBox {
    long left = 0, top = 0, right = 0, bottom = 0;
};

struct MapGeometry {
    int width = 0;  // the view box: 0 0 width height, in whole units
    int height = 0;
    std::map<std::string, std::string> paths;  // area code -> SVG path data ("M… l… z")
    std::map<std::string, MapBox> boxes;       // area code -> its extent
    std::size_t points = 0;                    // points in all paths

    bool empty() const { return paths.empty(); }
};

// The tile map: every municipality with a centre in the registry as one cell of a grid
// (geo/tile_layout.h places them).
struct TileGrid {
    int columns = 0;
    int rows = 0;
    std::map<std::string, std::pair<int, int>> cells;  // area code -> (column, row), row 0 north

    bool empty() const { return cells.empty(); }
};

}  // namespace kt
