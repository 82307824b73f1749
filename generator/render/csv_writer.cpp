#include "render/csv_writer.h"

#include <charconv>

namespace kt {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

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

}  // namespace kt
