#include "input/text_decoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace kt {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
constexpr const char* mid_bom_message =
    "byte-order mark in the middle of the file (were two files joined?)";

// ICU's confidence grows with the share of the sample's letter trigrams that are common in a
// language the encoding serves; 10 is what it gives an encoding it merely cannot rule out (UTF-16
// without a byte-order mark). Lines of Norwegian CSV in ISO-8859-1 / windows-1252 scored 24 to 70
// in our trials (the two IMDi exports 45 and 48); below 20 the sample has too few letters to tell
// one 8-bit encoding from another, and saying so beats a guess.
constexpr int minimum_confidence = 20;

// u_strToUTF8 counts in int32_t and a UTF-16 unit becomes at most 3 UTF-8 bytes.
constexpr std::size_t largest_file = INT32_MAX / 3;

enum class Encoding { utf8, iso_8859_1, windows_1252 };

const char* canonical_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::utf8:
            return "utf-8";
        case Encoding::iso_8859_1:
            return "iso-8859-1";
        case Encoding::windows_1252:
            return "windows-1252";
    }
    return "";
}

const char* icu_converter_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::utf8:
            return "UTF-8";
        case Encoding::iso_8859_1:
            return "ISO-8859-1";
        case Encoding::windows_1252:
            return "windows-1252";
    }
    return "";
}

// Compared without case, '-', '_' and spaces, so "UTF8", "ISO_8859-1" and "Windows 1252" count.
std::optional<Encoding> encoding_named(std::string_view name) {
    std::string key;
    for (char c : name)
        if (c != '-' && c != '_' && c != ' ')
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == "utf8") return Encoding::utf8;
    if (key == "iso88591" || key == "latin1" || key == "l1") return Encoding::iso_8859_1;
    if (key == "windows1252" || key == "cp1252" || key == "win1252") return Encoding::windows_1252;
    return std::nullopt;
}

std::string hex_byte(unsigned char byte) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

struct TextPosition {
    int line = 1;
    int column = 1;
};

SourceLocation located(const std::string& file, TextPosition at) {
    return {file, at.line, at.column};
}

// Where the character after the first `count` decoded units lies. Columns count code points
// (a surrogate pair is one character), as parse_csv counts them.
TextPosition position_after(const std::vector<UChar>& units, std::size_t count) {
    TextPosition at;
    for (std::size_t i = 0; i < count; ++i) {
        if (units[i] == u'\n') {
            ++at.line;
            at.column = 1;
        } else if (!U16_IS_TRAIL(units[i])) {
            ++at.column;
        }
    }
    return at;
}

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

struct Utf16Text {
    std::vector<UChar> units;  // the text up to the first byte the encoding rejects
    std::string rejected;      // that byte (sequence), empty when all bytes converted
    bool truncated = false;    // the rejected bytes are a character cut off by the end of file
};

// One ICU conversion of the whole file into UTF-16. The STOP callback makes ICU halt at the
// first illegal or unmapped byte instead of substituting U+FFFD, so the caller can say where.
// nullopt only when ICU cannot open its converter: the installation is broken.
std::optional<Utf16Text> to_utf16(std::string_view bytes, Encoding encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(
        ucnv_open(icu_converter_name(encoding), &status));
    if (U_FAILURE(status)) return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status)) return std::nullopt;

    // A byte gives at most one UTF-16 unit (a 4-byte UTF-8 sequence gives two), so one buffer
    // of the file's size holds everything: a single pass, no reallocation.
    Utf16Text result;
    result.units.resize(bytes.size());
    UChar* target = result.units.data();
    const char* source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, result.units.data() + result.units.size(), &source,
                   bytes.data() + bytes.size(), nullptr, true, &status);
    result.units.resize(static_cast<std::size_t>(target - result.units.data()));
    if (U_FAILURE(status)) {
        if (status == U_BUFFER_OVERFLOW_ERROR) return std::nullopt;  // cannot happen, see above
        char rejected[32];
        int8_t length = sizeof rejected;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), rejected, &length, &ignored);
        result.rejected.assign(rejected, U_SUCCESS(ignored) ? static_cast<std::size_t>(length) : 0);
        if (result.rejected.empty()) result.rejected = std::string(1, '\0');
        result.truncated = status == U_TRUNCATED_CHAR_FOUND;
    }
    return result;
}

