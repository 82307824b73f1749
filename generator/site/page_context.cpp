#include "site/page_context.h"

#include "render/number_format.h"
#include "site/site_paths.h"
#include "site/survey_pages.h"

namespace kt {

nlohmann::json page_context(const SiteData& data, const std::string& page_dir,
                            const std::string& title, const std::string& description,
                            const std::vector<Crumb>& breadcrumbs,
                            std::optional<std::string> root) {
    const SiteConfig& config = data.input.config;
    const std::string prefix = root.value_or(root_prefix(page_dir));
    auto link = [&](const std::string& dir) { return prefix + dir + "index.html"; };
    nlohmann::json nav = nlohmann::json::array();
    auto nav_item = [&](const std::string& label, const std::string& dir) {
        const bool current = dir == page_dir || (!dir.empty() && page_dir.rfind(dir, 0) == 0);
        nav.push_back({{"title", label}, {"href", link(dir)}, {"current", current}});
    };
    nav_item(data.words("page.municipalities"), "");
    nav_item(data.words("page.country"), "landet/");
    for (const Family& family : data.input.catalogue.families)
        nav_item(family.title, family_dir(family.id));
    if (!data.input.survey.empty()) nav_item(data.input.survey.title, kSurveyDir);
    for (const ContentPage* page : data.plain_pages) nav_item(page->title, content_dir(page->path));

    nlohmann::json crumbs = nlohmann::json::array();
    for (const Crumb& crumb : breadcrumbs)
        crumbs.push_back({{"title", crumb.title}, {"href", link(crumb.dir)}});

    return {
        {"root", prefix},
        {"home_href", link("")},
        {"css_href", prefix + "assets/style.css"},
        {"site",
         {{"title", config.title},
          {"description", config.description},
          {"publisher", config.publisher},
          {"demo", config.demo},
          {"updated", format_date(config.data_updated)},
          {"updated_iso", config.data_updated}}},
        {"page",
         {{"title", title},
          {"description", description.empty() ? config.description : description},  // meta
          {"lead", description},
          {"canonical_url", config.base_url.empty() ? "" : config.base_url + page_dir},
          {"is_front", page_dir.empty()}}},
        {"nav", nav},
        {"breadcrumbs", crumbs},
        {"has_breadcrumbs", !crumbs.empty()},
    };
}

}  // namespace kt
