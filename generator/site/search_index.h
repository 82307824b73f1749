#pragma once
// The search index that every page's search box reads: every area that has a page, the old
// names and codes that now lead to it, and its key figures as readers see them on its page (a
// hidden figure is its symbol, never a number); every indicator and theme. It is published as
// JSON (sok/indeks.json) for programs, and as a script (sok/indeks.js) that pages load: a
// script loads from a folder on disk (file://), where browsers refuse to fetch a JSON file.
#include <string>

#include "site/site_data.h"

namespace kt {

inline constexpr const char* kSearchIndexPath = "sok/indeks.json";
inline constexpr const char* kSearchScriptPath = "sok/indeks.js";

// A compact, deterministic JSON document (sorted keys, no dates from the clock):
// {"indikatorer": {"<id>": {"tittel", "enhet", "nøkkeltall" (a key figure), "url"}},
//  "områder": [{"kode", "navn", "type", "url", "fylke" (municipalities), "kommune"
//   (districts), "tidligere": [{"kode", "navn", "delvis"}],
//   "nøkkeltall": [{"indikator", "år", "tekst", "status"}]}],
//  "tema": [{"tittel", "sammendrag", "url"}]}
// URLs are relative to the site root.
std::string search_index_json(const SiteData& data);
// The same index as a script that sets window.kommunetallSok.
std::string search_index_script(const std::string& index_json);

}  // namespace kt
