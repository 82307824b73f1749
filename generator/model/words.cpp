#include "model/words.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <stdexcept>

namespace kt {

namespace {

icu::UnicodeString unicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The patterns parsed once per thread and word set: ICU's MessageFormat makes its number
// formats lazily, so threads do not share one.
const icu::MessageFormat& parsed(std::uint64_t set_id, const std::string& key,
                                 const std::string& pattern) {
    thread_local std::uint64_t cached_set = 0;
    thread_local std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> cache;
    if (cached_set != set_id) {
        cache.clear();
        cached_set = set_id;
    }
    auto it = cache.find(key);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        auto format =
            std::make_unique<icu::MessageFormat>(unicode(pattern), icu::Locale("nb"), status);
        if (U_FAILURE(status))
            throw std::logic_error("the word '" + key + "' was not checked: " + pattern);
        it = cache.emplace(key, std::move(format)).first;
    }
    return *it->second;
}

using Arguments = std::vector<std::pair<std::string_view, Words::Argument>>;

// `format` with its named arguments filled in; ICU's status in `status`.
std::string filled_in(const icu::MessageFormat& format, const Arguments& arguments,
                      UErrorCode& status) {
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const auto& [name, value] : arguments) {
        names.push_back(unicode(name));
        if (const auto* text = std::get_if<std::string_view>(&value))
            values.emplace_back(unicode(*text));
        else
            values.emplace_back(std::get<double>(value));
    }
    icu::UnicodeString out;
    format.format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
    return utf8(out);
}

}  // namespace

Words::Words(std::map<std::string, std::string, std::less<>> patterns)
    : patterns_(std::move(patterns)) {
    static std::atomic<std::uint64_t> next_id{0};
    id_ = ++next_id;
}

std::string Words::operator()(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, Argument>> arguments) const {
    auto pattern = patterns_.find(key);
    if (pattern == patterns_.end())
        throw std::logic_error("no word '" + std::string(key) + "' (is it in word_keys()?)");
    const icu::MessageFormat& format = parsed(id_, pattern->first, pattern->second);
    UErrorCode status = U_ZERO_ERROR;
    std::string out = filled_in(format, Arguments(arguments), status);
    if (U_FAILURE(status))
        throw std::logic_error("the word '" + std::string(key) +
                               "' did not format: " + u_errorName(status));
    return out;
}

std::string values_given(const WordKey& key) {
    auto listed = [](const std::vector<const char*>& names) {
        std::string out;
        for (const char* name : names) out += (out.empty() ? "{" : ", {") + std::string(name) + "}";
        return out;
    };
    std::string given = listed(key.texts);
    if (!key.numbers.empty())
        given += (given.empty() ? "" : "; ") + std::string("the numbers ") + listed(key.numbers);
    return given.empty() ? "nothing" : given;
}

std::string word_pattern_error(const WordKey& key, const std::string& pattern) {
    // ICU parses nested choices recursively: a pattern nested thousands deep would exhaust the
    // stack. No word needs more than a few levels or a few thousand characters.
    constexpr std::size_t kMaxLength = 10'000;
    constexpr int kMaxNesting = 20;
    if (pattern.size() > kMaxLength)
        return "is longer than " + std::to_string(kMaxLength) + " bytes";
    int nesting = 0, deepest = 0;
    for (char c : pattern) {
        nesting += c == '{' ? 1 : c == '}' ? -1 : 0;
        deepest = std::max(deepest, nesting);
    }
    if (deepest > kMaxNesting)
        return "nests braces more than " + std::to_string(kMaxNesting) + " deep";
    // A workbook's sheet name, by Excel's rules (which libxlsxwriter enforces when writing).
    if (std::string_view(key.key).starts_with("download.sheet_")) {
        const auto characters = unicode(pattern).countChar32();
        icu::UnicodeString lower = unicode(pattern);
        lower.toLower(icu::Locale::getRoot());
        if (characters == 0 || characters > 31 ||
            pattern.find_first_of("[]:*?/\\") != std::string::npos || pattern.front() == '\'' ||
            pattern.back() == '\'' || lower == icu::UnicodeString("history"))
            return "is not a name Excel allows for a sheet: 1 to 31 characters, none of "
                   "[ ] : * ? / \\, not starting or ending with ', not History";
    }

    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parts(unicode(pattern), &where, status);
    if (U_FAILURE(status))
        return "does not parse as a message pattern (" + std::string(u_errorName(status)) +
               "; a { or } meant as text is written '{' or '}')";
    const std::string given = values_given(key);
    auto is_in = [](const std::vector<const char*>& names, const std::string& name) {
        return std::any_of(names.begin(), names.end(), [&](const char* n) { return name == n; });
    };
    for (int i = 0; i < parts.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parts.getPart(i);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
        const UMessagePatternArgType type = part.getArgType();
        const icu::MessagePattern::Part& name_part = parts.getPart(i + 1);
        if (name_part.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER)
            return "names a value by number; name it (the program gives it " + given + ")";
        const std::string name = utf8(parts.getSubstring(name_part));
        const bool text = is_in(key.texts, name), number = is_in(key.numbers, name);
        if (!text && !number)
            return "names {" + name + "}, which the program does not give it (it gives " + given +
                   ")";
        if (type == UMSGPAT_ARG_TYPE_SELECT && !text)
            return "chooses by {" + name + "} with select, but it is a number: use plural";
        if (type != UMSGPAT_ARG_TYPE_SELECT && type != UMSGPAT_ARG_TYPE_NONE && !number)
            return "formats {" + name + "} as a number, but it is a text: use select, or {" + name +
                   "} alone";
    }
    // What parses can still be refused when it is built ({n, number, ::foo}) or used: try it.
    icu::MessageFormat format(unicode(pattern), icu::Locale("nb"), where, status);
    Arguments samples;
    for (const char* name : key.texts) samples.emplace_back(name, "x");
    for (const char* name : key.numbers) samples.emplace_back(name, 1.0);
    if (U_SUCCESS(status)) filled_in(format, samples, status);
    if (U_FAILURE(status))
        return "cannot be used as a message pattern (" + std::string(u_errorName(status)) + ")";
    return "";
}

}  // namespace kt
