#pragma once
// Markdown to HTML with cmark-gfm: GitHub tables, strikethrough, autolinks, task lists
// and footnotes. Raw HTML in the Markdown is not passed through (it is replaced by an
// HTML comment), so content can never inject scripts or break the page layout.
#include <string>
#include <string_view>

namespace kt {

// Thread-safe. All Markdown in the program should be converted through this function:
// cmark-gfm keeps a process-wide table of special characters that every parse with
// extensions writes to, so parses must not run concurrently (see markdown.cpp).
std::string markdown_to_html(std::string_view markdown);

}  // namespace kt
