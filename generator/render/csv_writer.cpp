#include "render/csv_writer.h"

#include <charconv>

namespace kt {

namespace {

std::string quoted(std::string_view text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// Digits only, more than one, the first a zero: an area code such as "0301" or "03".
bool is_zero_led_code(std::string_view text) {
    return text.size() > 1 && text.front() == '0' &&
           text.find_first_not_of("0123456789") == std::string_view::npos;
}

// A field as the spreadsheet form writes it.
std::string spreadsheet_field(std::string text, bool numeric) {
    if (numeric) {
        for (char& c : text)
            if (c == '.' && text.find_first_not_of("-0123456789.") == std::string::npos) c = ',';
        return text;
    }
    if (text.size() > 1 && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + text;
    // A code with a leading zero ("0301") would open as the number 301: a text constant keeps it.
    if (is_zero_led_code(text)) return "=\"" + text + "\"";
    return text;
}

}  // namespace

std::string csv_field(std::string_view text) { return quoted(text, ','); }

std::string csv_record(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\n";
}

std::string machine_number(double value, int decimals) {
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string out(buffer, ec == std::errc{} ? end : buffer);
    if (out.find_first_not_of("-0.") == std::string::npos && !out.empty() && out[0] == '-')
        out.erase(0, 1);  // "-0.0" reads as a sign that is not there
    return out;
}

std::optional<double> read_machine_number(std::string_view text) {
    double value = 0;
    const char* end = text.data() + text.size();
    if (text.empty() || std::from_chars(text.data(), end, value).ptr != end) return std::nullopt;
    return value;
}

std::string csv_text(const DownloadTable& table, CsvForm form) {
    if (form == CsvForm::machine) {
        std::string out;
        for (const auto& row : table.rows) out += csv_record(row);
        return out;
    }
    std::string out = "\xEF\xBB\xBF";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += ';';
            // The header row is text; below it, the number columns are numbers.
            const bool numeric = r > 0 && i < table.numeric.size() && table.numeric[i];
            out += quoted(spreadsheet_field(row[i], numeric), ';');
        }
        out += "\n";
    }
    return out;
}

}  // namespace kt
