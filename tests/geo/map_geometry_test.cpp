// Maps: reading boundary files, projecting to EPSG:25833, simplifying shared borders once,
// fitting into a view box.
#include <geos_c.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>

#include "geo/boundaries.h"
#include "geo/coverage_simplification.h"
#include "geo/map_geometry.h"
#include "geo/projection.h"

namespace fs = std::filesystem;
using namespace kt;

TEST_CASE("projection: known points of Norway in ETRS89 / UTM 33N", "[geo]") {
    // Expected values from the Krüger series for transverse Mercator on GRS80 (zone 33,
    // central meridian 15° E, scale 0.9996, false easting 500 000 m), computed on their own.
    struct Known {
        const char* place;
        double lon, lat, easting, northing;
    };
    const Known known[] = {
        {"Oslo", 10.7522, 59.9139, 262560.48, 6649443.58},
        {"Vågå", 9.1013, 61.8750, 190081.98, 6874342.70},
        {"Tromsø", 18.9553, 69.6492, 653421.19, 7731721.08},
        {"Kirkenes", 30.0459, 69.7271, 1076719.42, 7806982.76},
        {"Lindesnes", 7.0470, 57.9830, 30346.14, 6454524.47},
        {"15° E, 65° N", 15, 65, 500000.00, 7208454.58},
    };
    const Projection projection;
    for (const Known& k : known) {
        INFO(k.place);
        const MapPoint p = projection.forward({k.lon, k.lat});
        CHECK(p.x == Approx(k.easting).margin(0.05));
        CHECK(p.y == Approx(k.northing).margin(0.05));
    }
}

TEST_CASE("projection: an unknown system is an error, not a crash", "[geo]") {
    CHECK_THROWS_AS(Projection("EPSG:4326", "EPSG:999999"), std::runtime_error);
}

namespace {

// A grid of cols x rows square areas whose shared borders zigzag finely: every area
// lists its own copy of each border, as a boundary file does.
std::vector<AreaShape> zigzag_grid(int cols, int rows, double size, int teeth) {
    // A border from its lower end to its higher, without the higher end.
    const auto border = [&](MapPoint from, MapPoint to, bool wiggle) {
        MapRing points;
        for (int i = 0; i < teeth; ++i) {
            const double t = static_cast<double>(i) / teeth;
            MapPoint p{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
            const double offset = wiggle && i > 0 ? ((i * 7919) % 13 - 6) * size * 0.002 : 0;
            if (from.x == to.x) p.x += offset; else p.y += offset;
            points.push_back(p);
        }
        return points;
    };
    std::vector<AreaShape> shapes;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const MapPoint corners[] = {{c * size, r * size},
                                        {(c + 1) * size, r * size},
                                        {(c + 1) * size, (r + 1) * size},
                                        {c * size, (r + 1) * size}};
            MapRing ring;
            for (int k = 0; k < 4; ++k) {
                const MapPoint a = corners[k], b = corners[(k + 1) % 4];
                const bool outer = (a.y == b.y && (a.y == 0 || a.y == rows * size)) ||
                                   (a.x == b.x && (a.x == 0 || a.x == cols * size));
                const bool forward = a.x < b.x || (a.x == b.x && a.y < b.y);
                MapRing points = border(forward ? a : b, forward ? b : a, !outer);
                if (!forward) {  // walk it back: from a to b, without b
                    points.push_back(a);
                    std::reverse(points.begin(), points.end());
                    points.pop_back();
                }
                ring.insert(ring.end(), points.begin(), points.end());
            }
            ring.push_back(ring.front());
            shapes.push_back({std::to_string(r * cols + c), {{ring}}});
        }
    return shapes;
}

// Area of the union of all shapes, and the sum of their areas, measured with GEOS directly.
struct Areas {
    double sum = 0;
    double union_area = 0;
    int union_holes = 0;
};

Areas measure(const std::vector<AreaShape>& shapes) {
    GEOSContextHandle_t h = GEOS_init_r();
    std::vector<GEOSGeometry*> polygons;
    Areas result;
    for (const AreaShape& shape : shapes)
        for (const MapPolygon& polygon : shape.polygons) {
            const auto ring = [&](const MapRing& points) {
                GEOSCoordSequence* s = GEOSCoordSeq_create_r(h, points.size(), 2);
                for (std::size_t i = 0; i < points.size(); ++i)
                    GEOSCoordSeq_setXY_r(h, s, i, points[i].x, points[i].y);
                return GEOSGeom_createLinearRing_r(h, s);
            };
            std::vector<GEOSGeometry*> holes;
            for (std::size_t i = 1; i < polygon.size(); ++i) holes.push_back(ring(polygon[i]));
            GEOSGeometry* raw = GEOSGeom_createPolygon_r(h, ring(polygon[0]), holes.data(), holes.size());
            // A ring that touches itself (the published file has some) is made valid first.
            GEOSGeometry* p = GEOSMakeValid_r(h, raw);
            GEOSGeom_destroy_r(h, raw);
            REQUIRE(p);
            double a = 0;
            GEOSArea_r(h, p, &a);
            result.sum += a;
            polygons.push_back(p);
        }
    GEOSGeometry* all = GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(), polygons.size());
    GEOSGeometry* u = GEOSUnaryUnion_r(h, all);
    REQUIRE(u);
    GEOSArea_r(h, u, &result.union_area);
    for (int i = 0; i < GEOSGetNumGeometries_r(h, u); ++i)
        result.union_holes += GEOSGetNumInteriorRings_r(h, GEOSGetGeometryN_r(h, u, i));
    GEOSGeom_destroy_r(h, u);
    GEOSGeom_destroy_r(h, all);
    GEOS_finish_r(h);
    return result;
}

}  // namespace

