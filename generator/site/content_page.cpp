#include "site/content_page.h"

#include "render/markdown.h"
#include "site/adjustment_view.h"
#include "site/page_context.h"
#include "site/site_paths.h"
#include "site/suppression_summary.h"
#include "site/survey_pages.h"

namespace kt {

nlohmann::json content_page(const SiteData& data, const ContentPage& page) {
    const std::string dir = content_dir(page.path);
    nlohmann::json ctx = page_context(data, dir, page.title, page.description,
                                      {{data.words("page.front_page"), ""}});
    ctx["content_html"] = markdown_to_html(data.markdown_of(page), root_prefix(dir));
    if (&page == data.method_page) {
        ctx["models"] = model_sections(data, dir);
        ctx["suppression_counts"] = suppression_summary(data, dir);
        ctx["min_count"] = std::to_string(data.input.config.suppression.min_count);
        ctx["survey"] = survey_method(data, dir);
    }
    return ctx;
}

nlohmann::json not_found_page(const SiteData& data) {
    // Served for any missing path, so it cannot know its folder: links start at "/".
    // Its own address is the file itself, which no menu item matches.
    return page_context(data, "404.html", data.words("page.not_found"), "", {}, "/");
}

}  // namespace kt
