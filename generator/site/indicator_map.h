#pragma once
// The choropleth of an indicator: every municipality's figure for the latest year, drawn once
// per indicator as a standalone SVG file (indikator/<id>/kart.svg) that the indicator page,
// the municipality pages and the front page show as an image.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "site/site_data.h"

namespace kt {

// Whether the indicator gets a map: the site has boundaries and the indicator has shown
// figures (SiteData::shown: shares and rates; a map of counts shows where many people live,
// not how municipalities differ).
bool has_indicator_map(const SiteData& data, const Indicator& indicator);

// "indikator/<id>/kart.svg"
std::string indicator_map_path(const Indicator& indicator);

// The standalone SVG. Only shown figures are placed in classes; hidden and missing ones are
// drawn as "no figure".
std::string indicator_map_svg(const SiteData& data, const Indicator& indicator);

// What a page needs to show the map: the image's address relative to `page_dir`, its text
// alternative, and, for an area's page, the outline of the area to lay over it. Null without a
// map.
nlohmann::json indicator_map_figure(const SiteData& data, const Indicator& indicator,
                                    const std::string& page_dir, const Area* outlined = nullptr);

// The tile map: the same classes, one equal square per municipality placed near where it
// lies (registry centres; SiteInput::tiles), as "indikator/<id>/rutekart.svg". A site
// without boundaries still gets it.
bool has_indicator_tile_map(const SiteData& data, const Indicator& indicator);
std::string indicator_tile_map_path(const Indicator& indicator);
std::string indicator_tile_map_svg(const SiteData& data, const Indicator& indicator);
// Its image on a page; on an area's page with the area's square outlined (laid over the image).
nlohmann::json indicator_tile_map_figure(const SiteData& data, const Indicator& indicator,
                                         const std::string& page_dir, const Area* outlined = nullptr);

// The map of the first key figure that has one (the catalogue's order), with its tile map
// ("tile_map"), for the front page and, outlining the area on both, a municipality's page.
// Null if none has a map.
nlohmann::json headline_map_figure(const SiteData& data, const std::string& page_dir,
                                   const Area* outlined = nullptr);

}  // namespace kt
