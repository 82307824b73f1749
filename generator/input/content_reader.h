#pragma once
// content/**/*.md: Markdown pages with YAML front matter between "---" lines.
#include <filesystem>
#include <optional>
#include <vector>

#include "model/content.h"
#include "model/diagnostics.h"

namespace kt {

inline constexpr const char* kContentDir = "content";

// Splits front matter from body and parses it; `title` is required. `file` names the
// file in diagnostics and becomes the page's path.
std::optional<ContentPage> parse_content_page(const std::string& file,
                                              const std::string& text, Diagnostics& diagnostics);

std::vector<ContentPage> read_content(const std::filesystem::path& site_dir,
                                      Diagnostics& diagnostics);

}  // namespace kt
