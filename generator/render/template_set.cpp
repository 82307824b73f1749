#include "render/template_set.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdint>
#include <kainjow/mustache.hpp>
#include <regex>

#include "input/source_file.h"
#include "input/words_reader.h"
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
    constexpr std::size_t kMaxExpandedBytes = std::size_t{16} << 20;
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
        // A partial included ten times by one included ten times by … grows exponentially.
        if (out.size() > kMaxExpandedBytes) {
            error = "partials expand to more than " + std::to_string(kMaxExpandedBytes >> 20) +
                    " MB (does a partial include another many times over?)";
            return out;
        }
    }
    out.append(begin, source.cend());
    return out;
}

// The engine's lookup, remembering the names it could not find.
class RecordingContext : public mustache::context<std::string> {
  public:
    using mustache::context<std::string>::context;
    const mustache::data* get(const std::string& name) const override {
        const mustache::data* found = mustache::context<std::string>::get(name);
        if (!found) missing.insert(name);
        return found;
    }
    mutable std::set<std::string> missing;
};

// The names a template uses as sections ({{#x}}, {{^x}}), which may be absent.
std::set<std::string> section_names(const std::string& source) {
    static const std::regex section(R"(\{\{\s*[#^/]\s*([^}\s]+)\s*\}\})");
    std::set<std::string> names;
    for (std::sregex_iterator it(source.begin(), source.end(), section), end; it != end; ++it)
        names.insert((*it)[1]);
    return names;
}

}  // namespace

TemplateSet TemplateSet::load(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    std::map<std::string, std::string> sources, files;
    for (const std::string& file :
         list_site_files(site_dir, kTemplateDir, ".mustache", diagnostics)) {
        auto text = read_site_text(site_dir, file, diagnostics);
        if (!text) continue;
        const std::string name = std::filesystem::path(file).stem().string();
        // Templates are named by file name alone, wherever they lie under templates/.
        if (auto [other, fresh] = files.emplace(name, file); !fresh) {
            diagnostics.error({file, 0, 0}, "defines template '" + name + "' again (" +
                                                other->second + " does too); rename one");
            continue;
        }
        sources[name] = std::move(*text);
    }
    static std::atomic<std::uint64_t> next_id{0};
    TemplateSet set;
    set.id_ = ++next_id;
    set.files_ = files;
    set.sources_ = sources;
    set.words_ = read_words(site_dir, diagnostics);
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

namespace {

// The templates parsed once per thread and template set: rendering changes the engine's state,
// so threads do not share a parsed template.
mustache::mustache& parsed(std::uint64_t set_id, const std::string& name,
                           const std::string& source) {
    thread_local std::uint64_t cached_set = 0;
    thread_local std::map<std::string, mustache::mustache> cache;
    if (cached_set != set_id) {
        cache.clear();
        cached_set = set_id;
    }
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache.emplace(name, mustache::mustache{source}).first;
        it->second.set_custom_escape([](const std::string& s) { return escape_html(s); });
    }
    return it->second;
}

}  // namespace

std::string TemplateSet::render(const std::string& name, const nlohmann::json& context) const {
    auto it = templates_.find(name);
    assert(it != templates_.end() && "the site plan asked for a template that was not checked");
    mustache::mustache& tmpl = parsed(id_, name, it->second);
    const mustache::data data = to_mustache(context);
    RecordingContext lookup{&data};
    std::string page = tmpl.render(lookup);
    if (!lookup.missing.empty()) {
        const std::set<std::string> sections = section_names(it->second);
        const std::lock_guard<std::mutex> lock(missing_->mutex);
        for (const std::string& missing : lookup.missing)
            if (!sections.count(missing)) missing_->values.insert({name, missing});
    }
    return page;
}

void TemplateSet::report_missing_values(Diagnostics& diagnostics) const {
    const std::lock_guard<std::mutex> lock(missing_->mutex);
    for (const auto& [name, value] : missing_->values) {
        // The file that names it: the template itself, else one of the partials.
        SourceLocation where{files_.count(name) ? files_.at(name) : name, 0, 0};
        for (const auto& [source_name, source] : sources_) {
            if (source_name != name && source_name.front() != '_') continue;
            std::size_t at = source.find("{{" + value + "}}");
            if (at == std::string::npos) at = source.find("{{{" + value + "}}}");
            if (at == std::string::npos) continue;
            const std::string before = source.substr(0, at);
            const std::size_t line_start = before.rfind('\n');
            where = {files_.at(source_name),
                     1 + static_cast<int>(std::count(before.begin(), before.end(), '\n')),
                     1 + static_cast<int>(line_start == std::string::npos
                                              ? before.size()
                                              : before.size() - line_start - 1)};
            if (source_name == name) break;
        }
        diagnostics.error(
            where, "{{" + value + "}} names a value the " + name + " pages do not have (a typo?)");
    }
}

}  // namespace kt
