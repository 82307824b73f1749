#include "site/content_page.h"

#include "render/markdown.h"
#include "site/page_context.h"
#include "site/site_paths.h"

namespace kt {

nlohmann::json content_page(const SiteData& data, const ContentPage& page) {
    const std::string dir = content_dir(page.path);
    nlohmann::json ctx = page_context(data, dir, page.title, page.description, {{"Forside", ""}});
    ctx["content_html"] = markdown_to_html(page.markdown, root_prefix(dir));
    return ctx;
}

nlohmann::json not_found_page(const SiteData& data) {
    nlohmann::json ctx = page_context(data, "", "Siden finnes ikke", "", {});
    ctx["root"] = "/";
    ctx["home_href"] = "/";
    ctx["css_href"] = "/assets/style.css";
    for (auto& item : ctx["nav"]) {
        std::string href = item["href"];
        item["href"] = "/" + href;
        item["current"] = false;
    }
    ctx["page"]["is_front"] = false;
    return ctx;
}

}  // namespace kt
