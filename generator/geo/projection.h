#pragma once
// Map projection with PROJ: from longitude and latitude (WGS 84, as GeoJSON has them) to the
// plane Norway's maps are drawn in, ETRS89 / UTM zone 33N (EPSG:25833), in metres.
#include <memory>
#include <string>
#include <vector>

#include "geo/boundaries.h"

namespace kt {

class Projection {
  public:
    // Throws std::runtime_error with PROJ's message if either system is unknown.
    Projection(const std::string& from = "EPSG:4326", const std::string& to = "EPSG:25833");
    ~Projection();
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    // x = easting, y = northing. Input is (longitude, latitude) whatever the axis order the
    // systems declare. Throws std::runtime_error for a point PROJ cannot project.
    MapPoint forward(MapPoint longitude_latitude) const;
    void forward(std::vector<AreaShape>& shapes) const;

  private:
    struct Handles;
    std::unique_ptr<Handles> handles_;
};

}  // namespace kt
