#pragma once
// The site's presentation: its Mustache templates (templates/*.mustache), rendered with JSON
// contexts, and the words the program puts into pages (templates/words.yaml).
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "model/diagnostics.h"
#include "model/words.h"

namespace kt {

inline constexpr const char* kTemplateDir = "templates";

class TemplateSet {
  public:
    // Reads every templates/*.mustache (the name is the file name without extension) and
    // reports templates that do not parse. Templates whose names start with "_" are partials,
    // included with {{> _name}} (an unknown or self-including partial is an error). Reads the
    // words too (read_words).
    static TemplateSet load(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

    bool has(const std::string& name) const { return templates_.count(name) > 0; }
    const Words& words() const { return words_; }
    // {{name}} is HTML-escaped, {{{name}}} is not. Numbers in the context are rendered as
    // JSON writes them, so contexts carry preformatted text for anything a reader sees.
    // For every list `xs` in an object, `has_xs` is true when it is not empty, so a template
    // can wrap a non-empty list in a heading once. An empty string counts as false in a
    // section, like null. The engine reads the context where it lies: only the values a
    // template reaches are converted, once. Safe to call from several threads.
    std::string render(const std::string& name, const nlohmann::json& context) const;

    // Reports every {{value}} a rendered page did not have, at the template file and line that
    // names it: a typo ({{area.nmae}}) must not empty a heading on every page silently. Only
    // names used as plain values count; a name that is also a section ({{#note}}) may be
    // absent. Call after rendering.
    void report_missing_values(Diagnostics& diagnostics) const;

  private:
    std::uint64_t id_ = 0;  // unique to each load: the key of the parsed templates' cache
    std::map<std::string, std::string> templates_;  // name -> source with partials included
    // name -> the names its source uses as sections ({{#x}}, {{^x}}), which may be absent
    std::map<std::string, std::set<std::string>> sections_;
    std::map<std::string, std::string> files_;      // name -> its file, partials too
    std::map<std::string, std::string> sources_;    // name -> its own text, partials too
    Words words_;
    // (template, value name) of plain values some page did not have; filled while rendering,
    // from any thread.
    struct Missing {
        std::mutex mutex;
        std::set<std::pair<std::string, std::string>> values;
    };
    std::shared_ptr<Missing> missing_ = std::make_shared<Missing>();
};

}  // namespace kt
