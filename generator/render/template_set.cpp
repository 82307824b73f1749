#include "render/template_set.h"

#include <cassert>
#include <kainjow/mustache.hpp>
#include <regex>

#include "input/source_file.h"
#include "render/html_escape.h"

namespace kt {

namespace mustache = kainjow::mustache;

namespace {

mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data out{mustache::data::type::object};
            // Moved in with operator[]: set() would copy every nested level again.
            for (const auto& [key, item] : value.items()) {
                out[key] = to_mustache(item);
                if (item.is_array() && !value.contains("has_" + key))
                    out["has_" + key] = to_mustache(!item.empty());
            }
            return out;
        }
        case nlohmann::json::value_t::array: {
            mustache::list items;
            items.reserve(value.size());
            for (const auto& item : value) items.push_back(to_mustache(item));
            return mustache::data{items};
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
        case nlohmann::json::value_t::discarded:
            return mustache::data{mustache::data::type::bool_false};
        default:
            return mustache::data{value.dump()};
    }
}

// Replaces every {{> _name}} with the partial's text, recursively. Partials are included
// when the templates are loaded rather than at each use: a table cell partial used ten
// thousand times on a page would otherwise be parsed ten thousand times.
std::string expand_partials(const std::string& source,
                            const std::map<std::string, std::string>& sources, int depth,
                            std::string& error) {
    static const std::regex partial_tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
    constexpr int kMaxDepth = 10;
    std::string out;
    auto begin = source.cbegin();
    for (std::sregex_iterator it(source.begin(), source.end(), partial_tag), end; it != end; ++it) {
        const std::string name = (*it)[1];
        out.append(begin, (*it)[0].first);
        begin = (*it)[0].second;
        auto partial = sources.find(name);
        if (name.front() != '_' || partial == sources.end()) {
            error = "unknown partial '" + name + "' (partials are templates named _*.mustache)";
            return out;
        }
        if (depth >= kMaxDepth) {
            error = "partials nested more than " + std::to_string(kMaxDepth) + " deep (does '" +
                    name + "' include itself?)";
            return out;
        }
        out += expand_partials(partial->second, sources, depth + 1, error);
        if (!error.empty()) return out;
    }
    out.append(begin, source.cend());
    return out;
}

}  // namespace

TemplateSet TemplateSet::load(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    std::map<std::string, std::string> sources, files;
    for (const std::string& file :
         list_site_files(site_dir, kTemplateDir, ".mustache", diagnostics)) {
        auto text = read_site_text(site_dir, file, diagnostics);
        if (!text) continue;
        const std::string name = std::filesystem::path(file).stem().string();
        sources[name] = std::move(*text);
        files[name] = file;
    }
    TemplateSet set;
    for (const auto& [name, source] : sources) {
        std::string error;
        std::string expanded = expand_partials(source, sources, 0, error);
        if (error.empty()) {
            mustache::mustache parsed{expanded};
            if (!parsed.is_valid()) error = "template does not parse: " + parsed.error_message();
        }
        if (!error.empty()) {
            diagnostics.error({files[name], 0, 0}, error);
            continue;
        }
        set.templates_[name] = std::move(expanded);
    }
    return set;
}

std::string TemplateSet::render(const std::string& name, const nlohmann::json& context) const {
    auto it = templates_.find(name);
    assert(it != templates_.end() && "the site plan asked for a template that was not checked");
    mustache::mustache tmpl{it->second};
    tmpl.set_custom_escape([](const std::string& s) { return escape_html(s); });
    return tmpl.render(to_mustache(context));
}

}  // namespace kt