std::string to_utf8(const std::vector<UChar>& units) {
    const auto count = static_cast<int32_t>(units.size());
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &length, units.data(), count, &status);  // measures
    std::string text(static_cast<std::size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(text.data(), length, &length, units.data(), count, &status);
    return text;
}

struct Suspect {
    std::size_t index = 0;  // in the decoded units
    std::string message;
};

// The first character that decodes without complaint from ICU but cannot be right: a NUL
// (UTF-16 text is mostly NUL bytes and ASCII, which is well-formed UTF-8), a byte-order mark
// after the start, and in the 8-bit encodings the UTF-8 byte-order mark's
// bytes or a byte in 0x80-0x9F (C1 controls in ISO-8859-1, which no export contains; ICU maps
// the five undefined windows-1252 bytes to the same C1 code points).
std::optional<Suspect> first_suspect(const std::vector<UChar>& units, Encoding encoding) {
    const std::size_t size = units.size();
    for (std::size_t i = 0; i < size; ++i) {
        const UChar unit = units[i];
        if (unit == 0)
            return Suspect{i,
                           "NUL byte: this is not text in utf-8, iso-8859-1 or windows-1252 "
                           "(is it UTF-16, or a spreadsheet file?); save it as CSV in UTF-8"};
        if (unit < 0x80) continue;
        if (unit == 0xFEFF) return Suspect{i, mid_bom_message};
        if (encoding == Encoding::utf8) continue;
        if (unit == 0xEF && i + 2 < size && units[i + 1] == 0xBB && units[i + 2] == 0xBF)
            return Suspect{i, mid_bom_message};
        if (unit <= 0x9F) {
            const std::string byte = hex_byte(static_cast<unsigned char>(unit));
            if (encoding == Encoding::iso_8859_1)
                return Suspect{i, "byte " + byte +
                                      " is a control character in ISO-8859-1, which no export "
                                      "contains; the file is probably windows-1252: say "
                                      "`encoding: windows-1252` in the data description"};
            return Suspect{i, "byte " + byte +
                                  " is not defined in windows-1252; is the file in another "
                                  "encoding? name it with `encoding:` in the data description"};
        }
    }
    return std::nullopt;
}

std::string rejected_message(const Utf16Text& converted, Encoding encoding) {
    const std::string byte = hex_byte(static_cast<unsigned char>(converted.rejected.front()));
    if (encoding != Encoding::utf8)
        return "byte " + byte + " cannot be read as " + canonical_name(encoding);
    const std::string what =
        converted.truncated
            ? "incomplete UTF-8 character at the end of the file (byte " + byte + ")"
            : "invalid UTF-8 byte " + byte;
    return what +
           "; is the file ISO-8859-1 / windows-1252? say so with `encoding:` in the data "
           "description";
}

std::optional<DecodedText> decode_as(std::string_view bytes, Encoding encoding,
                                     const std::string& file, Diagnostics& diagnostics) {
    const std::optional<Utf16Text> converted = to_utf16(bytes, encoding);
    if (!converted) {
        diagnostics.error({file, 0, 0}, std::string("ICU cannot open its converter for ") +
                                            canonical_name(encoding) +
                                            " (is the ICU data installed?)");
        return std::nullopt;
    }
    bool failed = false;
    if (auto suspect = first_suspect(converted->units, encoding)) {
        diagnostics.error(located(file, position_after(converted->units, suspect->index)),
                          suspect->message);
        failed = true;
    }
    if (!converted->rejected.empty()) {
        diagnostics.error(located(file, position_after(converted->units, converted->units.size())),
                          rejected_message(*converted, encoding));
        failed = true;
    }
    if (failed) return std::nullopt;
    return DecodedText{to_utf8(converted->units), canonical_name(encoding)};
}

// What a pass over the bytes as UTF-8 finds, to tell UTF-8, 8-bit and mixed files apart.
struct Utf8Survey {
    std::optional<TextPosition> invalid_at;  // the first byte that is not UTF-8
    unsigned char invalid_byte = 0;
    std::optional<TextPosition> multibyte_at;  // the first well-formed multi-byte character
    std::optional<TextPosition> bom;  // the first U+FEFF (the leading one is already removed)
};

