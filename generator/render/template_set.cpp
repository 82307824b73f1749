#include "render/template_set.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdint>
#include <deque>
#include <kainjow/mustache.hpp>
#include <unordered_map>
#include <regex>

#include "input/source_file.h"
#include "input/words_reader.h"
#include "render/html_escape.h"

namespace kt {

namespace mustache = kainjow::mustache;

namespace {

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

// The engine's lookup, straight into the page's JSON: a value is converted to the engine's
// data when a template first reaches it, and once, so the parts of a page's data no template
// names cost nothing. Remembers the names it could not find.
//
// As the page's data reads: an empty string is false, as in most Mustache engines, so
// {{#note}}…{{/note}} shows only a note that exists; null and false render as nothing; a
// number as JSON writes it. For every list `xs` in an object, `has_xs` is true when it is not
// empty, so a template can wrap a non-empty list in a heading once.
class JsonContext : public mustache::basic_context<std::string> {
  public:
    explicit JsonContext(const nlohmann::json& page) { push(converted(page)); }
    JsonContext(const JsonContext&) = delete;
    JsonContext& operator=(const JsonContext&) = delete;

    void push(const mustache::data* data) override { scopes_.push_back(data); }
    void pop() override { scopes_.pop_back(); }

    const mustache::data* get(const std::string& name) const override {
        if (name == ".") return scopes_.back();
        const std::size_t dot = name.find('.');
        for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
            const mustache::data* found = member(*scope, name.substr(0, dot));
            for (std::size_t at = dot; found && at != std::string::npos;) {
                const std::size_t next = name.find('.', at + 1);
                found = member(found, name.substr(at + 1, next - at - 1));  // npos: the rest
                at = next;
            }
            if (found) return found;
        }
        missing.insert(name);
        return nullptr;
    }
    const mustache::data* get_partial(const std::string&) const override {
        return nullptr;  // partials are included when the templates are loaded
    }

    mutable std::set<std::string> missing;

  private:
    // `name` in an object of the page's data; nullptr when it has none.
    const mustache::data* member(const mustache::data* scope, const std::string& name) const {
        auto object = objects_.find(scope);
        if (object == objects_.end()) return nullptr;
        const nlohmann::json& json = *object->second;
        if (auto it = json.find(name); it != json.end()) return converted(*it);
        if (name.rfind("has_", 0) == 0)
            if (auto list = json.find(name.substr(4)); list != json.end() && list->is_array())
                return list->empty() ? &no_ : &yes_;
        return nullptr;
    }

    const mustache::data* converted(const nlohmann::json& value) const {
        auto [it, fresh] = converted_.try_emplace(&value, nullptr);
        if (fresh) {
            it->second = &store_.emplace_back(shallow(value));
            link(*it->second, value);
        }
        return it->second;
    }

    // The value as the engine's data, objects left empty: their members are looked up in
    // the JSON when asked for (link records where).
    static mustache::data shallow(const nlohmann::json& value) {
        switch (value.type()) {
            case nlohmann::json::value_t::object:
                return mustache::data{mustache::data::type::object};
            case nlohmann::json::value_t::array: {
                mustache::data list{mustache::data::type::list};
                for (const auto& item : value) list.push_back(shallow(item));
                return list;
            }
            case nlohmann::json::value_t::string: {
                const std::string& text = value.get_ref<const std::string&>();
                if (text.empty()) return mustache::data{mustache::data::type::bool_false};
                return mustache::data{text};
            }
            case nlohmann::json::value_t::boolean:
                return mustache::data{value.get<bool>()};
            case nlohmann::json::value_t::null:
            case nlohmann::json::value_t::discarded:
                return mustache::data{mustache::data::type::bool_false};
            default:
                return mustache::data{value.dump()};
        }
    }

    // Records which JSON object each empty object in `data` (made by shallow) stands for.
    void link(const mustache::data& data, const nlohmann::json& value) const {
        if (data.is_object()) {
            objects_[&data] = &value;
        } else if (data.is_list()) {
            auto item = value.begin();
            for (const mustache::data& element : data.list_value()) link(element, *item++);
        }
    }

    std::vector<const mustache::data*> scopes_;
    mutable std::deque<mustache::data> store_;  // addresses stay while it grows
    mutable std::unordered_map<const nlohmann::json*, const mustache::data*> converted_;
    mutable std::unordered_map<const mustache::data*, const nlohmann::json*> objects_;
    const mustache::data yes_{true}, no_{false};
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
        set.sections_[name] = section_names(expanded);
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
    JsonContext lookup{context};
    std::string page = tmpl.render(lookup);
    if (!lookup.missing.empty()) {
        const std::set<std::string>& sections = sections_.at(name);
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