TEST_CASE("coverage simplification: fewer points, no gaps, no overlaps", "[geo]") {
    const auto grid = zigzag_grid(4, 3, 1000, 60);
    const Areas before = measure(grid);
    REQUIRE(before.union_holes == 0);
    REQUIRE(before.sum == Approx(before.union_area).epsilon(1e-9));

    CoverageSimplification settings;
    settings.tolerance = 20;  // the zigzag strays up to 12
    const auto simplified = simplify_coverage(grid, settings);
    REQUIRE(simplified.size() == grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) CHECK(simplified[i].code == grid[i].code);
    CHECK(count_points(simplified) * 5 < count_points(grid));

    const Areas after = measure(simplified);
    CHECK(after.union_holes == 0);                                       // no gap
    CHECK(after.sum == Approx(after.union_area).epsilon(1e-9));         // no overlap
    CHECK(after.union_area == Approx(before.union_area).epsilon(1e-9));  // the outline kept
}

TEST_CASE("coverage simplification joins borders that differ by less than the grid", "[geo]") {
    // Two neighbours whose copies of their shared border differ by a few centimetres, as
    // rounding in a file leaves them: still one border, each area kept.
    const MapPolygon left{{{0, 0}, {1000, 0}, {1000.03, 500}, {1000, 1000}, {0, 1000}, {0, 0}}};
    const MapPolygon right{{{999.98, 0}, {2000, 0}, {2000, 1000}, {1000.02, 1000}, {999.99, 500}, {999.98, 0}}};
    CoverageSimplification settings;
    settings.tolerance = 5;
    settings.grid = 1;
    const auto simplified = simplify_coverage({{"a", {left}}, {"b", {right}}}, settings);
    const Areas after = measure(simplified);
    CHECK(after.sum == Approx(2'000'000).epsilon(1e-3));
    CHECK(after.union_holes == 0);
    REQUIRE(simplified[0].polygons.size() == 1);
    REQUIRE(simplified[1].polygons.size() == 1);

    // A boundary crossing itself everywhere is refused before GEOS nodes it.
    MapRing star;
    for (int i = 0; i <= 2000; ++i) {
        const double angle = (i % 2000) * 3.14159265358979 * 2 * 999 / 2000;
        star.push_back({std::cos(angle) * 1000, std::sin(angle) * 1000});
    }
    CHECK_THROWS_WITH(simplify_coverage({{"star", {{star}}}}, settings),
                      Catch::Contains("crosses itself 1000 times or more"));
}

