// Every colour the charts draw, read back from their SVG as a reader's browser would see it,
// and held to WCAG 2.1 contrast (4.5:1 for words, 3:1 for marks against the white ground) and to
// staying apart for readers with each of the three common colour vision deficiencies
// (simulated after Machado, Oliveira and Fernandes 2009, severity 1). The colour arithmetic is
// the test's own, not the program's.
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "model/map_geometry.h"
#include "render/svg_bars.h"
#include "render/svg_chart.h"
#include "render/svg_map.h"

namespace {

using Rgb = std::array<double, 3>;  // linear RGB, 0..1

Rgb linear(std::string hex) {
    if (hex == "#fff") hex = "#ffffff";
    REQUIRE(std::regex_match(hex, std::regex("#[0-9a-f]{6}")));
    Rgb out{};
    for (int c = 0; c < 3; ++c) {
        const double v = std::stoi(hex.substr(1 + 2 * c, 2), nullptr, 16) / 255.0;
        out[c] = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    }
    return out;
}

double luminance(const Rgb& c) { return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; }

double contrast(const std::string& a, const std::string& b) {
    const double la = luminance(linear(a)), lb = luminance(linear(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// CIELAB (D65) of a linear RGB colour.
Rgb lab(const Rgb& c) {
    const double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    const double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double delta_e(const Rgb& a, const Rgb& b) {
    const Rgb la = lab(a), lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

using Matrix = std::array<Rgb, 3>;
const std::map<std::string, Matrix> kDeficiencies = {
    {"normal", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia", {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                     {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia", {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia", {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                     {0.004733, 0.691367, 0.303900}}}},
};

Rgb seen(const Matrix& m, const Rgb& c) {
    Rgb out{};
    for (int r = 0; r < 3; ++r)
        out[r] = std::clamp(m[r][0] * c[0] + m[r][1] * c[1] + m[r][2] * c[2], 0.0, 1.0);
    return out;
}

// The colour a CSS rule in the SVG's <style> gives `property` for `selector`.
std::string rule_colour(const std::string& svg, const std::string& selector, const std::string& property) {
    const std::size_t open = svg.find("<style>") + 7;
    const std::string style = svg.substr(open, svg.find("</style>") - open);
    std::size_t start = 0;
    for (std::size_t end = style.find('}'); end != std::string::npos; start = end + 1, end = style.find('}', start)) {
        const std::string rule = style.substr(start, end - start);
        const std::size_t brace = rule.find('{');
        if (brace == std::string::npos) continue;
        if (("," + rule.substr(0, brace) + ",").find("," + selector + ",") == std::string::npos) continue;
        std::smatch m;
        const std::string body = rule.substr(brace + 1);
        if (std::regex_search(body, m, std::regex(property + ":(#[0-9a-f]{6}|#fff)\\b"))) return m[1];
    }
    FAIL("no " << property << " for " << selector);
    return "";
}

void check_apart(const std::vector<std::string>& colours, double min_delta) {
    for (const auto& [name, matrix] : kDeficiencies)
        for (std::size_t i = 0; i < colours.size(); ++i)
            for (std::size_t j = i + 1; j < colours.size(); ++j) {
                INFO(name << ": " << colours[i] << " against " << colours[j]);
                CHECK(delta_e(seen(matrix, linear(colours[i])), seen(matrix, linear(colours[j]))) >= min_delta);
            }
}

}  // namespace

TEST_CASE("line charts: names legible on white, lines apart for every reader", "[palette]") {
    kt::LineChart chart;
    chart.years = {2022, 2023};
    chart.series = {{"Vågå", {1.0, 2.0}, "series-area"},
                    {"Innlandet", {1.0, 2.5}, "series-county"},
                    {"Norge", {1.5, 2.0}, "series-country"}};
    chart.goal = 2;
    const std::string svg = kt::render_line_chart(chart);
    std::vector<std::string> lines;
    for (const char* series : {"series-area", "series-county", "series-country", "series-other"}) {
        const std::string colour = rule_colour(svg, std::string(".") + series + " .chart-name", "fill");
        CHECK(contrast(colour, "#ffffff") >= 4.5);  // the line's name is text
        CHECK(rule_colour(svg, std::string(".") + series + " .chart-line", "stroke") == colour);
        lines.push_back(colour);
    }
    CHECK(contrast(rule_colour(svg, ".goal text", "fill"), "#ffffff") >= 4.5);
    CHECK(contrast(rule_colour(svg, "text", "fill"), "#ffffff") >= 4.5);
    CHECK(contrast(rule_colour(svg, ".s", "fill"), "#ffffff") >= 4.5);
    lines.push_back(rule_colour(svg, ".goal .chart-goal-line", "stroke"));
    // Lines differ in pattern too; their colours must still not merge.
    check_apart(lines, 12);
}

TEST_CASE("bars: every series a mark of 3:1, its figure legible on it, series apart", "[palette]") {
    kt::BarChart chart;
    chart.arrangement = kt::BarChart::Arrangement::stacked;
    // Six: a survey scale has five points and "ikke relevant".
    chart.series = {"a", "b", "c", "d", "e", "f"};
    chart.rows = {{"x", {20.0, 20.0, 20.0, 20.0, 10.0, 10.0}, {"20", "20", "20", "20", "10", "10"}}};
    const std::string svg = kt::render_bars(chart);
    std::vector<std::string> fills;
    for (int s = 0; s < 6; ++s) {
        const std::string k = ".b" + std::to_string(s);
        const std::string fill = rule_colour(svg, k, "fill");
        INFO(fill);
        CHECK(contrast(fill, "#ffffff") >= 3);
        CHECK(contrast(rule_colour(svg, k + " text", "fill"), fill) >= 4.5);
        fills.push_back(fill);
    }
    check_apart(fills, 15);
    for (const char* line : {".line-country", ".line-goal", ".line-county"})
        CHECK(contrast(rule_colour(svg, line, "stroke"), "#ffffff") >= 3);
}

TEST_CASE("map classes: light to dark, each step visible to every reader", "[palette]") {
    kt::MapGeometry map;
    map.width = 100;
    map.height = 100;
    kt::Choropleth chart;
    chart.legend = {"a", "b", "c", "d", "e"};
    const std::string svg = kt::render_choropleth(map, chart);
    std::vector<Rgb> classes;
    for (int c = 0; c < 5; ++c) classes.push_back(linear(rule_colour(svg, ".c" + std::to_string(c), "fill")));
    for (const auto& [name, matrix] : kDeficiencies)
        for (std::size_t c = 1; c < classes.size(); ++c) {
            INFO(name << ": class " << c);
            // Lightness falls with every class, by a step a reader sees.
            CHECK(lab(seen(matrix, classes[c - 1]))[0] - lab(seen(matrix, classes[c]))[0] >= 8);
        }
    // The darkest class stands out from the white ground as a mark must.
    CHECK(luminance(classes.back()) < luminance(linear("#ffffff")));
}
