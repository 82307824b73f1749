#pragma once
// A Markdown page from content/, with its YAML front matter already parsed.
#include <map>
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

}  // namespace kt
