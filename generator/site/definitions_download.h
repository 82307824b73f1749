#pragma once
// nedlasting/definisjoner.json: what the downloads' figures mean to one another, in a form a
// program can read: each indicator's numerator and denominator measures, the measures that
// are parts of another (men + women = all), and which areas and groups are sums of which.
// Readers know all of this from the pages; `kommunetall audit` needs it to form the equations
// an intruder would.
#include <string>

#include "site/site_data.h"

namespace kt {

inline constexpr const char* kDefinitionsPath = "nedlasting/definisjoner.json";

std::string definitions_json(const SiteData& data);

}  // namespace kt
