#include "render/template_set.h"

#include <cassert>
#include <kainjow/mustache.hpp>

#include "input/source_file.h"
#include "render/html_escape.h"

namespace kt {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data out{mustache::data::type::object};
            for (const auto& [key, item] : value.items()) {
                out.set(key, to_mustache(item));
                if (item.is_array() && !value.contains("has_" + key))
                    out.set("has_" + key, to_mustache(!item.empty()));
            }
            return out;
        }
        case nlohmann::json::value_t::array: {
            mustache::data out{mustache::data::type::list};
            for (const auto& item : value) out.push_back(to_mustache(item));
            return out;
        }
        case nlohmann::json::value_t::string: {
            // An empty string is false, as in most Mustache engines, so {{#note}}…{{/note}}
            // shows only a note that exists. False renders as nothing.
            const std::string& text = value.get_ref<const std::string&>();
            if (text.empty()) return mustache::data{mustache::data::type::bool_false};
            return mustache::data{text};
        }
        case nlohmann::json::value_t::boolean:
            return value.get<bool>() ? mustache::data{mustache::data::type::bool_true}
                                     : mustache::data{mustache::data::type::bool_false};
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded: return mustache::data{mustache::data::type::bool_false};
        default: return mustache::data{value.dump()};
    }
}

}  // namespace

TemplateSet TemplateSet::load(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    TemplateSet set;
    for (const std::string& file : list_site_files(site_dir, kTemplateDir, ".mustache")) {
        auto text = read_site_file(site_dir, file, diagnostics);
        if (!text) continue;
        mustache::mustache parsed{*text};
        if (!parsed.is_valid()) {
            diagnostics.error({file, 0, 0}, "template does not parse: " + parsed.error_message());
            continue;
        }
        set.sources_[std::filesystem::path(file).stem().string()] = std::move(*text);
    }
    return set;
}

std::string TemplateSet::render(const std::string& name, const nlohmann::json& context) const {
    auto it = sources_.find(name);
    assert(it != sources_.end() && "the site plan asked for a template that was not checked");
    mustache::data data = to_mustache(context);
    for (const auto& [partial_name, source] : sources_) {
        if (partial_name.front() != '_') continue;
        const std::string* text = &source;
        data.set(partial_name, mustache::partial{[text] { return *text; }});
    }
    mustache::mustache tmpl{it->second};
    tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); });
    return tmpl.render(data);
}

}  // namespace kt
