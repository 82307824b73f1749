#include "render/svg_map.h"

#include <algorithm>

#include "render/html_escape.h"

namespace kt {

namespace {

// ColorBrewer "Blues", the schemes of 3, 4 and 5 classes (colorbrewer2.org, Cynthia Brewer).
const std::vector<std::vector<const char*>> kBlues = {
    {"#6baed6"},
    {"#bdd7e7", "#3182bd"},
    {"#deebf7", "#9ecae1", "#3182bd"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
    {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
};

// The map's own styles: areas, their classes, the legend, and the hatching of areas without
// a figure.
std::string map_style(const std::vector<const char*>& palette) {
    std::string out = ".l{font-size:24px}.m path{stroke:#8a96a3;stroke-width:.7;stroke-linejoin:round}"
                      ".m rect{stroke:#fff;stroke-width:1.5}.k{stroke:#5b6670;stroke-width:1}";
    for (std::size_t c = 0; c < palette.size(); ++c)
        out += ".c" + std::to_string(c) + "{fill:" + palette[c] + "}";
    return out + ".n{fill:url(#n)}";
}

const char* const kHatching =
    "<defs><pattern id=\"n\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f6f7f8\"/>"
    "<path d=\"M0 0v8\" stroke=\"#8a96a3\" stroke-width=\"2.5\"/></pattern></defs>\n";

// Both maps are 1 000 units wide or more: words as large as a 1 000-unit drawing needs.
constexpr FrameSizes kMapFrame{1000, 32, 22, 62};

// Areas smaller than this (in view-box units, about 10 px on a phone) are ringed as well as
// outlined, so they can be found at a glance.
constexpr long kSmallArea = 24;

const std::vector<const char*>& palette_for(const Choropleth& chart) {
    return kBlues[std::clamp<std::size_t>(chart.legend.size(), 1, kBlues.size()) - 1];
}

// The class attribute of an area: "c2", or "n" without a figure.
std::string class_of_area(const Choropleth& chart, const std::string& code,
                          const std::vector<const char*>& palette) {
    const auto found = chart.areas.find(code);
    const int c = found == chart.areas.end() ? -1 : found->second.map_class;
    return c >= 0 && static_cast<std::size_t>(c) < palette.size() ? "c" + std::to_string(c) : "n";
}

// The legend with its top-left at (legend_x, legend_y).
std::string map_legend(const Choropleth& chart, const std::vector<const char*>& palette,
                       int legend_x, int legend_y) {
    std::string out = "<g class=\"legend\">\n";
    int ly = legend_y;
    const auto key = [&](const std::string& css, const std::string& label) {
        out += "<rect class=\"k " + css + "\" x=\"" + std::to_string(legend_x) + "\" y=\"" +
               std::to_string(ly) + "\" width=\"36\" height=\"26\"/><text class=\"l\" x=\"" +
               std::to_string(legend_x + 48) + "\" y=\"" + std::to_string(ly + 21) + "\">" +
               escape_html(label) + "</text>\n";
        ly += 38;
    };
    for (std::size_t c = 0; c < chart.legend.size(); ++c)
        key("c" + std::to_string(std::min(c, palette.size() - 1)), chart.legend[c]);
    key("n", chart.no_figure);
    return out + "</g>\n";
}

}  // namespace

int choropleth_height(const MapGeometry& map, const Choropleth& chart) {
    return map.height + static_cast<int>(SvgFrame(chart, kMapFrame, "map").footer_height() + 0.5);
}

std::string render_choropleth(const MapGeometry& map, const Choropleth& chart) {
    const std::vector<const char*>& palette = palette_for(chart);
    const std::string w = std::to_string(map.width),
                      h = std::to_string(choropleth_height(map, chart));
    FrameSizes sizes = kMapFrame;
    sizes.width = map.width;
    const SvgFrame frame(chart, sizes, "map");
    std::string out;
    out.reserve(map.points * 6 + 4096);
    out += frame.open(choropleth_height(map, chart), map_style(palette),
                      " width=\"" + w + "\" height=\"" + h + "\"");
    out += kHatching;
    out += "<g class=\"m\">\n";
    for (const auto& [code, d] : map.paths) {
        const auto found = chart.areas.find(code);
        out += "<path class=\"" + class_of_area(chart, code, palette) + "\" d=\"" + d + "\">";
        if (found != chart.areas.end() && !found->second.label.empty())
            out += "<title>" + escape_html(found->second.label) + "</title>";
        out += "</path>\n";
    }
    out += "</g>\n";
    // The title lies in the open sea at the top left, the legend over Sweden at the bottom
    // right: where Norway, drawn north up in UTM 33, leaves room.
    const int rows = static_cast<int>(chart.legend.size()) + 1;
    out += map_legend(chart, palette, map.width - 300, map.height - rows * 38);
    return out + frame.close(map.height);
}

namespace {

constexpr int kCell = 24;  // the same view box width as the map's, so its words are as large

}  // namespace

TileMapBox tile_map_box(const TileGrid& grid, const Choropleth& chart) {
    TileMapBox box;
    box.width = std::max(800, grid.columns * kCell);
    FrameSizes sizes = kMapFrame;
    sizes.width = box.width;
    const SvgFrame frame(chart, sizes, "map");
    // Unlike the map's sea, the grid has no corner free for the title: it goes above.
    box.offset_y = static_cast<int>(frame.header_height() + 0.5);
    box.height = box.offset_y + grid.rows * kCell + static_cast<int>(frame.footer_height() + 0.5);
    box.offset_x = (box.width - grid.columns * kCell) / 2;
    return box;
}

std::string render_tile_map(const TileGrid& grid, const Choropleth& chart) {
    const std::vector<const char*>& palette = palette_for(chart);
    const TileMapBox box = tile_map_box(grid, chart);
    FrameSizes sizes = kMapFrame;
    sizes.width = box.width;
    const SvgFrame frame(chart, sizes, "map");
    const int map_bottom = box.offset_y + grid.rows * kCell;
    std::string out = frame.open(box.height, map_style(palette));
    out += kHatching;
    out += "<g class=\"m\">\n";
    for (const auto& [code, position] : grid.cells) {
        const auto found = chart.areas.find(code);
        out += "<rect class=\"" + class_of_area(chart, code, palette) + "\" x=\"" +
               std::to_string(box.offset_x + position.first * kCell) + "\" y=\"" +
               std::to_string(box.offset_y + position.second * kCell) + "\" width=\"" + std::to_string(kCell) +
               "\" height=\"" + std::to_string(kCell) + "\">";
        if (found != chart.areas.end() && !found->second.label.empty())
            out += "<title>" + escape_html(found->second.label) + "</title>";
        out += "</rect>\n";
    }
    out += "</g>\n";
    const int rows = static_cast<int>(chart.legend.size()) + 1;
    out += map_legend(chart, palette, box.width - 300, map_bottom - rows * 38);
    return out + frame.close(map_bottom);
}

std::string render_tile_outline(const TileGrid& grid, const std::string& code, const TileMapBox& box) {
    const auto cell = grid.cells.find(code);
    if (cell == grid.cells.end()) return "";
    return "<svg class=\"map-outline\" viewBox=\"0 0 " + std::to_string(box.width) + " " +
           std::to_string(box.height) + "\" aria-hidden=\"true\"><rect x=\"" +
           std::to_string(box.offset_x + cell->second.first * kCell - 3) + "\" y=\"" +
           std::to_string(box.offset_y + cell->second.second * kCell - 3) + "\" width=\"" + std::to_string(kCell + 6) +
           "\" height=\"" + std::to_string(kCell + 6) + "\"/></svg>";
}

std::string class_colour(std::size_t classes, int map_class) {
    const std::vector<const char*>& palette = kBlues[std::clamp<std::size_t>(classes, 1, kBlues.size()) - 1];
    if (map_class < 0 || static_cast<std::size_t>(map_class) >= palette.size()) return "";
    return palette[static_cast<std::size_t>(map_class)];
}

std::string render_map_outline(const MapGeometry& map, const std::string& code, int height,
                               const std::string& fill) {
    const auto path = map.paths.find(code);
    const auto box = map.boxes.find(code);
    if (path == map.paths.end() || box == map.boxes.end()) return "";
    // The area is painted again in its own colour over the outline's inner half, so the
    // outline lies around it and hides none of its colour, however small it is.
    std::string out = "<svg class=\"map-outline\" viewBox=\"0 0 " + std::to_string(map.width) +
                      " " + std::to_string(height) +
                      "\" aria-hidden=\"true\"><path fill=\"" +
                      (fill.empty() ? "none" : fill) + "\" d=\"" + path->second + "\"/>";
    // A small area gets a ring around it too, so it can be found at a glance.
    const MapBox& b = box->second;
    const long size = std::max(b.right - b.left, b.bottom - b.top);
    if (size < kSmallArea)
        out += "<circle cx=\"" + std::to_string((b.left + b.right) / 2) + "\" cy=\"" +
               std::to_string((b.top + b.bottom) / 2) + "\" r=\"" + std::to_string(size / 2 + 14) +
               "\"/>";
    return out + "</svg>";
}

}  // namespace kt
