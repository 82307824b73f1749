#include "site/site_paths.h"

#include <algorithm>

#include "render/slug.h"

namespace kt {

std::string area_dir(const Area& area) {
    switch (area.kind) {
        case AreaKind::country:
            return "landet/";
        case AreaKind::county:
            return "fylke/" + area_slug(area) + "/";
        case AreaKind::municipality:
            return "kommune/" + area_slug(area) + "/";
        case AreaKind::district:
            return "bydel/" + area_slug(area) + "/";
    }
    return "";
}

std::string indicator_dir(const std::string& id) { return "indikator/" + id + "/"; }

std::string family_dir(const std::string& id) { return "tema/" + id + "/"; }

std::string grouping_dir(const std::string& id) { return "gruppe/" + id + "/"; }

std::string group_dir(const AreaGroup& group) {
    return grouping_dir(group.grouping) + slugify(group.value) + "/";
}

std::string index_dir(const std::string& id) { return "indeks/" + id + "/"; }

std::string content_dir(const std::string& content_path) {
    const std::string stem = content_path.substr(0, content_path.size() - 3);  // drop ".md"
    if (stem == "_index") return "";
    // Each folder and the name as a slug, so a space, '?' or '#' never reaches a link. A part
    // without a slug leaves an empty folder name, which check_output_paths reports.
    std::string dir;
    std::size_t start = 0;
    while (start <= stem.size()) {
        std::size_t end = stem.find('/', start);
        if (end == std::string::npos) end = stem.size();
        dir += slugify(std::string_view(stem).substr(start, end - start)) + "/";
        start = end + 1;
    }
    return dir;
}

std::string root_prefix(const std::string& page_dir) {
    std::string prefix;
    for (std::size_t i = 0;
         i < static_cast<std::size_t>(std::count(page_dir.begin(), page_dir.end(), '/')); ++i)
        prefix += "../";
    return prefix;
}

std::string page_link(const std::string& from_dir, const std::string& to_dir) {
    return root_prefix(from_dir) + to_dir + "index.html";
}

std::string file_link(const std::string& from_dir, const std::string& file) {
    return root_prefix(from_dir) + file;
}

}  // namespace kt
