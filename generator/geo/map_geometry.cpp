#include "geo/map_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include "geo/coverage_simplification.h"
#include "geo/projection.h"

namespace kt {

namespace {

struct Bounds {
    double min_x = std::numeric_limits<double>::infinity();
    double min_y = std::numeric_limits<double>::infinity();
    double max_x = -std::numeric_limits<double>::infinity();
    double max_y = -std::numeric_limits<double>::infinity();
};

Bounds bounds_of(const std::vector<AreaShape>& shapes) {
    Bounds b;
    for (const AreaShape& shape : shapes)
        for (const MapPolygon& polygon : shape.polygons)
            for (const MapRing& ring : polygon)
                for (const MapPoint& p : ring) {
                    b.min_x = std::min(b.min_x, p.x);
                    b.max_x = std::max(b.max_x, p.x);
                    b.min_y = std::min(b.min_y, p.y);
                    b.max_y = std::max(b.max_y, p.y);
                }
    return b;
}

struct UnitPoint {
    long x = 0;
    long y = 0;
    bool operator==(const UnitPoint&) const = default;
};

}  // namespace

MapGeometry fit_map(const std::vector<AreaShape>& projected, int size) {
    MapGeometry map;
    const Bounds b = bounds_of(projected);
    if (!(b.max_x > b.min_x) || !(b.max_y > b.min_y)) return map;
    const double scale = size / std::max(b.max_x - b.min_x, b.max_y - b.min_y);
    map.width = static_cast<int>(std::ceil((b.max_x - b.min_x) * scale));
    map.height = static_cast<int>(std::ceil((b.max_y - b.min_y) * scale));
    const auto unit = [&](const MapPoint& p) {
        return UnitPoint{std::lround((p.x - b.min_x) * scale), std::lround((b.max_y - p.y) * scale)};
    };
    for (const AreaShape& shape : projected) {
        std::vector<std::vector<UnitPoint>> rings;
        for (const MapPolygon& polygon : shape.polygons)
            for (const MapRing& ring : polygon) {
                std::vector<UnitPoint> points;
                for (const MapPoint& p : ring) {
                    const UnitPoint u = unit(p);
                    if (points.empty() || !(points.back() == u)) points.push_back(u);
                }
                if (points.size() > 1 && points.back() == points.front()) points.pop_back();
                rings.push_back(std::move(points));
            }
        std::string d;
        std::size_t kept = 0;
        MapBox box{std::numeric_limits<long>::max(), std::numeric_limits<long>::max(),
                   std::numeric_limits<long>::min(), std::numeric_limits<long>::min()};
        for (const auto& points : rings) {
            if (points.size() < 3 && rings.size() > 1) continue;
            if (points.empty()) continue;
            for (const UnitPoint& p : points) {
                box.left = std::min(box.left, p.x);
                box.right = std::max(box.right, p.x);
                box.top = std::min(box.top, p.y);
                box.bottom = std::max(box.bottom, p.y);
            }
            d += 'M' + std::to_string(points[0].x) + ' ' + std::to_string(points[0].y);
            for (std::size_t i = 1; i < points.size(); ++i) {
                const long dx = points[i].x - points[i - 1].x, dy = points[i].y - points[i - 1].y;
                d += (i == 1 ? "l" : (dx < 0 ? "" : " ")) + std::to_string(dx);
                d += (dy < 0 ? "" : " ") + std::to_string(dy);
            }
            d += 'z';
            kept += points.size();
        }
        if (d.empty()) continue;
        map.points += kept;
        map.paths[shape.code] = std::move(d);
        map.boxes[shape.code] = box;
    }
    return map;
}

namespace {

// Each area's boundary (in degrees) must hold its centre, give or take half a degree: one
// that lies elsewhere has its longitude and latitude swapped, or another area's code.
bool near_their_centres(const std::vector<AreaShape>& shapes,
                        const std::map<std::string, MapPoint>& centres,
                        const std::string& shown_name, Diagnostics& diagnostics) {
    constexpr double margin = 0.5;
    bool near = true;
    for (const AreaShape& shape : shapes) {
        const auto centre = centres.find(shape.code);
        if (centre == centres.end()) continue;
        double min_x = 180, max_x = -180, min_y = 90, max_y = -90;
        for (const MapPolygon& polygon : shape.polygons)
            for (const MapPoint& p : polygon.front()) {
                min_x = std::min(min_x, p.x);
                max_x = std::max(max_x, p.x);
                min_y = std::min(min_y, p.y);
                max_y = std::max(max_y, p.y);
            }
        const MapPoint& c = centre->second;
        if (c.x >= min_x - margin && c.x <= max_x + margin && c.y >= min_y - margin &&
            c.y <= max_y + margin)
            continue;
        const auto degrees = [](double v) {
            char text[32];
            std::snprintf(text, sizeof text, "%.2f", v);
            return std::string(text);
        };
        diagnostics.error({shown_name, 0, 0},
                          "the boundary of " + shape.code + " lies at latitude " + degrees(min_y) +
                              "–" + degrees(max_y) + ", longitude " + degrees(min_x) + "–" +
                              degrees(max_x) + ", but the registry puts its centre at latitude " +
                              degrees(c.y) + ", longitude " + degrees(c.x) +
                              ": are longitude and latitude swapped (GeoJSON gives longitude "
                              "first), or is the code wrong?");
        near = false;
    }
    return near;
}

struct DegreeBox {
    double min_x = 180, max_x = -180, min_y = 90, max_y = -90;
    void add(const MapRing& ring) {
        for (const MapPoint& p : ring) {
            min_x = std::min(min_x, p.x);
            max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y);
            max_y = std::max(max_y, p.y);
        }
    }
};

// The distance between two boxes of degrees in kilometres, near enough for telling a piece
// hundreds of kilometres away from one nearby.
double km_between(const DegreeBox& a, const DegreeBox& b) {
    constexpr double km_per_degree = 111.2, radians = 3.14159265358979323846 / 180;
    const double dx = std::max({0.0, a.min_x - b.max_x, b.min_x - a.max_x});
    const double dy = std::max({0.0, a.min_y - b.max_y, b.min_y - a.max_y});
    const double latitude = (std::max(a.min_y, b.min_y) + std::min(a.max_y, b.max_y)) / 2;
    return km_per_degree * std::hypot(dx * std::cos(latitude * radians), dy);
}

double ring_area(const MapRing& ring) {  // in square degrees, enough to find the largest
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
    return std::abs(twice) / 2;
}

// A piece of an area far from the rest of it, or an area far from every other, is no
// border: a stray island or a piece with longitude and latitude swapped would stretch the
// map until every area is a speck.
constexpr double kFarKm = 300;

bool no_far_pieces(const std::vector<AreaShape>& shapes, const std::string& shown_name,
                   Diagnostics& diagnostics) {
    bool fine = true;
    std::vector<DegreeBox> boxes(shapes.size());
    for (std::size_t a = 0; a < shapes.size(); ++a) {
        const AreaShape& shape = shapes[a];
        std::size_t largest = 0;
        for (std::size_t p = 1; p < shape.polygons.size(); ++p)
            if (ring_area(shape.polygons[p].front()) > ring_area(shape.polygons[largest].front()))
                largest = p;
        DegreeBox main;
        main.add(shape.polygons[largest].front());
        for (std::size_t p = 0; p < shape.polygons.size(); ++p) {
            DegreeBox piece;
            piece.add(shape.polygons[p].front());
            boxes[a].add(shape.polygons[p].front());
            const double km = km_between(piece, main);
            if (km <= kFarKm) continue;
            diagnostics.error({shown_name, 0, 0},
                              "part " + std::to_string(p + 1) + " of " + shape.code + " lies " +
                                  std::to_string(std::lround(km)) + " km from part " +
                                  std::to_string(largest + 1) +
                                  ", its largest: one of them is a stray piece, or has longitude "
                                  "and latitude swapped (GeoJSON gives longitude first)");
            fine = false;
        }
    }
    if (!fine || shapes.size() < 3) return fine;
    for (std::size_t a = 0; a < shapes.size(); ++a) {
        double nearest = INFINITY;
        for (std::size_t b = 0; b < shapes.size() && nearest > kFarKm; ++b)
            if (b != a) nearest = std::min(nearest, km_between(boxes[a], boxes[b]));
        if (nearest <= kFarKm) continue;
        diagnostics.error({shown_name, 0, 0},
                          shapes[a].code + " lies " + std::to_string(std::lround(nearest)) +
                              " km from every other area: a stray area, or one with longitude "
                              "and latitude swapped (GeoJSON gives longitude first)");
        fine = false;
    }
    return fine;
}

}  // namespace