TEST_CASE("coverage simplification keeps an area of small islands", "[geo]") {
    const auto square = [](double x, double y, double s) {
        return MapPolygon{{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}, {x, y}}};
    };
    std::vector<AreaShape> shapes{{"big", {square(0, 0, 1000)}},
                                  {"islands", {square(2000, 0, 3), square(2010, 0, 2)}}};
    CoverageSimplification settings;
    settings.tolerance = 1;
    settings.min_part_area = 100;
    const auto simplified = simplify_coverage(shapes, settings);
    REQUIRE(simplified.size() == 2);
    CHECK(simplified[0].polygons.size() == 1);
    REQUIRE(simplified[1].polygons.size() == 1);  // the larger island stays, the other goes
    CHECK(simplified[1].polygons[0][0].size() == 5);
}

TEST_CASE("fit_map: whole units, north up, shared borders written alike", "[geo]") {
    std::vector<AreaShape> shapes{
        {"a", {{{{0, 0}, {100, 0}, {100, 200}, {0, 200}, {0, 0}}}}},
        {"b", {{{{100, 0}, {300, 0}, {300, 200}, {100, 200}, {100, 0}}}}},
    };
    const MapGeometry map = fit_map(shapes, 600);
    CHECK(map.width == 600);
    CHECK(map.height == 400);
    // North up: y = 0 of the plane is the bottom of the view box.
    CHECK(map.paths.at("a") == "M0 400l200 0 0-400-200 0z");
    CHECK(map.paths.at("b") == "M200 400l400 0 0-400-400 0z");
}

TEST_CASE("boundary files: what is wrong is said, nothing aborts", "[geo]") {
    const auto errors = [](const std::string& text) {
        Diagnostics d;
        const auto shapes = parse_boundaries(text, "grenser.geojson", "kommunenummer", d);
        CHECK_FALSE(shapes);
        std::string all;
        for (const auto& item : d.all()) all += format_diagnostic(item) + "\n";
        return all;
    };
    CHECK_THAT(errors("{\"type\": \"FeatureCollection\",\n \"features\": [}"),
               Catch::Contains("grenser.geojson:2:15: error: invalid JSON"));
    CHECK_THAT(errors("[]"), Catch::Contains("FeatureCollection"));
    const std::string square = "[[[10,60],[11,60],[11,61],[10,61],[10,60]]]";
    const auto feature = [&](const std::string& props, const std::string& type,
                             const std::string& coords) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":" +
               props + ",\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coords + "}}]}";
    };
    CHECK_THAT(errors(feature("{}", "Polygon", square)),
               Catch::Contains("features[0].properties: the feature has no string property \"kommunenummer\""));
    CHECK_THAT(errors(feature("{\"kommunenummer\":\"3435\"}", "Point", "[10,60]")),
               Catch::Contains("Polygon or MultiPolygon"));
    CHECK_THAT(errors(feature("{\"kommunenummer\":\"3435\"}", "Polygon", "[[[10,60],[11,60],[10,60]]]")),
               Catch::Contains("at least four positions"));
    CHECK_THAT(errors(feature("{\"kommunenummer\":\"3435\"}", "Polygon", "[[[10,60],[11,60],[11,61],[10,61],[10,62]]]")),
               Catch::Contains("must end where it starts"));
    CHECK_THAT(errors(feature("{\"kommunenummer\":\"3435\"}", "Polygon", "[[[10,600],[11,60],[11,61],[10,600]]]")),
               Catch::Contains("not a longitude and latitude"));
    // A stray point at the pole would stretch the map until every area is a speck.
    CHECK_THAT(errors(feature("{\"kommunenummer\":\"3435\"}", "Polygon",
                              "[[[10,60],[11,60],[11,90],[11,61],[10,61],[10,60]]]")),
               Catch::Contains("features[0].geometry.coordinates[0][2]: this position lies 3336 km "
                               "from the one before it: a stray point?"));
    Diagnostics d;
    const auto shapes = parse_boundaries(feature("{\"kommunenummer\":\"3435\"}", "Polygon", square),
                                         "g.geojson", "kommunenummer", d);
    REQUIRE(shapes);
    CHECK(shapes->at(0).code == "3435");
    CHECK(shapes->at(0).polygons.at(0).at(0).size() == 5);
}

