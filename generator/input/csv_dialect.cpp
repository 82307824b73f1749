#include "input/csv_dialect.h"

#include <array>
#include <cctype>

namespace kt {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

struct Candidate {
    char delimiter;
    const char* shown;  // as the message names it
    int count = 0;
};

bool is_blank_line(std::string_view line) { return line.empty() || line == "\r"; }

}  // namespace

std::optional<char> detect_delimiter(std::string_view utf8_text, const std::string& file,
                                     Diagnostics& diagnostics) {
    std::string_view text = utf8_text;
    if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());

    // The first line that is not blank: the header.
    int line = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view candidate = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!is_blank_line(candidate) || end == std::string_view::npos) break;
        start = end + 1;
        ++line;
    }

    // Counted up to the end of the first record: a quoted header may hold a newline.
    std::array<Candidate, 3> candidates{{{';', "`;`"}, {',', "`,`"}, {'\t', "tab"}}};
    bool quoted = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice
            continue;
        }
        if (quoted) continue;
        if (c == '\n') break;
        for (Candidate& candidate : candidates)
            if (c == candidate.delimiter) ++candidate.count;
    }

    const Candidate* best = &candidates[0];
    for (const Candidate& candidate : candidates)
        if (candidate.count > best->count) best = &candidate;
    const SourceLocation where{file, line, 0};
    if (best->count == 0) {
        diagnostics.error(where,
                          "cannot tell the delimiter: the first line has no `;`, `,` or tab; set "
                          "`delimiter:` in the data description");
        return std::nullopt;
    }
    for (const Candidate& other : candidates) {
        if (&other == best || other.count != best->count) continue;
        diagnostics.error(where, "cannot tell the delimiter: the first line has " +
                                     std::to_string(best->count) + " " + best->shown + " and " +
                                     std::to_string(other.count) + " " + other.shown +
                                     "; set `delimiter:` in the data description");
        return std::nullopt;
    }
    return best->delimiter;
}

std::optional<char> parse_delimiter_name(std::string_view name) {
    if (name == ";") return ';';
    if (name == ",") return ',';
    if (name == "\t" || name == "\\t") return '\t';
    if (name.size() == 3 && std::tolower(static_cast<unsigned char>(name[0])) == 't' &&
        std::tolower(static_cast<unsigned char>(name[1])) == 'a' &&
        std::tolower(static_cast<unsigned char>(name[2])) == 'b')
        return '\t';
    return std::nullopt;
}

}  // namespace kt
