#include "input/words_reader.h"

#include <map>
#include <set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "input/source_file.h"
#include "input/yaml_fields.h"

namespace kt {

namespace {

// Far more than a language file needs: the program uses about a hundred words, two levels deep.
// The bounds keep a file of aliases that refer to themselves, or that multiply (one alias used
// ten times at each of ten levels), from running without end.
constexpr int kMaxDepth = 8;
constexpr std::size_t kMaxEntries = 10'000;

SourceLocation location_of(const YAML::Node& node) {
    return {kWordsFile, node.Mark().line + 1, node.Mark().column + 1};
}

struct Collected {
    std::map<std::string, std::string, std::less<>> patterns;
    std::map<std::string, SourceLocation> key_at, pattern_at;
    std::map<std::string, YAML::Mark> mapping_of;  // the mapping each key was first found in
    std::set<std::string, std::less<>> invalid;  // keys present, but not as a text
    std::size_t entries = 0;
    bool stopped = false;  // a bound was passed: reported once, the rest left unread
};

// The words under `node`, their keys joined with dots ("rank: {place: …}" is "rank.place").
void collect(const YAML::Node& node, const std::string& prefix, int depth, Collected& out,
             Diagnostics& diagnostics) {
    for (const auto& entry : node) {
        if (out.stopped) return;
        const SourceLocation key_at = location_of(entry.first);
        if (++out.entries > kMaxEntries || depth > kMaxDepth) {
            diagnostics.error(key_at, depth > kMaxDepth
                                          ? "words nested more than " + std::to_string(kMaxDepth) +
                                                " deep (does an alias refer to itself?)"
                                          : "more than " + std::to_string(kMaxEntries) +
                                                " words (do aliases multiply them?)");
            out.stopped = true;
            return;
        }
        const std::string key = prefix + entry.first.as<std::string>("");
        const YAML::Node& value = entry.second;
        const YAML::Mark mapping = node.Mark();
        if (auto first = out.key_at.find(key); first != out.key_at.end()) {
            // A key repeated in one mapping is reported by parse_yaml; this finds the rest,
            // such as "rank.place" beside "rank: {place: …}".
            const YAML::Mark first_mapping = out.mapping_of[key];
            if (first_mapping.line != mapping.line || first_mapping.column != mapping.column)
                diagnostics.error(key_at, "'" + key + "' is defined twice (first at line " +
                                              std::to_string(first->second.line) + ")");
            continue;
        }
        out.key_at[key] = key_at;
        out.mapping_of[key] = mapping;
        if (value.IsMap()) {
            collect(value, key + ".", depth + 1, out, diagnostics);
        } else if (value.IsScalar()) {
            out.patterns[key] = value.Scalar();
            out.pattern_at[key] = location_of(value);
        } else {
            out.invalid.insert(key);
            diagnostics.error(key_at,
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
        diagnostics.error(yaml->IsDefined() && !yaml->IsNull() ? location_of(*yaml)
                                                               : SourceLocation{kWordsFile, 1, 1},
                          "the language file must be a mapping of words, e.g. 'page: "
                          "{not_found: Siden finnes ikke}'");
        return {};
    }
    // A second document ("---") would be ignored: what it says must not be lost silently.
    try {
        if (YAML::LoadAll(*text).size() > 1) {
            diagnostics.error({kWordsFile, 0, 0},
                              "the language file holds more than one YAML document (a line "
                              "'---' or '...'); only one is read");
            return {};
        }
    } catch (const YAML::Exception& e) {
        diagnostics.error({kWordsFile, e.mark.line + 1, e.mark.column + 1},
                          "YAML syntax: " + e.msg);
        return {};
    }
    Collected words;
    collect(*yaml, "", 0, words, diagnostics);
    if (words.stopped) return {};
    std::set<std::string, std::less<>> used;
    for (const WordKey& key : word_keys()) {
        used.insert(key.key);
        auto pattern = words.patterns.find(key.key);
        if (pattern == words.patterns.end()) {
            if (words.invalid.count(key.key)) continue;  // reported where it is
            diagnostics.error({kWordsFile, 0, 0}, "the word '" + std::string(key.key) +
                                                      "' is missing (the program gives it " +
                                                      values_given(key) + ")");
            continue;
        }
        if (std::string error = word_pattern_error(key, pattern->second); !error.empty())
            diagnostics.error(words.pattern_at.at(pattern->first),
                              "'" + pattern->first + "' " + error);
    }
    // The workbooks' sheets need names Excel tells apart, whatever their case.
    std::map<std::string, std::string> sheets;  // lower-case name -> key
    for (const auto& [key, pattern] : words.patterns) {
        if (!key.starts_with("download.sheet_")) continue;
        std::string lower;
        icu::UnicodeString(icu::UnicodeString::fromUTF8(pattern))
            .toLower(icu::Locale::getRoot())
            .toUTF8String(lower);
        auto [it, added] = sheets.try_emplace(lower, key);
        if (added) continue;
        // Reported at the later of the two in the file.
        std::string first = it->second, second = key;
        if (words.pattern_at.at(second).line < words.pattern_at.at(first).line) std::swap(first, second);
        diagnostics.error(words.pattern_at.at(second), "'" + second + "' names the same sheet as '" +
                                                           first + "' (Excel ignores case)");
    }
    for (const auto& [key, pattern] : words.patterns)
        if (!used.count(key))
            diagnostics.error(words.key_at.at(key),
                              "the program uses no word '" + key +
                                  "' (a misspelt key? every key is listed in the demo site's "
                                  "language file)");
    return Words(std::move(words.patterns));
}

}  // namespace kt