TEST_CASE("the 2024 municipality map: every municipality, light, no gaps", "[geo][reference]") {
    const fs::path file = fs::path(KOMMUNETALL_SOURCE_DIR) /
                          "../shared/reference/geo/kommuner-2024-S.geojson";
    if (!fs::exists(file)) {
        WARN("skipped: " << file.string() << " is absent (a clone without ../shared)");
        return;
    }
    Diagnostics d;
    auto shapes = read_boundaries(file, "kommuner.geojson", "kommunenummer", d);
    REQUIRE(shapes);
    REQUIRE(shapes->size() == 357);
    Projection().forward(*shapes);
    const Areas before = measure(*shapes);
    CoverageSimplification settings;
    settings.tolerance = 20;  // the build halves its tolerance down to what this file allows
    const auto simplified = simplify_coverage(*shapes, settings);
    for (const AreaShape& shape : simplified) {
        INFO(shape.code);
        CHECK_FALSE(shape.polygons.empty());
    }
    const Areas after = measure(simplified);
    // Gaps and overlaps between neighbours would make the union differ from the sum.
    CHECK(after.sum == Approx(after.union_area).epsilon(1e-6));
    CHECK(after.union_area == Approx(before.union_area).epsilon(0.02));

    const auto map = make_map_geometry(file, "kommuner.geojson", "kommunenummer", {}, d);
    REQUIRE(map);
    CHECK(map->paths.size() == 357);
    WARN("points in the map: " << map->points << " of " << count_points(*shapes));
    CHECK(map->points < count_points(*shapes));
    CHECK(map->height == kMapSize);
    CHECK(map->width < map->height);
}

TEST_CASE("a boundary far from the registry's centre is an error: longitude and latitude swapped",
          "[geo]") {
    const fs::path file = fs::temp_directory_path() / "kt_swapped.geojson";
    {
        std::ofstream out(file);
        // Vågå's corner points with latitude first.
        out << "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
               "\"properties\":{\"kommunenummer\":\"3435\"},\"geometry\":{\"type\":\"Polygon\","
               "\"coordinates\":[[[61.7,8.7],[62.0,8.7],[62.0,9.5],[61.7,9.5],[61.7,8.7]]]}}]}";
    }
    Diagnostics d;
    const auto map = make_map_geometry(file, "kommuner.geojson", "kommunenummer",
                                       {{"3435", {9.1, 61.87}}}, d);
    CHECK_FALSE(map);
    REQUIRE(d.all().size() == 1);
    CHECK_THAT(format_diagnostic(d.all().front()),
               Catch::Contains("kommuner.geojson: error: the boundary of 3435 lies at latitude "
                               "8.70–9.50, longitude 61.70–62.00, but the registry puts its centre "
                               "at latitude 61.87, longitude 9.10: are longitude and latitude swapped"));
    fs::remove(file);
}

