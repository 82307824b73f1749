#include "render/slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/memo.h"

namespace kt {
namespace {

// NFD + removing combining marks first, so decomposed input ("a" + U+030A) gives the
// same slug as precomposed; Latin-ASCII then maps the letters that do not decompose
// (æ, ø, đ, ŋ, ŧ, ...).
constexpr const char* transliteration =
    "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";

std::unique_ptr<icu::Transliterator> make_transliterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(transliteration), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) {
        throw std::runtime_error(std::string("ICU transliterator setup failed: ") +
                                 u_errorName(status));
    }
    return t;
}

bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string slug_of(std::string_view utf8_name) {
    // Creating a transliterator is expensive and sharing one is not documented as
    // thread-safe: keep one per thread.
    thread_local const std::unique_ptr<icu::Transliterator> transliterator = make_transliterator();
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8_name.data(), static_cast<int32_t>(utf8_name.size())));
    transliterator->transliterate(text);
    std::string ascii;
    text.toUTF8String(ascii);

    std::string slug;
    bool pending_hyphen = false;
    for (const char c : ascii) {
        if (is_slug_char(c)) {
            if (pending_hyphen && !slug.empty()) slug += '-';
            pending_hyphen = false;
            slug += c;
        } else {
            pending_hyphen = true;
        }
    }
    return slug;
}

// Looks names up without copying them into a std::string first.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>{}(text);
    }
};

}  // namespace

std::string slugify(std::string_view utf8_name) {
    // Pages name the same areas and indicators over and over, and transliterating is slow.
    thread_local std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> made;
    return remembered(made, utf8_name, [&] { return slug_of(utf8_name); });
}

std::string area_slug(const Area& area) {
    const std::string name_slug = slugify(area.name);
    if (name_slug.empty()) return area.code;
    return area.code + "-" + name_slug;
}

}  // namespace kt
