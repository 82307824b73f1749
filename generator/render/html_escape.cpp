#include "render/html_escape.h"

namespace kt {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // What XML cannot hold, even escaped (control characters, U+FFFE and U+FFFF), becomes
        // U+FFFD: one such character in a name must not make an SVG file unreadable.
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
            (byte == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
             (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)) {
            out += "\uFFFD";
            if (byte == 0xEF) i += 2;
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace kt
