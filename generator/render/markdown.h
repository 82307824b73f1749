#pragma once
// Markdown to HTML with cmark-gfm: GitHub tables, strikethrough, autolinks, task lists
// and footnotes. Raw HTML in the Markdown is not passed through (it is replaced by an
// HTML comment), so content can never inject scripts or break the page layout.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kt {

// Thread-safe. All Markdown in the program should be converted through this function:
// cmark-gfm keeps a process-wide table of special characters that every parse with
// extensions writes to, so parses must not run concurrently (see markdown.cpp).
//
// Links and images written from the site root ("/metode/") are made relative with
// `root_prefix` (e.g. "../../" on a page two folders deep), and a link to a folder gets
// "index.html", the same scheme as the site's own links; so content works from disk and
// from any folder a site is served in.
std::string markdown_to_html(std::string_view markdown, const std::string& root_prefix = "");

// The lines (1-based, first and last) of the Markdown's code blocks, fenced or indented, and
// raw HTML blocks, as cmark-gfm reads them: text there is shown as written.
std::vector<std::pair<int, int>> literal_block_lines(std::string_view markdown);

}  // namespace kt
