#pragma once
// A Markdown page from content/, with its YAML front matter already parsed.
#include <map>
#include <optional>
#include <string>

#include "model/diagnostics.h"

namespace kt {

struct ContentPage {
    std::string path;   // relative to content/, e.g. "om.md", "kommune/3435-vaga.md"
    std::string title;
    std::string description;
    // Other front-matter keys as strings (e.g. "kommune": "3435", "familie": "bosetting",
    // "rekkefolge": "2").
    std::map<std::string, std::string> params;
    std::string markdown;  // body after the front matter
    int body_line = 1;     // line in the file where the body starts (for diagnostics)
    SourceLocation where;
};

// The area a page is the narrative of, as its front matter names it: "område: 34" (any area
// with a page; "landet" for the country), or "kommune: 3435"; nullopt for other pages.
inline std::optional<std::string> narrative_subject(const ContentPage& page) {
    for (const char* key : {"område", "kommune"})
        if (auto it = page.params.find(key); it != page.params.end()) return it->second;
    return std::nullopt;
}

}  // namespace kt
