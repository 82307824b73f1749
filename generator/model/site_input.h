#pragma once
// Everything read from a site folder: the input stage's single result.
#include <vector>

#include "model/area.h"
#include "model/catalogue.h"
#include "model/content.h"
#include "model/map_geometry.h"
#include "model/observation.h"
#include "model/site_config.h"
#include "model/survey.h"

namespace kt {

struct SiteInput {
    SiteConfig config;
    Registry registry;
    Catalogue catalogue;
    ObservationTable observations;
    Survey survey;  // empty without data/undersokelse.yaml
    std::vector<ContentPage> content;
    MapGeometry map;  // empty without a boundary file (site.yaml: map.boundaries)
    TileGrid tiles;   // empty when the registry gives no municipality a centre
};

}  // namespace kt
