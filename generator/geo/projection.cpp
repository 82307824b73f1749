#include "geo/projection.h"

#include <proj.h>

#include <cmath>
#include <stdexcept>

namespace kt {

struct Projection::Handles {
    PJ_CONTEXT* context = nullptr;
    PJ* transformation = nullptr;
    ~Handles() {
        if (transformation) proj_destroy(transformation);
        if (context) proj_context_destroy(context);
    }
};

namespace {
std::string proj_message(PJ_CONTEXT* context) {
    const char* text = proj_context_errno_string(context, proj_context_errno(context));
    return text ? text : "unknown error";
}
}  // namespace

Projection::Projection(const std::string& from, const std::string& to)
    : handles_(std::make_unique<Handles>()) {
    handles_->context = proj_context_create();
    if (!handles_->context) throw std::runtime_error("PROJ could not start");
    proj_log_level(handles_->context, PJ_LOG_NONE);  // errors are thrown, not printed
    PJ* raw = proj_create_crs_to_crs(handles_->context, from.c_str(), to.c_str(), nullptr);
    if (!raw)
        throw std::runtime_error("PROJ cannot project from " + from + " to " + to + ": " +
                                 proj_message(handles_->context));
    // Longitude first, easting first, whatever order the EPSG definitions give.
    handles_->transformation = proj_normalize_for_visualization(handles_->context, raw);
    proj_destroy(raw);
    if (!handles_->transformation)
        throw std::runtime_error("PROJ: " + proj_message(handles_->context));
}

Projection::~Projection() = default;

MapPoint Projection::forward(MapPoint longitude_latitude) const {
    const PJ_COORD projected = proj_trans(
        handles_->transformation, PJ_FWD,
        proj_coord(longitude_latitude.x, longitude_latitude.y, 0, 0));
    if (!std::isfinite(projected.xy.x) || !std::isfinite(projected.xy.y))
        throw std::runtime_error("PROJ cannot project the point " +
                                 std::to_string(longitude_latitude.x) + ", " +
                                 std::to_string(longitude_latitude.y));
    return {projected.xy.x, projected.xy.y};
}

void Projection::forward(std::vector<AreaShape>& shapes) const {
    for (AreaShape& shape : shapes)
        for (MapPolygon& polygon : shape.polygons)
            for (MapRing& ring : polygon)
                for (MapPoint& point : ring) point = forward(point);
}

}  // namespace kt
