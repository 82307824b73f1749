#pragma once
// The frame every standalone chart shares: its title and subtitle above the drawing, its
// source under it, <title> and <desc> for screen readers, and styles of its own (an SVG shown
// as an image, downloaded or embedded sees no stylesheet of the page). Sizes are in units of
// the chart's view box, so a chart drawn 1 000 units wide has larger words than one of 320.
#include <string>
#include <string_view>
#include <vector>

namespace kt {

struct ChartText {
    std::vector<std::string> title_lines;  // the title, already cut into lines
    std::string subtitle;                  // "Kommunene, 2023. Prosent"; wrapped to the width
    std::string description;               // <desc>: what it shows, with its key numbers
    std::string source;                    // "Kilde: IMDi."; wrapped to the width
};

struct FrameSizes {
    double width = 440;       // of the view box
    double title_size = 15;   // of the title's words
    double text_size = 12;    // of the subtitle, the source and the chart's own words
    std::size_t source_chars = 70;  // characters per source line
};

class SvgFrame {
  public:
    // `id` prefixes the ids of <title> and <desc>, unique within any page that inlines it.
    SvgFrame(const ChartText& text, const FrameSizes& sizes, std::string id);

    // Where the drawing may start: under the title and subtitle.
    double header_height() const;
    // The source lines' band under the drawing.
    double footer_height() const;

    // <svg> with a view box of the width and `height`, <title> and <desc>, the shared styles
    // followed by `style` (CSS rules of the chart's own), and the title and subtitle.
    // `attributes` go on the root, e.g. ` width="800" height="600"`.
    std::string open(double height, std::string_view style, std::string_view attributes = {}) const;
    // The source lines in a band starting at `top`, and </svg>.
    std::string close(double top) const;

  private:
    const ChartText& text_;
    FrameSizes sizes_;
    std::string id_;
    std::vector<std::string> source_lines_;
    std::vector<std::string> subtitle_lines_;
};

// Characters (code points) in UTF-8 text: what the charts measure words by.
std::size_t code_points(std::string_view utf8);

// Cuts text into lines of at most `width` characters at spaces (a longer word gets a line of
// its own).
std::vector<std::string> wrap_words(const std::string& text, std::size_t width);

}  // namespace kt
