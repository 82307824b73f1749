#include "geo/coverage_simplification.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace kt {

namespace {

// One GEOS context with RAII for its geometries; GEOS reports errors through a handler.
class Geos {
  public:
    Geos() : handle_(GEOS_init_r()) {
        if (!handle_) throw std::runtime_error("GEOS could not start");
        GEOSContext_setErrorMessageHandler_r(handle_, &Geos::on_error, this);
    }
    ~Geos() { GEOS_finish_r(handle_); }
    Geos(const Geos&) = delete;
    Geos& operator=(const Geos&) = delete;

    struct Deleter {
        GEOSContextHandle_t handle;
        void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle, g); }
    };
    using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;

    GEOSContextHandle_t operator*() const { return handle_; }

    // Takes ownership of what a GEOS call returned; throws with GEOS's message if it failed.
    Geometry own(GEOSGeometry* g, const char* what) const {
        if (!g) throw std::runtime_error(std::string("GEOS: ") + what + " failed: " + error_);
        return Geometry(g, Deleter{handle_});
    }

    GEOSCoordSequence* sequence(const MapRing& ring) const {
        GEOSCoordSequence* points =
            GEOSCoordSeq_create_r(handle_, static_cast<unsigned>(ring.size()), 2);
        for (std::size_t i = 0; i < ring.size(); ++i)
            GEOSCoordSeq_setXY_r(handle_, points, static_cast<unsigned>(i), ring[i].x, ring[i].y);
        return points;
    }

    GEOSGeometry* line(const MapRing& ring) const {
        return GEOSGeom_createLineString_r(handle_, sequence(ring));
    }

    GEOSGeometry* linear_ring(const MapRing& ring) const {
        return GEOSGeom_createLinearRing_r(handle_, sequence(ring));
    }

    // A collection that takes the items over (all of them are destroyed if it fails).
    Geometry collection(int type, std::vector<Geometry> items, const char* what) const {
        std::vector<GEOSGeometry*> raw;
        raw.reserve(items.size());
        for (Geometry& item : items) raw.push_back(item.get());
        GEOSGeometry* made =
            GEOSGeom_createCollection_r(handle_, type, raw.data(), static_cast<unsigned>(raw.size()));
        if (made)
            for (Geometry& item : items) item.release();
        return own(made, what);
    }

    Geometry polygon_of(const MapPolygon& polygon) const {
        GEOSGeometry* shell = linear_ring(polygon.front());
        std::vector<GEOSGeometry*> holes;
        for (std::size_t r = 1; r < polygon.size(); ++r) holes.push_back(linear_ring(polygon[r]));
        return own(GEOSGeom_createPolygon_r(handle_, shell, holes.data(),
                                            static_cast<unsigned>(holes.size())),
                   "making a polygon");
    }

    MapRing points(const GEOSGeometry* line_or_ring) const {
        const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(handle_, line_or_ring);
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(handle_, sequence, &size);
        MapRing ring(size);
        for (unsigned i = 0; i < size; ++i)
            GEOSCoordSeq_getXY_r(handle_, sequence, i, &ring[i].x, &ring[i].y);
        return ring;
    }

    MapPolygon polygon(const GEOSGeometry* g) const {
        MapPolygon polygon{points(GEOSGetExteriorRing_r(handle_, g))};
        const int holes = GEOSGetNumInteriorRings_r(handle_, g);
        for (int i = 0; i < holes; ++i) polygon.push_back(points(GEOSGetInteriorRingN_r(handle_, g, i)));
        return polygon;
    }

  private:
    static void on_error(const char* message, void* self) {
        static_cast<Geos*>(self)->error_ = message ? message : "";
    }
    GEOSContextHandle_t handle_;
    std::string error_;
};

constexpr std::size_t kMaxCrossings = 1000;

// The share of an area another area may also claim before the two are said to overlap.
constexpr double kOverlap = 0.05;

// Pairs of segments of the shape's rings that cross (not merely touch at a shared end), up
// to `limit`: a sweep along x, so segments far apart are never compared.
std::size_t count_crossings(const AreaShape& shape, std::size_t limit) {
    struct Segment {
        MapPoint a, b;
        double min_x, max_x;
    };
    std::vector<Segment> segments;
    for (const MapPolygon& polygon : shape.polygons)
        for (const MapRing& ring : polygon)
            for (std::size_t i = 0; i + 1 < ring.size(); ++i)
                segments.push_back({ring[i], ring[i + 1], std::min(ring[i].x, ring[i + 1].x),
                                    std::max(ring[i].x, ring[i + 1].x)});
    std::sort(segments.begin(), segments.end(),
              [](const Segment& p, const Segment& q) { return p.min_x < q.min_x; });
    const auto side = [](const MapPoint& o, const MapPoint& p, const MapPoint& q) {
        const double cross = (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
        return (cross > 0) - (cross < 0);
    };
    std::size_t crossings = 0;
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        std::erase_if(active, [&](std::size_t j) { return segments[j].max_x < s.min_x; });
        for (std::size_t j : active) {
            const Segment& t = segments[j];
            // Strictly on opposite sides both ways: a proper crossing.
            if (side(s.a, s.b, t.a) * side(s.a, s.b, t.b) < 0 &&
                side(t.a, t.b, s.a) * side(t.a, t.b, s.b) < 0 && ++crossings >= limit)
                return crossings;
        }
        active.push_back(i);
    }
    return crossings;
}

