#include "render/number_format.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <array>
#include <bit>
#include <cctype>
#include <chrono>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "model/hash_combine.h"
#include "render/memo.h"

namespace kt {
namespace {

using icu::number::LocalizedNumberFormatter;
using icu::number::NumberFormatter;
using icu::number::Precision;

const icu::Locale& norwegian_locale() {
    static const icu::Locale locale("nb", "NO");
    return locale;
}

LocalizedNumberFormatter make_formatter(int decimals, bool percent) {
    auto formatter = NumberFormatter::withLocale(norwegian_locale())
                         .precision(Precision::fixedFraction(decimals))
                         .roundingMode(UNUM_ROUND_HALFUP)
                         // A value rounded to zero must not read as "−0".
                         .sign(UNUM_SIGN_NEGATIVE);
    if (percent) return formatter.unit(icu::MeasureUnit::getPercent());
    return formatter;
}

// LocalizedNumberFormatter is immutable and safe to share between threads, so the
// common precisions are built once; others are built on demand.
constexpr int cached_decimals = 7;

struct FormatterCache {
    std::array<std::unique_ptr<const LocalizedNumberFormatter>, cached_decimals> numbers;
    std::array<std::unique_ptr<const LocalizedNumberFormatter>, cached_decimals> percents;
    FormatterCache() {
        for (int d = 0; d < cached_decimals; ++d) {
            numbers[d] = std::make_unique<const LocalizedNumberFormatter>(make_formatter(d, false));
            percents[d] = std::make_unique<const LocalizedNumberFormatter>(make_formatter(d, true));
        }
    }
};

const FormatterCache& formatter_cache() {
    static const FormatterCache cache;
    return cache;
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string format_with(const LocalizedNumberFormatter& formatter, double value) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU number formatting failed: ") +
                                 u_errorName(status));
    }
    return to_utf8(text);
}

std::string format_anew(double value, int decimals, bool percent) {
    if (decimals < cached_decimals) {
        const FormatterCache& cache = formatter_cache();
        return format_with(percent ? *cache.percents[decimals] : *cache.numbers[decimals], value);
    }
    return format_with(make_formatter(decimals, percent), value);
}

struct Formatted {
    std::uint64_t bits;
    int decimals;
    bool percent;
    bool operator==(const Formatted&) const = default;
};
struct FormattedHash {
    std::size_t operator()(const Formatted& f) const {
        return hash_combine(hash_combine(std::hash<std::uint64_t>{}(f.bits), f.decimals),
                            f.percent);
    }
};

std::string format_fixed(double value, int decimals, bool percent) {
    if (decimals < 0) decimals = 0;
    // A figure is written by its card, its table, its chart and its download, and ICU takes
    // a while to make each text.
    thread_local std::unordered_map<Formatted, std::string, FormattedHash> made;
    return remembered(made, Formatted{std::bit_cast<std::uint64_t>(value), decimals, percent},
                      [&] { return format_anew(value, decimals, percent); });
}

std::unique_ptr<icu::SimpleDateFormat> make_date_format() {
    UErrorCode status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(u"d. MMMM y"),
                                                          norwegian_locale(), status);
    // Proleptic Gregorian calendar in UTC, matching how std::chrono counts days.
    auto calendar = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(),
                                                             norwegian_locale(), status);
    calendar->setGregorianChange(-std::numeric_limits<double>::max(), status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU date format setup failed: ") +
                                 u_errorName(status));
    }
    format->adoptCalendar(calendar.release());
    return format;
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

int parse_digits(const std::string& text, std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
}

}  // namespace

std::string format_number(double value, int decimals) {
    return format_fixed(value, decimals, false);
}

std::string format_signed(double value, int decimals) {
    const std::string text = format_number(value, decimals);
    const bool negative = text.rfind("\u2212", 0) == 0;
    const bool zero = text.find_first_of("123456789") == std::string::npos;
    return negative || zero ? text : "+" + text;
}

std::string format_percent(double percent, int decimals) {
    return format_fixed(percent, decimals, true);
}

std::string format_date(const std::string& iso_date) {
    const std::string& s = iso_date;
    const bool shape_ok = s.size() == 10 && s[4] == '-' && s[7] == '-' && is_digit(s[0]) &&
                          is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) && is_digit(s[5]) &&
                          is_digit(s[6]) && is_digit(s[8]) && is_digit(s[9]);
    if (!shape_ok) return iso_date;
    const std::chrono::year_month_day date{
        std::chrono::year{parse_digits(s, 0, 4)},
        std::chrono::month{static_cast<unsigned>(parse_digits(s, 5, 2))},
        std::chrono::day{static_cast<unsigned>(parse_digits(s, 8, 2))}};
    if (!date.ok()) return iso_date;

    const auto days = std::chrono::sys_days(date).time_since_epoch().count();
    const UDate millis = static_cast<double>(days) * 86'400'000.0;
    // SimpleDateFormat mutates its calendar while formatting: one per thread.
    thread_local const std::unique_ptr<icu::SimpleDateFormat> format = make_date_format();
    icu::UnicodeString text;
    format->format(millis, text);
    return to_utf8(text);
}

}  // namespace kt
