#pragma once
// Where each page lives in the output, and relative links between pages. Every page is
// a folder with an index.html, so its URL (e.g. /kommune/3435-vaga/) is stable and short.
// Links are relative and name index.html, so the site works from any folder, from a plain
// static server and straight from disk.
#include <string>

#include "model/area.h"
#include "stats/area_group.h"

namespace kt {

std::string area_dir(const Area& area);            // "kommune/3435-vaga/", "landet/"
std::string indicator_dir(const std::string& id);  // "indikator/bosatte/"
std::string family_dir(const std::string& id);     // "tema/bosetting/"
std::string grouping_dir(const std::string& id);   // "gruppe/kostragruppe/"
std::string group_dir(const AreaGroup& group);     // "gruppe/kostragruppe/13/"
std::string index_dir(const std::string& id);      // "indeks/integreringsindeks/"
// "om.md" -> "om/", "veiledning/kilder.md" -> "veiledning/kilder/", "_index.md" -> "";
// every part a slug: "Om oss.md" -> "om-oss/", "???.md" -> "/" (no address: an error later).
std::string content_dir(const std::string& content_path);

// "../../" for "kommune/3435-vaga/"; "" for the site root.
std::string root_prefix(const std::string& page_dir);
// A link from the page in `from_dir` to the page in `to_dir`.
std::string page_link(const std::string& from_dir, const std::string& to_dir);
// A link from the page in `from_dir` to a file given relative to the site root.
std::string file_link(const std::string& from_dir, const std::string& file);

}  // namespace kt