Utf8Survey survey_utf8(std::string_view bytes) {
    Utf8Survey survey;
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t length = bytes.size();
    TextPosition at;
    std::size_t i = 0;
    while (i < length) {
        const std::size_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);  // an ill-formed sequence counts as one character
        if (c < 0) {
            if (!survey.invalid_at) {
                survey.invalid_at = at;
                survey.invalid_byte = s[start];
            }
        } else if (c == 0xFEFF) {
            if (!survey.bom) survey.bom = at;
        } else if (i - start > 1 && !survey.multibyte_at) {
            survey.multibyte_at = at;
        }
        if (c == '\n') {
            ++at.line;
            at.column = 1;
        } else {
            ++at.column;
        }
    }
    return survey;
}

bool is_western_8bit(std::string_view icu_name) {
    return icu_name == "ISO-8859-1" || icu_name == "windows-1252";
}

// ICU's detector reads no more than the first 8 KB it is given, where an export may hold nothing
// but ASCII (a header and rows of numbers), and ASCII words make any 8-bit text look like
// ISO-8859-1 (Cyrillic and Greek names under a Norwegian header came out as ISO-8859-1 with 24
// to 33). The lines with non-ASCII bytes are the evidence, so those alone are what it is shown.
std::string detector_sample(std::string_view bytes) {
    constexpr std::size_t sample_size = 8000;
    std::string sample;
    std::size_t start = 0;
    while (start < bytes.size() && sample.size() < sample_size) {
        std::size_t end = bytes.find('\n', start);
        end = end == std::string_view::npos ? bytes.size() : end + 1;
        const std::string_view line = bytes.substr(start, end - start);
        if (std::any_of(line.begin(), line.end(),
                        [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            sample.append(line.substr(0, sample_size - sample.size()));
        start = end;
    }
    return sample;
}

struct EncodingGuess {
    std::string icu_name;
    int confidence = 0;
};

std::optional<EncodingGuess> detect_encoding(std::string_view bytes) {
    const std::string sample = detector_sample(bytes);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) return std::nullopt;
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || count == 0) return std::nullopt;
    EncodingGuess best{ucsdet_getName(matches[0], &status),
                       ucsdet_getConfidence(matches[0], &status)};
    // Matches come best first. ISO-8859-9 (Turkish) differs from ISO-8859-1 in six letters
    // only and sometimes ties with it; a tie must not depend on ICU's sort order.
    for (int32_t i = 1; i < count && !is_western_8bit(best.icu_name); ++i) {
        if (ucsdet_getConfidence(matches[i], &status) < best.confidence) break;
        const char* name = ucsdet_getName(matches[i], &status);
        if (is_western_8bit(name)) best.icu_name = name;
    }
    if (U_FAILURE(status)) return std::nullopt;
    return best;
}

std::optional<DecodedText> decode_undeclared(std::string_view bytes, bool had_bom,
                                             const std::string& file, Diagnostics& diagnostics) {
    const Utf8Survey survey = survey_utf8(bytes);
    if (!survey.invalid_at) return decode_as(bytes, Encoding::utf8, file, diagnostics);

    // Bytes that are not UTF-8. Any UTF-8 elsewhere means two encodings in one file.
    std::vector<Diagnostic> problems;
    if (survey.bom)
        problems.push_back({Severity::error, located(file, *survey.bom), mid_bom_message});
    if (had_bom || survey.multibyte_at) {
        const std::string evidence =
            had_bom ? "the file starts with a UTF-8 byte-order mark"
                    : "line " + std::to_string(survey.multibyte_at->line) + " has UTF-8 characters";
        problems.push_back({Severity::error, located(file, *survey.invalid_at),
                            "byte " + hex_byte(survey.invalid_byte) + " is not UTF-8, but " +
                                evidence +
                                ": the file mixes encodings (were files in different encodings "
                                "joined?); save it in one encoding"});
    }
    if (!problems.empty()) {
        std::sort(problems.begin(), problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::pair(a.where.line, a.where.column) <
                   std::pair(b.where.line, b.where.column);
        });
        for (Diagnostic& problem : problems) diagnostics.add(std::move(problem));
        return std::nullopt;
    }

    const std::optional<EncodingGuess> guess = detect_encoding(bytes);
    const bool confident = guess && guess->confidence >= minimum_confidence;
    if (confident && guess->icu_name.rfind("UTF-", 0) == 0) {  // Excel's "Unicode text" is UTF-16
        diagnostics.error({file, 0, 0}, "the file is " + guess->icu_name + " (ICU, confidence " +
                                            std::to_string(guess->confidence) +
                                            " %), which is not supported; save it as UTF-8");
        return std::nullopt;
    }
    if (!confident || !is_western_8bit(guess->icu_name)) {
        const std::string best = guess ? "ICU's best guess is " + guess->icu_name +
                                             " with confidence " +
                                             std::to_string(guess->confidence) + " %"
                                       : "ICU has no guess";
        diagnostics.error({file, 0, 0},
                          "cannot tell the encoding: line " +
                              std::to_string(survey.invalid_at->line) + " has byte " +
                              hex_byte(survey.invalid_byte) + ", which is not UTF-8, and " + best +
                              "; name it with `encoding:` in the data description (utf-8, "
                              "iso-8859-1 or windows-1252)");
        return std::nullopt;
    }
    // windows-1252 reads every printable ISO-8859-1 character the same and adds the characters
    // Windows puts in 0x80-0x9F (en dash, curly quotes); undefined bytes are still errors.
    std::optional<DecodedText> decoded =
        decode_as(bytes, Encoding::windows_1252, file, diagnostics);
    if (decoded) {
        const bool latin1 = guess->icu_name == "ISO-8859-1";
        diagnostics.warning({file, 0, 0},
                            "encoding not declared; read as windows-1252 (ICU detects " +
                                guess->icu_name + " with confidence " +
                                std::to_string(guess->confidence) +
                                " %): add `encoding: windows-1252`" +
                                (latin1 ? " (or iso-8859-1)" : "") + " to the data description");
    }
    return decoded;
}

}  // namespace

