#include "input/yaml_fields.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "input/ssb_symbol.h"

namespace kt {

namespace {

// yaml-cpp keeps both entries of a repeated key and looks up the first, so the second would
// be lost without a word. Each collection is visited once (an alias shares its anchor's
// node, and so its position), so a document of nested aliases is walked in linear time.
void report_duplicate_keys(const YAML::Node& node, const std::string& file, int first_line,
                           std::set<std::pair<int, int>>& visited, Diagnostics& diagnostics) {
    if (!node.IsMap() && !node.IsSequence()) return;
    const YAML::Mark mark = node.Mark();
    if (!visited.insert({mark.line, mark.column}).second) return;
    if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            report_duplicate_keys(item, file, first_line, visited, diagnostics);
        return;
    }
    std::map<std::string, int> first_lines;
    for (const auto& entry : node) {
        if (entry.first.IsScalar()) {
            const YAML::Mark key = entry.first.Mark();
            const auto [seen, inserted] =
                first_lines.emplace(entry.first.Scalar(), first_line + key.line);
            if (!inserted)
                diagnostics.error({file, first_line + key.line, key.column + 1},
                                  "the key '" + entry.first.Scalar() +
                                      "' is given twice in this mapping (first at line " +
                                      std::to_string(seen->second) +
                                      "); only one would be read");
        }
        report_duplicate_keys(entry.second, file, first_line, visited, diagnostics);
    }
}

}  // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& file,
                                     int first_line, Diagnostics& diagnostics) {
    try {
        YAML::Node root = YAML::Load(text);
        std::set<std::pair<int, int>> visited;
        report_duplicate_keys(root, file, first_line, visited, diagnostics);
        return root;
    } catch (const YAML::ParserException& e) {
        diagnostics.error({file, first_line + e.mark.line, e.mark.column + 1},
                          "YAML syntax: " + e.msg);
    }
    return std::nullopt;
}

YamlColumns::~YamlColumns() {
    // Where each line starts, found once.
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') starts.push_back(i + 1);
    for (Diagnostic& d : diagnostics_.since(from_)) {
        if (d.where.file != file_ || d.where.line < 1 || d.where.column <= 1 ||
            static_cast<std::size_t>(d.where.line) > starts.size())
            continue;
        const std::size_t start = starts[d.where.line - 1];
        const std::size_t end = std::min(text_.size(), start + (d.where.column - 1));
        int characters = 0;
        for (std::size_t i = start; i < end; ++i)
            characters += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        d.where.column = characters + 1;
    }
}

YamlFields::YamlFields(const YAML::Node& map, std::string file, int first_line,
                       Diagnostics& diagnostics)
    : map_(map), file_(std::move(file)), first_line_(first_line), diagnostics_(diagnostics) {}

SourceLocation YamlFields::location_of(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file_, 0, 0};
    return {file_, first_line_ + mark.line, mark.column + 1};
}

void YamlFields::check_known_keys(std::initializer_list<const char*> known) {
    for (const auto& entry : map_) {
        const std::string key = entry.first.Scalar();
        bool found = false;
        for (const char* k : known) found = found || key == k;
        if (found) continue;
        std::string list;
        for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
        diagnostics_.error(location_of(entry.first),
                           "unknown key '" + key + "' (known: " + list + ")");
    }
}

void YamlFields::error_at(const std::string& key, const std::string& message) {
    const YAML::Node node = map_[key];
    diagnostics_.error(node ? location_of(node) : where(), message);
}

std::optional<std::string> YamlFields::scalar(const std::string& key) {
    const YAML::Node node = map_[key];
    if (!node || node.IsNull()) return std::nullopt;
    if (!node.IsScalar()) {
        diagnostics_.error(location_of(node), "'" + key + "' must be a single value");
        return std::nullopt;
    }
    return node.Scalar();
}

std::string YamlFields::required_string(const std::string& key) {
    const YAML::Node node = map_[key];
    if (!node || node.IsNull()) {
        diagnostics_.error(where(), "missing required key '" + key + "'");
        return "";
    }
    auto value = scalar(key);
    if (value && value->empty()) error_at(key, "'" + key + "' must not be empty");
    return value.value_or("");
}

std::string YamlFields::optional_string(const std::string& key, const std::string& fallback) {
    return scalar(key).value_or(fallback);
}

std::optional<double> YamlFields::optional_number(const std::string& key) {
    auto value = scalar(key);
    if (!value) return std::nullopt;
    auto number = parse_plain_number(*value);
    if (!number) error_at(key, "'" + key + "' must be a number, not '" + *value + "'");
    return number;
}

std::optional<bool> YamlFields::optional_bool(const std::string& key) {
    auto value = scalar(key);
    if (!value) return std::nullopt;
    if (*value == "true") return true;
    if (*value == "false") return false;
    error_at(key, "'" + key + "' must be true or false, not '" + *value + "'");
    return std::nullopt;
}

int YamlFields::optional_int(const std::string& key, int fallback) {
    auto number = optional_number(key);
    if (!number) return fallback;
    if (*number < -1e9 || *number > 1e9 || *number != static_cast<int>(*number)) {
        error_at(key, "'" + key + "' must be a whole number");
        return fallback;
    }
    return static_cast<int>(*number);
}

}  // namespace kt