struct Face {
    MapPolygon polygon;
    double area = 0;
};

}  // namespace

std::size_t count_points(const std::vector<AreaShape>& shapes) {
    std::size_t n = 0;
    for (const AreaShape& shape : shapes)
        for (const MapPolygon& polygon : shape.polygons)
            for (const MapRing& ring : polygon) n += ring.size();
    return n;
}

// Everything that does not depend on the tolerance, made once: the areas (to find which
// faces lie in which), their search tree, and the borders noded and merged.
struct SharedBorders::Impl {
    Geos geos;
    const std::vector<AreaShape>& shapes;
    CoverageSimplification settings;
    std::vector<Geos::Geometry> areas;
    std::vector<std::size_t> indexes;  // what the tree holds: each area's position
    Geos::Geometry borders{nullptr, Geos::Deleter{nullptr}};
    GEOSSTRtree* tree = nullptr;
    mutable std::vector<const GEOSPreparedGeometry*> prepared;  // made when first needed

    Impl(const std::vector<AreaShape>& s, const CoverageSimplification& c) : shapes(s), settings(c) {}
    ~Impl() {
        for (const GEOSPreparedGeometry* p : prepared)
            if (p) GEOSPreparedGeom_destroy_r(*geos, p);
        if (tree) GEOSSTRtree_destroy_r(*geos, tree);
    }
};

SharedBorders::SharedBorders(const std::vector<AreaShape>& shapes,
                             const CoverageSimplification& settings)
    : impl_(std::make_unique<Impl>(shapes, settings)) {
    Impl& m = *impl_;
    const Geos& geos = m.geos;
    GEOSContextHandle_t h = *geos;

    // Every ring as a line, and every area as a polygon to find which area a face lies in.
    std::vector<Geos::Geometry> lines;
    for (const AreaShape& shape : shapes) {
        std::vector<Geos::Geometry> parts;
        for (const MapPolygon& polygon : shape.polygons) {
            for (const MapRing& ring : polygon) lines.push_back(geos.own(geos.line(ring), "making a line"));
            parts.push_back(geos.polygon_of(polygon));
        }
        m.areas.push_back(geos.collection(GEOS_MULTIPOLYGON, std::move(parts), "making an area"));
        // A boundary that crosses itself a few times (the mapping authority's files have
        // some) is joined as it is; one that crosses itself everywhere is refused: noding
        // n crossing edges takes time and memory in n².
        // Such an area is made valid for finding which faces lie in it: GEOS's predicates
        // on a ring that loops round a hole of its own would count the hole as inside.
        if (GEOSisValid_r(h, m.areas.back().get()) != 1) {
            const std::size_t crossings = count_crossings(shape, kMaxCrossings);
            if (crossings >= kMaxCrossings)
                throw std::runtime_error("the boundary of " + shape.code + " crosses itself " +
                                         std::to_string(kMaxCrossings) + " times or more");
            m.areas.back() = geos.own(GEOSMakeValid_r(h, m.areas.back().get()), "mending an area");
        }
    }
    const Geos::Geometry linework =
        geos.collection(GEOS_MULTILINESTRING, std::move(lines), "collecting the borders");

    // Union nodes the borders where they meet and keeps a shared border once; merging joins
    // the pieces between meeting points back into whole borders. It snap-rounds to a grid, so
    // two neighbours' copies of a border that differ by less than a grid cell (rounding, a
    // point more on one side) become one line.
    const Geos::Geometry noded =
        geos.own(GEOSUnaryUnionPrec_r(h, linework.get(), settings.grid), "noding");
    m.borders = geos.own(GEOSLineMerge_r(h, noded.get()), "merging");

    m.tree = GEOSSTRtree_create_r(h, 10);
    if (!m.tree) throw std::runtime_error("GEOS: making a search tree failed");
    m.indexes.resize(m.areas.size());
    m.prepared.assign(m.areas.size(), nullptr);
    for (std::size_t i = 0; i < m.areas.size(); ++i) {
        m.indexes[i] = i;
        GEOSSTRtree_insert_r(h, m.tree, m.areas[i].get(), &m.indexes[i]);
    }
}

SharedBorders::~SharedBorders() = default;

