#include "model/collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace kt {
namespace {

std::unique_ptr<icu::Collator> make_collator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale("nb"), status));
    // U_USING_FALLBACK_WARNING is expected: nb's rules are shared with "no".
    if (U_FAILURE(status) || !collator) {
        throw std::runtime_error(std::string("ICU collator setup failed: ") + u_errorName(status));
    }
    return collator;
}

// ICU does not document concurrent use of one Collator as safe, so every thread gets
// its own. All NorwegianCollator objects are configured the same, so they can share
// the per-thread instance; ICU shares the underlying rule data between instances.
const icu::Collator& thread_collator() {
    thread_local const std::unique_ptr<icu::Collator> collator = make_collator();
    return *collator;
}

icu::StringPiece piece(std::string_view s) {
    return icu::StringPiece(s.data(), static_cast<int32_t>(s.size()));
}

}  // namespace

NorwegianCollator::NorwegianCollator() {
    thread_collator();  // report missing ICU data at construction, not at first use
}

int NorwegianCollator::compare(std::string_view a, std::string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = thread_collator().compareUTF8(piece(a), piece(b), status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU collation failed: ") + u_errorName(status));
    }
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

std::string initial_letter(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU normalizer setup failed: ") +
                                 u_errorName(status));
    }
    // NFC so that "a" + combining ring counts as the letter "å".
    const icu::UnicodeString text =
        nfc->normalize(icu::UnicodeString::fromUTF8(piece(name)), status);
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (!u_isalnum(c)) continue;
        // A leading "aa" is the old spelling of "å" and sorts as one (see collation.h), so
        // "Aarborte" is listed under Å, where the collator puts it.
        const UChar32 next = text.char32At(text.moveIndex32(i, 1));
        if ((c == 'a' || c == 'A') && (next == 'a' || next == 'A')) return "\u00C5";
        icu::UnicodeString letter(c);
        letter.toUpper(icu::Locale("nb"));
        std::string out;
        letter.toUTF8String(out);
        return out;
    }
    return "";
}

std::vector<const Area*> sorted_by_name(std::vector<const Area*> areas,
                                        const NorwegianCollator& collator) {
    std::stable_sort(areas.begin(), areas.end(), [&](const Area* a, const Area* b) {
        const int c = collator.compare(a->name, b->name);
        return c != 0 ? c < 0 : a->code < b->code;
    });
    return areas;
}

}  // namespace kt
