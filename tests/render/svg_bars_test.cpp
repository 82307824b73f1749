// Horizontal bars: ranked, grouped and stacked, and the frame laid over an area's row.
#include "render/svg_bars.h"

#include <catch2/catch.hpp>
#include <regex>
#include <string>

using Catch::Matchers::Contains;

namespace kt {
namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

// The width of every <rect class="b…"> in order (the bars, not the legend's samples).
std::vector<double> bar_widths(const std::string& svg) {
    std::vector<double> widths;
    const std::regex bar("<rect class=\"b[0-9]\" x=\"[-0-9.]+\" y=\"[-0-9.]+\" width=\"([0-9.]+)\" "
                         "height=\"[0-9.]+\"><title>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it)
        widths.push_back(std::stod((*it)[1]));
    return widths;
}

BarChart ranked() {
    BarChart chart;
    chart.title_lines = {"I arbeid eller utdanning"};
    chart.subtitle = "Kommunene i Innlandet 2023, prosent";
    chart.description = "3 av 4 har tall.";
    chart.source = "Kilde: SSB.";
    chart.percent = true;
    chart.rows = {{"Folldal", {80.0}, {"80,0 %"}},
                  {"Vågå", {40.0}, {"40,0 %"}},
                  {"Gran", {20.0}, {"20,0 %"}},
                  {"Lesja", {std::nullopt}, {":"}}};
    chart.lines = {{64, "Norge 64,0 %", "line-country"}, {70, "Mål 70 %", "line-goal"}};
    return chart;
}

}  // namespace

TEST_CASE("ranked bars are as long as their figures", "[bars]") {
    const std::string svg = render_bars(ranked());
    const std::vector<double> widths = bar_widths(svg);
    REQUIRE(widths.size() == 3);  // the hidden figure has no bar
    CHECK(widths[0] == Approx(2 * widths[1]).margin(0.15));
    CHECK(widths[1] == Approx(2 * widths[2]).margin(0.15));
    CHECK_THAT(svg, Contains("<title>Vågå: 40,0 %</title>"));
    CHECK_THAT(svg, Contains(">:</text>"));
    CHECK_THAT(svg, !Contains("Lesja:"));  // no bar, no title for a hidden figure
    CHECK_THAT(svg, Contains("class=\"line-country\""));
    CHECK_THAT(svg, Contains(">Mål 70 %</text>"));  // in the legend
    CHECK_THAT(svg, Contains(">80\u00A0%</text>"));  // round numbers around the figures
    CHECK_THAT(svg, Contains("<title id=\"bars-title\">I arbeid eller utdanning. Kommunene i "
                             "Innlandet 2023, prosent</title>"));
    CHECK_THAT(svg, Contains(">Kilde: SSB.</text>"));
    CHECK(render_bars(ranked()) == svg);
}

TEST_CASE("an area's row is framed by marks in the chart's own coordinates", "[bars]") {
    const BarChart chart = ranked();
    const BarLayout layout = layout_bars(chart);
    REQUIRE(layout.row_top.size() == 4);
    for (std::size_t r = 1; r < 4; ++r) CHECK(layout.row_top[r] > layout.row_bottom[r - 1]);
    const std::string svg = render_bars(chart);
    // The view box of the marks is the file's, and the frame holds row 1 (Vågå) alone.
    const std::string marks = render_bar_marks(layout, 1);
    const std::string box = svg.substr(svg.find("viewBox="), svg.find('"', svg.find("viewBox=") + 9) - svg.find("viewBox=") + 1);
    CHECK_THAT(marks, Contains(box));
    const std::regex frame("<rect x=\"1\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\"");
    std::smatch m;
    REQUIRE(std::regex_search(marks, m, frame));
    const double top = std::stod(m[1]), bottom = top + std::stod(m[2]);
    CHECK(top < layout.row_top[1]);
    CHECK(bottom > layout.row_bottom[1]);
    CHECK(top > layout.row_bottom[0]);
    CHECK(bottom < layout.row_top[2]);
    CHECK(render_bar_marks(layout, 9).find("<rect") == std::string::npos);
}

TEST_CASE("grouped bars put a bar per series in each row", "[bars]") {
    BarChart chart;
    chart.arrangement = BarChart::Arrangement::grouped;
    chart.percent = true;
    chart.series = {"Menn", "Kvinner"};
    chart.rows = {{"Innlandet", {76.8, 60.0}, {"76,8 %", "60,0 %"}},
                  {"Norge", {73.2, std::nullopt}, {"73,2 %", ":"}}};
    const std::string svg = render_bars(chart);
    CHECK(bar_widths(svg).size() == 3);
    CHECK_THAT(svg, Contains("<title>Innlandet, Kvinner: 60,0 %</title>"));
    CHECK_THAT(svg, Contains(">Menn</text>"));  // the legend
    CHECK_THAT(svg, Contains(">Kvinner</text>"));
    CHECK(count_of(svg, "<rect class=\"b1\"") == 2);  // the legend's sample and one bar
}

TEST_CASE("stacked bars fill 100 % with their segments", "[bars]") {
    BarChart chart;
    chart.arrangement = BarChart::Arrangement::stacked;
    chart.series = {"Ja", "Nei", "Ikke svart"};
    chart.rows = {{"Alle kommuner", {55.0, 40.0, 5.0}, {"55 %", "40 %", "5 %"}},
                  {"Vågå", {std::nullopt, std::nullopt, std::nullopt}, {":", ":", ":"}}};
    const std::string svg = render_bars(chart);
    const std::regex segment("<g class=\"b[0-9]\"><rect x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"");
    double start = -1, end = 0, total = 0;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), segment); it != std::sregex_iterator(); ++it) {
        if (start < 0) start = std::stod((*it)[1]);
        end = std::stod((*it)[1]) + std::stod((*it)[2]) + 1;  // a 1-unit gap after each
        total += std::stod((*it)[2]) + 1;
    }
    CHECK(total == Approx(end - start).margin(0.3));
    CHECK_THAT(svg, Contains(">55 %</text>"));   // wide enough for its figure
    CHECK_THAT(svg, !Contains(">5 %</text>"));   // too narrow: in its <title> only
    CHECK_THAT(svg, Contains("<title>Alle kommuner, Ikke svart: 5 %</title>"));
    CHECK_THAT(svg, Contains(">100\u00A0%</text>"));
    CHECK(count_of(svg, ">:</text>") == 1);  // a row without answers says so once
}

}  // namespace kt