std::optional<DecodedText> decode_text(std::string_view bytes,
                                       const std::optional<std::string>& declared,
                                       const std::string& file, Diagnostics& diagnostics) {
    if (bytes.size() > largest_file) {
        diagnostics.error({file, 0, 0}, "the file is too large to read (more than " +
                                            std::to_string(largest_file / 1000000) + " MB)");
        return std::nullopt;
    }
    const bool has_bom = bytes.substr(0, utf8_bom.size()) == utf8_bom;
    const std::string_view body = has_bom ? bytes.substr(utf8_bom.size()) : bytes;
    if (!declared) return decode_undeclared(body, has_bom, file, diagnostics);

    const std::optional<Encoding> encoding = encoding_named(*declared);
    if (!encoding) {
        diagnostics.error({file, 0, 0}, "unknown encoding `" + *declared +
                                            "` in the data description; supported: utf-8, "
                                            "iso-8859-1, windows-1252");
        return std::nullopt;
    }
    // A byte-order mark says UTF-8; reading the rest as 8-bit would garble every letter.
    if (has_bom && *encoding != Encoding::utf8) {
        diagnostics.error({file, 1, 1}, std::string("the file starts with a UTF-8 byte-order "
                                                    "mark, but the data description says "
                                                    "`encoding: ") +
                                            *declared + "`; is the file UTF-8?");
        return std::nullopt;
    }
    // Text in ISO-8859-1 or windows-1252 practically never forms well-formed multi-byte UTF-8
    // (a capital letter followed by a symbol), so a file that is UTF-8 throughout and has such
    // characters is UTF-8 declared wrongly; read as declared it would turn "ø" into "Ã¸".
    if (*encoding != Encoding::utf8) {
        const Utf8Survey survey = survey_utf8(body);
        if (!survey.invalid_at && survey.multibyte_at) {
            diagnostics.error(located(file, *survey.multibyte_at),
                              "the file is UTF-8 (this is its first non-ASCII character), but the "
                              "data description says `encoding: " +
                                  *declared + "`; say `encoding: utf-8`");
            return std::nullopt;
        }
    }
    return decode_as(body, *encoding, file, diagnostics);
}

}  // namespace kt