TEST_CASE("coverage simplification: two areas on the same land are an error that says so", "[geo]") {
    const MapPolygon square{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}};
    const MapPolygon neighbour{{{1000, 0}, {2000, 0}, {2000, 1000}, {1000, 1000}, {1000, 0}}};
    CoverageSimplification settings;
    settings.tolerance = 1;
    try {
        simplify_coverage({{"a", {square}}, {"b", {square}}, {"c", {neighbour}}}, settings);
        FAIL("no error");
    } catch (const AreasChanged&) {
        FAIL("reported as borders that do not meet");
    } catch (const std::runtime_error& e) {
        CHECK_THAT(e.what(), Catch::Contains("the boundaries of a and b cover the same land"));
    }
}

TEST_CASE("a piece far from the rest of its area, or an area far from all others, is an error",
          "[geo]") {
    const auto build = [](const std::string& features) {
        const fs::path file = fs::temp_directory_path() / "kt_far.geojson";
        {
            std::ofstream out(file);
            out << "{\"type\":\"FeatureCollection\",\"features\":[" << features << "]}";
        }
        Diagnostics d;
        const auto map = make_map_geometry(file, "kommuner.geojson", "kommunenummer", {}, d);
        fs::remove(file);
        std::string all;
        for (const auto& item : d.all()) all += format_diagnostic(item) + "\n";
        return std::make_pair(map.has_value(), all);
    };
    const auto feature = [](const std::string& code, const std::string& polygons) {
        return "{\"type\":\"Feature\",\"properties\":{\"kommunenummer\":\"" + code +
               "\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + polygons + "]}}";
    };
    const auto square = [](double lon, double lat, double size) {
        const auto p = [](double x, double y) { return "[" + std::to_string(x) + "," + std::to_string(y) + "]"; };
        return "[[" + p(lon, lat) + "," + p(lon + size, lat) + "," + p(lon + size, lat + size) + "," +
               p(lon, lat + size) + "," + p(lon, lat) + "]]";
    };
    const std::string neighbours = feature("3434", square(8.5, 61.7, 0.2)) + "," +
                                   feature("3436", square(8.9, 61.7, 0.2));
    // Vågå with an island at longitude 60, latitude 80.
    auto [made, errors] = build(neighbours + "," +
                                feature("3435", square(8.7, 61.7, 0.2) + "," + square(60, 80, 1)));
    CHECK_FALSE(made);
    // The island is larger in degrees than the mainland; either way the two are named.
    CHECK_THAT(errors, Catch::Contains("part 1 of 3435 lies 2737 km from part 2, its largest: one "
                                       "of them is a stray piece, or has longitude and latitude "
                                       "swapped"));
    // Vågå whole with latitude first.
    std::tie(made, errors) = build(neighbours + "," + feature("3435", square(61.7, 8.7, 0.2)));
    CHECK_FALSE(made);
    CHECK_THAT(errors, Catch::Contains("3435 lies"));
    CHECK_THAT(errors, Catch::Contains("km from every other area"));
    // Near each other: a map.
    std::tie(made, errors) = build(neighbours + "," + feature("3435", square(8.7, 61.7, 0.2)));
    CHECK(made);
    CHECK(errors.empty());
}

TEST_CASE("coverage simplification: a neighbour claiming part of an area is an error", "[geo]") {
    // b's land includes a third of a's.
    const MapPolygon a{{{0, 0}, {3000, 0}, {3000, 1000}, {0, 1000}, {0, 0}}};
    const MapPolygon b{{{3000, 0}, {6000, 0}, {6000, 1000}, {3000, 1000}, {3000, 0}}};
    const MapPolygon b_claim{{{2000, 0}, {3000, 0}, {3000, 1000}, {2000, 1000}, {2000, 0}}};
    CoverageSimplification settings;
    settings.tolerance = 1;
    settings.min_part_area = 1;
    CHECK_THROWS_WITH(simplify_coverage({{"a", {a}}, {"b", {b, b_claim}}}, settings),
                      Catch::Contains("the boundaries of a and b cover the same land"));
}
