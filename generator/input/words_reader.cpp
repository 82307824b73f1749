#include "input/words_reader.h"

#include <set>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

namespace {

SourceLocation location_of(const YAML::Node& node) {
    return {kWordsFile, node.Mark().line + 1, node.Mark().column + 1};
}

// The words under `node`, their keys joined with dots ("rank: {place: …}" is "rank.place").
void collect(const YAML::Node& node, const std::string& prefix,
             std::map<std::string, std::string, std::less<>>& patterns,
             std::map<std::string, SourceLocation>& key_at,
             std::map<std::string, SourceLocation>& pattern_at, Diagnostics& diagnostics) {
    for (const auto& entry : node) {
        const std::string key = prefix + entry.first.as<std::string>("");
        const YAML::Node& value = entry.second;
        if (value.IsMap()) {
            collect(value, key + ".", patterns, key_at, pattern_at, diagnostics);
        } else if (value.IsScalar()) {
            patterns[key] = value.Scalar();
            key_at[key] = location_of(entry.first);
            pattern_at[key] = location_of(value);
        } else {
            diagnostics.error(location_of(value),
                              "'" + key + "' must be a text, or a mapping of words under it");
        }
    }
}

}  // namespace

Words read_words(const std::filesystem::path& site_dir, Diagnostics& diagnostics) {
    if (!std::filesystem::exists(site_dir / kWordsFile)) {
        diagnostics.error({kWordsFile, 0, 0},
                          "the language file is missing: it holds the words the program puts "
                          "into pages (copy the demo site's, or start from `kommunetall new`)");
        return {};
    }
    auto text = read_site_text(site_dir, kWordsFile, diagnostics);
    if (!text) return {};
    const YamlColumns columns(diagnostics, kWordsFile, *text);
    auto yaml = parse_yaml(*text, kWordsFile, 1, diagnostics);
    if (!yaml) return {};
    if (!yaml->IsMap()) {
        diagnostics.error({kWordsFile, 1, 1},
                          "the language file must be a mapping of words, e.g. 'plass: Plass "
                          "{place} av {count}'");
        return {};
    }
    std::map<std::string, std::string, std::less<>> patterns;
    std::map<std::string, SourceLocation> key_at, pattern_at;
    collect(*yaml, "", patterns, key_at, pattern_at, diagnostics);
    std::set<std::string, std::less<>> used;
    for (const WordKey& key : word_keys()) {
        used.insert(key.key);
        auto pattern = patterns.find(key.key);
        if (pattern == patterns.end()) {
            std::string arguments;
            for (const auto* names : {&key.texts, &key.numbers})
                for (const char* a : *names) arguments += " {" + std::string(a) + "}";
            diagnostics.error({kWordsFile, 0, 0},
                              "the word '" + std::string(key.key) + "' is missing" +
                                  (arguments.empty() ? "" : " (it can use" + arguments + ")"));
            continue;
        }
        if (std::string error = word_pattern_error(key, pattern->second); !error.empty())
            diagnostics.error(pattern_at.at(pattern->first), "'" + pattern->first + "' " + error);
    }
    for (const auto& [key, pattern] : patterns)
        if (!used.count(key))
            diagnostics.error(key_at.at(key), "the program uses no word '" + key +
                                                  "' (a misspelt key? every key is listed in "
                                                  "the demo site's language file)");
    return Words(std::move(patterns));
}

}  // namespace kt
