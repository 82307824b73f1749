#include "render/svg_frame.h"

#include <algorithm>

#include "render/html_escape.h"
#include "render/svg_chart.h"

namespace kt {

namespace {

std::string text_element(const char* css_class, double x, double y, const std::string& words) {
    return std::string("<text class=\"") + css_class + "\" x=\"" + svg_coordinate(x) + "\" y=\"" +
           svg_coordinate(y) + "\">" + escape_html(words) + "</text>\n";
}

}  // namespace

SvgFrame::SvgFrame(const ChartText& text, const FrameSizes& sizes, std::string id)
    : text_(text),
      sizes_(sizes),
      id_(std::move(id)),
      source_lines_(wrap_words(text.source, sizes.source_chars)),
      // About 0.55 of its size is an average character's width.
      subtitle_lines_(wrap_words(text.subtitle,
                                 static_cast<std::size_t>(sizes.width / (sizes.text_size * 0.58)))) {}

// The layout, from the top: a margin of half the title's size, the title lines, the subtitle,
// and a gap before the drawing.
double SvgFrame::header_height() const {
    const double title = sizes_.title_size * 1.25 * static_cast<double>(text_.title_lines.size());
    const double subtitle =
        sizes_.text_size * 1.3 * static_cast<double>(std::max<std::size_t>(subtitle_lines_.size(), 1) - 1);
    return sizes_.title_size * 0.5 + title + sizes_.text_size * 1.4 + subtitle + sizes_.text_size * 0.9;
}

double SvgFrame::footer_height() const {
    return sizes_.text_size * (0.6 + 1.3 * static_cast<double>(source_lines_.size()));
}

std::string SvgFrame::open(double height, std::string_view style, std::string_view attributes) const {
    const double margin = sizes_.title_size * 0.5;
    std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      svg_coordinate(sizes_.width) + " " + svg_coordinate(height) + "\"";
    out += attributes;
    out += " role=\"img\" aria-labelledby=\"" + id_ + "-title " + id_ + "-desc\">\n";
    std::string title;
    for (const std::string& line : text_.title_lines) title += (title.empty() ? "" : " ") + line;
    out += "<title id=\"" + id_ + "-title\">" + escape_html(title);
    if (!text_.subtitle.empty()) out += ". " + escape_html(text_.subtitle);
    out += "</title>\n<desc id=\"" + id_ + "-desc\">" + escape_html(text_.description) + "</desc>\n";
    // The title and subtitle wear a white halo, so they stay readable over a drawing (a map's
    // title lies in its open sea).
    out += "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
           "fill:#1b1f24;font-size:" + svg_coordinate(sizes_.text_size) + "px}.t{font-size:" +
           svg_coordinate(sizes_.title_size) + "px;font-weight:700}.s{fill:#3d4650}"
           ".t,.s{paint-order:stroke;stroke:#fff;stroke-width:" +
           svg_coordinate(sizes_.title_size * 0.2) + "px;stroke-linejoin:round}";
    out += style;
    out += "</style>\n";
    double y = margin + sizes_.title_size;
    for (const std::string& line : text_.title_lines) {
        out += text_element("t", margin * 0.5, y, line);
        y += sizes_.title_size * 1.25;
    }
    y += sizes_.text_size * 1.4 - sizes_.title_size * 1.25;
    for (const std::string& line : subtitle_lines_) {
        out += text_element("s", margin * 0.5, y, line);
        y += sizes_.text_size * 1.3;
    }
    return out;
}

std::string SvgFrame::close(double top) const {
    std::string out;
    double y = top + sizes_.text_size * 1.3;
    for (const std::string& line : source_lines_) {
        out += text_element("s", sizes_.title_size * 0.25, y, line);
        y += sizes_.text_size * 1.3;
    }
    return out + "</svg>\n";
}

std::size_t code_points(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!line.empty() && code_points(line) + 1 + code_points(word) > width) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace kt
