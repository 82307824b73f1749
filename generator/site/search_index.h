#pragma once
// The search index (sok/indeks.json) that the front page's search box reads: every area that
// has a page, the old names and codes that now lead to it, and its key figures as readers see
// them on its page (a hidden figure is its symbol, never a number).
#include <string>

#include "site/site_data.h"

namespace kt {

inline constexpr const char* kSearchIndexPath = "sok/indeks.json";

// A compact, deterministic JSON document (sorted keys, no dates from the clock):
// {"indikatorer": {"<id>": {"tittel", "enhet", "url"}},
//  "områder": [{"kode", "navn", "type", "url", "fylke" (municipalities), "kommune"
//   (districts), "tidligere": [{"kode", "navn", "delvis"}],
//   "nøkkeltall": [{"indikator", "år", "tekst", "status"}]}]}
// URLs are relative to the site root.
std::string search_index_json(const SiteData& data);

}  // namespace kt
