#pragma once
// CSV downloads: every figure of an indicator (all areas and groups, all years), and every
// figure of an area or a group of municipalities (all indicators and years). Symbols stay
// symbols; a hidden number stays hidden. A group's code is "<grouping>:<value>"
// ("kostragruppe:5"), its type "gruppe".
#include <string>

#include "site/site_data.h"

namespace kt {

std::string area_download_name(const Area& area);  // "3435-vaga.csv"
std::string area_download_path(const Area& area);  // "kommune/3435-vaga/3435-vaga.csv"
std::string indicator_download_name(const Indicator& indicator);  // "bosatte.csv"
std::string indicator_download_path(const Indicator& indicator);

std::string group_download_code(const AreaGroup& group);  // "kostragruppe:5"
std::string group_download_name(const AreaGroup& group);  // "kostragruppe-5.csv"
std::string group_download_path(const AreaGroup& group);  // "gruppe/kostragruppe/5/…"

std::string area_csv(const SiteData& data, const Area& area);
std::string group_csv(const SiteData& data, const AreaGroup& group);
std::string indicator_csv(const SiteData& data, const Indicator& indicator);

}  // namespace kt
