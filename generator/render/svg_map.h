#pragma once
// Maps as SVG: a choropleth of the municipalities, standalone (its title, legend and source
// inside, styles of its own, so it reads the same as an image, a download or an embed), and
// the outline of one area drawn over it on that area's page.
#include <map>
#include <string>
#include <vector>

#include "model/map_geometry.h"
#include "render/svg_frame.h"

namespace kt {

struct ChoroplethArea {
    int map_class = -1;  // index into legend; -1: no figure (hidden or missing)
    std::string label;   // "Vågå: 70,0 %", shown when pointing at the area
};

// Title, subtitle, <desc> and source ("Kilde: IMDi. Kart: Kartverket") as every chart has.
struct Choropleth : ChartText {
    std::vector<std::string> legend;       // one label per class, lowest first
    std::string no_figure;                 // legend label for areas without a figure
    std::map<std::string, ChoroplethArea> areas;  // by code; areas not here have no figure
};

// Classes are drawn light to dark in ColorBrewer's sequential blues (readable with every
// common colour vision deficiency: they differ in lightness), areas without a figure hatched.
// Deterministic; thread-safe.
std::string render_choropleth(const MapGeometry& map, const Choropleth& chart);

// The same classes on the tile map: one equal square per municipality, so a small one shows
// as well as a large one. Title, legend and source inside, as render_choropleth.
std::string render_tile_map(const TileGrid& grid, const Choropleth& chart);

// The tile map's view box: the grid's, with the title above and the source below.
struct TileMapBox {
    int width = 0, height = 0;
    int offset_x = 0;  // of the grid's first column
    int offset_y = 0;  // of its first row, under the title
};
TileMapBox tile_map_box(const TileGrid& grid, const Choropleth& chart);

// An <svg> with the tile map's view box holding only the outline of `code`'s square, to lie
// over the tile map's image. "" if the grid lacks the code.
std::string render_tile_outline(const TileGrid& grid, const std::string& code, const TileMapBox& box);

// The height of the choropleth's view box: the map's, and a band below it for the source
// (the only part of `chart` it reads).
int choropleth_height(const MapGeometry& map, const Choropleth& chart);

// The colour of class `map_class` among `classes` ("#3182bd"), "" for no class (-1).
std::string class_colour(std::size_t classes, int map_class);

// An <svg> with the choropleth's view box (`height` from choropleth_height) holding only the
// outline of `code`, filled with `fill` (its class's colour; "" for none) so that the
// outline's inner half is covered and the area keeps all its colour, to lie exactly over the
// choropleth image; a ring around an area too small to find. "" if the map lacks the code.
std::string render_map_outline(const MapGeometry& map, const std::string& code, int height,
                               const std::string& fill);

}  // namespace kt
