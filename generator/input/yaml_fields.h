#pragma once
// Typed access to YAML mappings with diagnostics that point at the offending node.
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>

#include "model/diagnostics.h"

namespace kt {

// Parses a YAML document; a syntax error becomes a diagnostic at its line and column.
// `first_line` is the file line where `text` starts (front matter starts at line 2).
std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& file,
                                     int first_line, Diagnostics& diagnostics);

// YAML counts columns in bytes, diagnostics in characters ("æ" is one). While it lives, the
// diagnostics about `file` are reported in YAML's columns; on leaving, they are restated in
// characters, from the file's `text`.
class YamlColumns {
  public:
    YamlColumns(Diagnostics& diagnostics, std::string file, const std::string& text)
        : diagnostics_(diagnostics), file_(std::move(file)), text_(text),
          from_(diagnostics.all().size()) {}
    ~YamlColumns();
    YamlColumns(const YamlColumns&) = delete;
    YamlColumns& operator=(const YamlColumns&) = delete;

  private:
    Diagnostics& diagnostics_;
    std::string file_;
    const std::string& text_;
    std::size_t from_;
};

// Reads the fields of one YAML mapping, reporting wrong types and missing required keys.
class YamlFields {
  public:
    YamlFields(const YAML::Node& map, std::string file, int first_line, Diagnostics& diagnostics);

    std::string required_string(const std::string& key);
    std::string optional_string(const std::string& key, const std::string& fallback = "");
    std::optional<double> optional_number(const std::string& key);
    std::optional<bool> optional_bool(const std::string& key);
    int optional_int(const std::string& key, int fallback);

    // Reports every key that is not in `known` (a misspelt key must not be ignored silently).
    void check_known_keys(std::initializer_list<const char*> known);

    SourceLocation where() const { return location_of(map_); }
    SourceLocation location_of(const YAML::Node& node) const;
    void error_at(const std::string& key, const std::string& message);

  private:
    std::optional<std::string> scalar(const std::string& key);

    YAML::Node map_;
    std::string file_;
    int first_line_;
    Diagnostics& diagnostics_;
};

}  // namespace kt
