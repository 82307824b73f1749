#pragma once
// The site's Mustache templates (templates/*.mustache), rendered with JSON contexts.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "model/diagnostics.h"

namespace kt {

inline constexpr const char* kTemplateDir = "templates";

class TemplateSet {
public:
    // Reads every templates/*.mustache (the name is the file name without extension) and
    // reports templates that do not parse. Templates whose names start with "_" are partials,
    // included with {{> _name}} (an unknown or self-including partial is an error).
    static TemplateSet load(const std::filesystem::path& site_dir, Diagnostics& diagnostics);

    bool has(const std::string& name) const { return templates_.count(name) > 0; }
    // {{name}} is HTML-escaped, {{{name}}} is not. Numbers in the context are rendered as
    // JSON writes them, so contexts carry preformatted text for anything a reader sees.
    // For every list `xs` in an object, `has_xs` is true when it is not empty, so a template
    // can wrap a non-empty list in a heading once. An empty string counts as false in a
    // section, like null. Safe to call from several threads.
    std::string render(const std::string& name, const nlohmann::json& context) const;

private:
    std::map<std::string, std::string> templates_;  // name -> source with partials included
};

}  // namespace kt
