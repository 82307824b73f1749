#include "input/content_reader.h"

#include <cctype>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

std::optional<ContentPage> parse_content_page(const std::string& file, const std::string& text,
                                              Diagnostics& diagnostics) {
    std::string_view rest = text;
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
    auto starts_line = [](std::string_view s) {
        return s.substr(0, 4) == "---\n" || s.substr(0, 5) == "---\r\n";
    };
    if (!starts_line(rest)) {
        diagnostics.error({file, 1, 1},
                          "missing front matter (the file must start "
                          "with a line '---')");
        return std::nullopt;
    }
    rest.remove_prefix(rest.find('\n') + 1);
    // Find the closing "---" line.
    std::size_t pos = 0;
    int line = 2;
    std::optional<std::size_t> close;
    while (pos < rest.size()) {
        if (starts_line(rest.substr(pos)) || rest.substr(pos) == "---") {
            close = pos;
            break;
        }
        std::size_t nl = rest.find('\n', pos);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
        ++line;
    }
    if (!close) {
        diagnostics.error({file, 1, 1}, "front matter is never closed by a line '---'");
        return std::nullopt;
    }
    const std::string front(rest.substr(0, *close));
    std::string_view body = rest.substr(*close);
    body.remove_prefix(std::min(body.size(), body.find('\n') == std::string_view::npos
                                                 ? body.size()
                                                 : body.find('\n') + 1));

    const YamlColumns columns(diagnostics, file, text);
    auto yaml = parse_yaml(front, file, 2, diagnostics);
    if (!yaml) return std::nullopt;
    if (!yaml->IsMap()) {
        diagnostics.error({file, 2, 1}, "front matter must be a YAML mapping");
        return std::nullopt;
    }
    YamlFields fields(*yaml, file, 2, diagnostics);
    // A misspelt key ("beregningar", "slug") must not be ignored silently.
    fields.check_known_keys(
        {"title", "description", "weight", "område", "kommune", "tema", "beregninger"});
    ContentPage page;
    page.path = file;
    page.where = {file, 1, 1};
    page.title = fields.required_string("title");
    page.description = fields.optional_string("description");
    // Checked here, so "weight: tung" or "beregninger: yes" is an error and not 0 or false.
    fields.optional_int("weight", 0);
    fields.optional_bool("beregninger");
    for (const auto& entry : *yaml) {
        if (!entry.first.IsScalar()) {
            diagnostics.error(fields.location_of(entry.first), "front matter keys must be words");
            continue;
        }
        const std::string key = entry.first.Scalar();
        if (key == "title" || key == "description") continue;
        if (!entry.second.IsScalar()) {
            diagnostics.error(fields.location_of(entry.second),
                              "front matter key '" + key + "' must be a single value");
            continue;
        }
        page.params[key] = entry.second.Scalar();
    }
    page.markdown = std::string(body);
    page.body_line = line + 1;
    return page;
}

std::vector<ContentPage> read_content(const std::filesystem::path& site_dir,
                                      Diagnostics& diagnostics) {
    std::vector<ContentPage> pages;
    for (const std::string& file : list_site_files(site_dir, kContentDir, "", diagnostics)) {
        // A page saved as "Om.MD" or ".md" would otherwise vanish without a word; other files
        // (pictures beside a page) are no pages.
        const std::string name = std::filesystem::path(file).filename().string();
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower.size() < 3 || lower.compare(lower.size() - 3, 3, ".md") != 0) continue;
        if (name.compare(name.size() - 3, 3, ".md") != 0 || name.size() == 3) {
            diagnostics.warning({file, 0, 0}, "is not read: content pages are Markdown files "
                                              "named like 'om.md'");
            continue;
        }
        auto text = read_site_text(site_dir, file, diagnostics);
        if (!text) continue;
        const std::string relative = file.substr(std::string(kContentDir).size() + 1);
        auto page = parse_content_page(file, *text, diagnostics);
        if (!page) continue;
        page->path = relative;
        pages.push_back(std::move(*page));
    }
    return pages;
}

}  // namespace kt