std::vector<AreaShape> SharedBorders::simplified(double tolerance) const {
    const Impl& m = *impl_;
    const Geos& geos = m.geos;
    GEOSContextHandle_t h = *geos;
    const std::vector<AreaShape>& shapes = m.shapes;
    const CoverageSimplification& settings = m.settings;

    const Geos::Geometry simplified =
        geos.own(GEOSTopologyPreserveSimplify_r(h, m.borders.get(), tolerance), "simplifying");
    const GEOSGeometry* polygonize_input[] = {simplified.get()};
    const Geos::Geometry faces = geos.own(GEOSPolygonize_r(h, polygonize_input, 1), "polygonizing");

    // Each face goes to the area that holds a point inside it (the lowest index if two do,
    // where the input overlapped); a face in no area (a gap in the input) is left out.
    std::vector<std::vector<Face>> faces_of(shapes.size());
    std::vector<double> taken(shapes.size(), 0);     // an area's land another area claims too
    std::vector<std::size_t> taken_by(shapes.size(), 0);
    const int face_count = GEOSGetNumGeometries_r(h, faces.get());
    for (int f = 0; f < face_count; ++f) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces.get(), f);
        const Geos::Geometry inside = geos.own(GEOSPointOnSurface_r(h, face), "finding a point");
        std::vector<std::size_t> candidates;
        GEOSSTRtree_query_r(
            h, m.tree, inside.get(),
            [](void* item, void* found) {
                static_cast<std::vector<std::size_t>*>(found)->push_back(
                    *static_cast<std::size_t*>(item));
            },
            &candidates);
        std::sort(candidates.begin(), candidates.end());
        std::optional<std::size_t> owner;
        double area = 0;
        for (std::size_t a : candidates) {
            if (!m.prepared[a]) m.prepared[a] = GEOSPrepare_r(h, m.areas[a].get());
            if (GEOSPreparedContains_r(h, m.prepared[a], inside.get()) != 1) continue;
            if (owner) {  // land two areas claim: it counts against the second
                taken[a] += area;
                taken_by[a] = *owner;
                continue;
            }
            owner = a;
            GEOSArea_r(h, face, &area);
            faces_of[a].push_back({geos.polygon(face), area});
        }
    }

    // Borders that neighbours do not share (points that differ by more than the grid) make
    // faces that land in the wrong area: an area whose faces add up to much more or less than
    // itself is a file to mend, not a map to publish.
    std::vector<std::string> changed;
    for (std::size_t a = 0; a < shapes.size(); ++a) {
        double before = 0, after = 0;
        GEOSArea_r(h, m.areas[a].get(), &before);
        for (const Face& face : faces_of[a]) after += face.area;
        // Overlapping boundaries are an error in the file no tolerance mends. Slivers where
        // two neighbours' copies of a border differ are not counted.
        if (taken[a] > kOverlap * before && taken[a] > 2 * settings.min_part_area)
            throw std::runtime_error("the boundaries of " + shapes[taken_by[a]].code + " and " +
                                     shapes[a].code + " cover the same land: each area "
                                     "must have its own, with shared borders between them");
        if (std::abs(after - before) > 0.3 * before &&
            std::abs(after - before) > 2 * settings.min_part_area)
            changed.push_back(shapes[a].code);
    }
    if (!changed.empty()) {
        std::string listed;
        for (std::size_t i = 0; i < changed.size() && i < 8; ++i)
            listed += (i ? ", " : "") + changed[i];
        throw AreasChanged(
            std::to_string(changed.size()) + " areas gained or lost more than 30 % of their "
            "area when neighbours' borders were joined (" + listed +
            (changed.size() > 8 ? ", …" : "") +
            "): their borders do not meet; neighbours must share the points of the border "
            "between them");
    }

    std::vector<AreaShape> result;
    result.reserve(shapes.size());
    for (std::size_t a = 0; a < shapes.size(); ++a) {
        AreaShape shape{shapes[a].code, {}};
        std::vector<Face>& parts = faces_of[a];
        // Largest first, then by position, so the order does not depend on GEOS's.
        std::sort(parts.begin(), parts.end(), [](const Face& x, const Face& y) {
            if (x.area != y.area) return x.area > y.area;
            const MapPoint& p = x.polygon.front().front();
            const MapPoint& q = y.polygon.front().front();
            return p.x != q.x ? p.x < q.x : p.y < q.y;
        });
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (i == 0 || parts[i].area >= settings.min_part_area)
                shape.polygons.push_back(std::move(parts[i].polygon));
        result.push_back(std::move(shape));
    }
    return result;
}

std::vector<AreaShape> simplify_coverage(const std::vector<AreaShape>& shapes,
                                         const CoverageSimplification& settings) {
    return SharedBorders(shapes, settings).simplified(settings.tolerance);
}

}  // namespace kt
