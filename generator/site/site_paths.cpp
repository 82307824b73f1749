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
    std::string stem = content_path.substr(0, content_path.size() - 3);  // drop ".md"
    if (stem == "_index") return "";
    return stem + "/";
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