std::optional<MapGeometry> make_map_geometry(const std::filesystem::path& file,
                                             const std::string& shown_name,
                                             const std::string& code_property,
                                             const std::map<std::string, MapPoint>& centres,
                                             Diagnostics& diagnostics) {
    auto shapes = read_boundaries(file, shown_name, code_property, diagnostics);
    if (!shapes) return std::nullopt;
    if (!no_far_pieces(*shapes, shown_name, diagnostics) ||
        !near_their_centres(*shapes, centres, shown_name, diagnostics))
        return std::nullopt;
    try {
        Projection().forward(*shapes);
        const Bounds b = bounds_of(*shapes);
        // One unit of the finished map, in metres.
        const double metres_per_unit = std::max(b.max_x - b.min_x, b.max_y - b.min_y) / kMapSize;
        // Borders may stray by under one unit, and islands under a few square units would be
        // specks. A tolerance that merges areas at some narrow place is halved until none
        // does; at a metre the borders themselves do not meet, and that is the error.
        CoverageSimplification settings;
        settings.min_part_area = 2.0 * metres_per_unit * metres_per_unit;
        settings.grid = 1;
        const SharedBorders borders(*shapes, settings);
        for (double tolerance = 0.75 * metres_per_unit;; tolerance /= 2) {
            try {
                return fit_map(borders.simplified(tolerance));
            } catch (const AreasChanged&) {
                if (tolerance <= 1) throw;
            }
        }
    } catch (const std::exception& e) {
        diagnostics.error({shown_name, 0, 0}, e.what());
        return std::nullopt;
    }
}

}  // namespace kt
