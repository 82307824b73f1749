#include "geo/boundaries.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace kt {

namespace {

using json = nlohmann::json;

// Longer than any border runs straight (Norway's longest is 33 km, across the sea).
constexpr double kLongestEdgeKm = 1000;

double great_circle_km(const MapPoint& a, const MapPoint& b) {
    constexpr double radians = 3.14159265358979323846 / 180, earth_km = 6371;
    const double dlat = (b.y - a.y) * radians, dlon = (b.x - a.x) * radians;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.y * radians) * std::cos(b.y * radians) * std::sin(dlon / 2) *
                         std::sin(dlon / 2);
    return 2 * earth_km * std::asin(std::min(1.0, std::sqrt(h)));
}

// 1-based line and column (in bytes) of a byte offset.
SourceLocation location_of(const std::string& text, const std::string& file, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    return {file, line, static_cast<int>(offset - line_start) + 1};
}

class BoundaryParser {
  public:
    BoundaryParser(const std::string& file, const std::string& code_property,
                   Diagnostics& diagnostics)
        : file_(file), code_property_(code_property), diagnostics_(diagnostics) {}

    std::optional<std::vector<AreaShape>> parse(const json& document) {
        if (!document.is_object() || document.value("type", json()) != "FeatureCollection" ||
            !document.contains("features") || !document["features"].is_array())
            return fail("", "expected a GeoJSON FeatureCollection with an array of features");
        std::vector<AreaShape> shapes;
        std::set<std::string> codes;
        const json& features = document["features"];
        for (std::size_t i = 0; i < features.size(); ++i) {
            const std::string at = "features[" + std::to_string(i) + "]";
            const json& feature = features[i];
            if (!feature.is_object()) return fail(at, "a feature must be an object");
            const json* properties =
                feature.contains("properties") ? &feature["properties"] : nullptr;
            if (!properties || !properties->is_object() || !properties->contains(code_property_) ||
                !(*properties)[code_property_].is_string())
                return fail(at + ".properties",
                            "the feature has no string property \"" + code_property_ +
                                "\" (the area's code; see map.code_property in site.yaml)");
            AreaShape shape;
            shape.code = (*properties)[code_property_].get<std::string>();
            if (!codes.insert(shape.code).second)
                return fail(at, "the code " + shape.code + " has two features");
            if (!feature.contains("geometry") || !feature["geometry"].is_object())
                return fail(at, "the feature has no geometry");
            const json& geometry = feature["geometry"];
            const std::string type = geometry.value("type", std::string());
            if (!geometry.contains("coordinates") || !geometry["coordinates"].is_array())
                return fail(at + ".geometry", "the geometry has no coordinates");
            const json& coordinates = geometry["coordinates"];
            if (type == "Polygon") {
                auto polygon = read_polygon(coordinates, at + ".geometry.coordinates");
                if (!polygon) return std::nullopt;
                shape.polygons.push_back(std::move(*polygon));
            } else if (type == "MultiPolygon") {
                for (std::size_t p = 0; p < coordinates.size(); ++p) {
                    auto polygon = read_polygon(coordinates[p], at + ".geometry.coordinates[" +
                                                                    std::to_string(p) + "]");
                    if (!polygon) return std::nullopt;
                    shape.polygons.push_back(std::move(*polygon));
                }
            } else {
                return fail(at + ".geometry",
                            "the geometry must be a Polygon or MultiPolygon, not \"" + type + "\"");
            }
            if (shape.polygons.empty()) return fail(at + ".geometry", "the geometry is empty");
            shapes.push_back(std::move(shape));
        }
        if (shapes.empty()) return fail("features", "the file has no features");
        return shapes;
    }

  private:
    std::optional<MapPolygon> read_polygon(const json& rings, const std::string& at) {
        if (!rings.is_array() || rings.empty())
            return fail(at, "a polygon must be an array of rings"), std::nullopt;
        MapPolygon polygon;
        for (std::size_t r = 0; r < rings.size(); ++r) {
            const std::string ring_at = at + "[" + std::to_string(r) + "]";
            const json& ring = rings[r];
            if (!ring.is_array() || ring.size() < 4)
                return fail(ring_at, "a ring must have at least four positions"), std::nullopt;
            MapRing points;
            points.reserve(ring.size());
            for (const json& position : ring) {
                if (!position.is_array() || position.size() < 2 || !position[0].is_number() ||
                    !position[1].is_number())
                    return fail(ring_at, "a position must be [longitude, latitude]"), std::nullopt;
                const double x = position[0].get<double>(), y = position[1].get<double>();
                if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 180 ||
                    std::abs(y) > 90)
                    return fail(ring_at, "a position is not a longitude and latitude in degrees"),
                           std::nullopt;
                // A position thousands of kilometres from the one before is no border: a
                // stray point would stretch the whole map and leave every area a speck.
                if (!points.empty()) {
                    const double km = great_circle_km(points.back(), {x, y});
                    if (km > kLongestEdgeKm)
                        return fail(ring_at + "[" + std::to_string(points.size()) + "]",
                                    "this position lies " + std::to_string(std::lround(km)) +
                                        " km from the one before it: a stray point?"),
                               std::nullopt;
                }
                points.push_back({x, y});
            }
            if (points.front().x != points.back().x || points.front().y != points.back().y)
                return fail(ring_at, "a ring must end where it starts"), std::nullopt;
            polygon.push_back(std::move(points));
        }
        return polygon;
    }

    std::nullopt_t fail(const std::string& at, const std::string& message) {
        diagnostics_.error({file_, 0, 0}, at.empty() ? message : at + ": " + message);
        return std::nullopt;
    }

    const std::string& file_;
    const std::string& code_property_;
    Diagnostics& diagnostics_;
};

}  // namespace

std::optional<std::vector<AreaShape>> parse_boundaries(const std::string& text,
                                                        const std::string& shown_name,
                                                        const std::string& code_property,
                                                        Diagnostics& diagnostics) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& e) {
        const std::size_t offset = e.byte > 0 ? static_cast<std::size_t>(e.byte - 1) : 0;
        std::string message = e.what();
        if (auto colon = message.find(": ", message.find(", column ")); colon != std::string::npos)
            message = message.substr(colon + 2);
        diagnostics.error(location_of(text, shown_name, offset), "invalid JSON: " + message);
        return std::nullopt;
    } catch (const json::exception& e) {  // a number too large for a double, say
        std::string message = e.what();
        if (auto bracket = message.find("] "); bracket != std::string::npos)
            message = message.substr(bracket + 2);
        diagnostics.error({shown_name, 0, 0}, "invalid JSON: " + message);
        return std::nullopt;
    }
    return BoundaryParser(shown_name, code_property, diagnostics).parse(document);
}

std::optional<std::vector<AreaShape>> read_boundaries(const std::filesystem::path& file,
                                                       const std::string& shown_name,
                                                       const std::string& code_property,
                                                       Diagnostics& diagnostics) {
    // Checked before opening: opening a named pipe with no writer would wait for ever.
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        diagnostics.error({shown_name, 0, 0}, "the boundary file is not a regular file");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error({shown_name, 0, 0}, "cannot read the boundary file");
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_boundaries(text.str(), shown_name, code_property, diagnostics);
}

}  // namespace kt
