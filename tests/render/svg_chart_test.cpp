#include "render/svg_chart.h"

#include <catch2/catch.hpp>
#include <limits>
#include <optional>
#include <regex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using Catch::Matchers::Contains;
using kt::AxisScale;
using kt::ChartSeries;
using kt::LineChart;
using kt::nice_axis_scale;
using kt::render_line_chart;

namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

std::vector<std::string> render_in_four_threads(const LineChart& chart) {
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] { results[t] = render_line_chart(chart); });
    }
    for (auto& thread : threads) thread.join();
    return results;
}

void check_scale(double data_min, double data_max, bool percent, double min, double max,
                 double step) {
    INFO("data " << data_min << ".." << data_max << (percent ? " %" : ""));
    const AxisScale s = nice_axis_scale(data_min, data_max, percent);
    CHECK(s.min == Approx(min));
    CHECK(s.max == Approx(max));
    CHECK(s.step == Approx(step));
}

// The words of the demo site's language file.
const kt::ChartWords kDemoWords{"Mål",
                                "Strekene viser 95\u00A0% konfidensintervall",
                                "Ingen tall å vise",
                                "Åpen prikk: foreløpig tall",
                                "foreløpig",
                                "Nye grenser"};

// Three years with a share rising from 0 to 100 %, and the goal at 70 %. Geometry by
// hand: y labels "0 %".."100 %" are at most 5 characters (35 units), so the plot starts at
// x 49; the line is named at its end ("Vågå", 4 x 7 units, 8 from the last marker, 6 from
// the edge), so it ends at 440 - 6 - 28 - 8 = 398. y runs from 248 (0 %) to 16 (100 %) in
// the drawing under the title; the years sit 20 units inside the plot: x = 69,
// 69 + 309/2 = 223.5, 378.
LineChart rising_share() {
    LineChart chart;
    chart.words = kDemoWords;
    chart.id = "c1";
    chart.title_lines = {"Deltakere i arbeid eller utdanning"};
    chart.description = "Andel i prosent, 2019 til 2021";
    chart.years = {2019, 2020, 2021};
    chart.series = {ChartSeries{"Vågå", {0.0, 50.0, 100.0}, "series-area"}};
    chart.goal = 70;
    chart.goal_label = "Mål 70 %";
    chart.percent = true;
    chart.subtitle = "2019–2021, prosent";
    chart.source = "Kilde: SSB.";
    return chart;
}

}  // namespace

TEST_CASE("nice_axis_scale picks 1, 2, 2.5 or 5 x 10^k steps", "[render][svg_chart]") {
    check_scale(0, 4822, false, 0, 5000, 1000);
    check_scale(0, 63, false, 0, 80, 20);
    check_scale(0, 70, false, 0, 80, 20);
    check_scale(0, 100, false, 0, 100, 20);
    check_scale(0, 15291, false, 0, 20000, 5000);
    check_scale(0, 11342, false, 0, 12000, 2000);
    check_scale(0, 7, false, 0, 8, 2);
    check_scale(0, 6, false, 0, 6, 1);
    check_scale(0, 1, false, 0, 1, 0.2);
    check_scale(0, 0.37, false, 0, 0.4, 0.1);
    check_scale(0, 2, false, 0, 2, 0.5);
    check_scale(-3, 10, false, -5, 10, 2.5);  // 2 steps below zero, 4 above
    check_scale(0, 0, false, 0, 5, 1);        // nothing to scale
    check_scale(0, 0, true, 0, 100, 20);
    check_scale(0, 97, true, 0, 100, 20);
}

TEST_CASE("nice_axis_scale covers the data with 4 to 6 steps", "[render][svg_chart]") {
    for (double max = 0.013; max < 2e6; max *= 1.37) {
        INFO("max " << max);
        const AxisScale s = nice_axis_scale(0, max, true);
        CHECK(s.min == 0);
        CHECK(s.max >= max);
        CHECK(s.steps() >= 4);
        CHECK(s.steps() <= 6);
        if (max <= 100) CHECK(s.max <= 100);  // a share never gets an axis above 100 %
    }
}

TEST_CASE("step_decimals counts the decimals a step needs", "[render][svg_chart]") {
    CHECK(kt::step_decimals(1000) == 0);
    CHECK(kt::step_decimals(20) == 0);
    CHECK(kt::step_decimals(2.5) == 1);
    CHECK(kt::step_decimals(0.2) == 1);
    CHECK(kt::step_decimals(0.25) == 2);
}

TEST_CASE("render_line_chart draws the series where the values are", "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    CHECK_THAT(svg,
               Contains("<polyline class=\"chart-line\" points=\"69,248 223.5,132 378,16\"/>"));
    CHECK_THAT(svg, Contains("<circle class=\"chart-point\" cx=\"223.5\" cy=\"132\" r=\"4\">"
                             "<title>Vågå 2020: 50\u00A0%</title></circle>"));
    // Gridline and label for 20 %: y = 248 - 0.2 * 232 = 201.6.
    CHECK_THAT(svg, Contains("M49 201.6H398"));
    CHECK_THAT(svg, Contains(">20\u00A0%</text>"));
    CHECK_THAT(svg, Contains(">100\u00A0%</text>"));
    CHECK_THAT(svg, Contains(">2019</text>"));
    CHECK_THAT(svg, Contains(">2021</text>"));
}

TEST_CASE("render_line_chart is accessible", "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK_THAT(svg, Contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""));
    CHECK_THAT(svg, Contains("<title id=\"c1-title\">Deltakere i arbeid eller utdanning. "
                             "2019–2021, prosent</title>"));
    CHECK_THAT(svg, Contains("<desc id=\"c1-desc\">Andel i prosent, 2019 til 2021</desc>"));
    CHECK_THAT(svg, !Contains("<script"));
}

TEST_CASE("render_line_chart stands alone: title, subtitle, source and styles inside",
          "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    CHECK_THAT(svg, Contains("<text class=\"t\" x=\"3.8\" y=\"22.5\">Deltakere i arbeid eller "
                             "utdanning</text>"));
    CHECK_THAT(svg, Contains(">2019–2021, prosent</text>"));
    CHECK_THAT(svg, Contains(">Kilde: SSB.</text>"));
    // Its colours and lines, since no page's stylesheet reaches an image.
    CHECK_THAT(svg, Contains(".series-area .chart-line,.series-area .chart-whisker,"
                             ".series-area .provisional{stroke:#1f4e79}"));
    CHECK_THAT(svg, Contains(".goal .chart-goal-line{stroke:#2e7d32"));
    // The drawing lies under the title: 7.5 + 18.75 + 16.8 + 10.8 units down.
    CHECK_THAT(svg, Contains("<g transform=\"translate(0 53.9)\">"));
    const kt::SvgImage image = kt::draw_line_chart(rising_share());
    CHECK(image.svg == svg);
    CHECK(image.width == 440);
    CHECK_THAT(svg, Contains("viewBox=\"0 0 440 " + kt::svg_coordinate(image.height) + "\""));
}

TEST_CASE("render_line_chart draws the goal as a dashed line with its label",
          "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    // y = 248 - 0.7 * 232 = 85.6
    CHECK_THAT(svg, Contains("<line class=\"chart-goal-line\" x1=\"49\" y1=\"85.6\" x2=\"398\" "
                             "y2=\"85.6\"/>"));
    CHECK(count_of(svg, ">Mål 70 %</text>") == 1);  // at the line; no legend repeats it

    // Right end, above the line: box x 335..397, y 66.6..83.6 holds no data.
    CHECK_THAT(svg, Contains("<text class=\"chart-goal-label\" x=\"394\" y=\"79.6\" "
                             "text-anchor=\"end\">"));

    LineChart without_goal = rising_share();
    without_goal.goal.reset();
    CHECK_THAT(render_line_chart(without_goal), !Contains("<line class=\"chart-goal-line\""));
}

TEST_CASE("render_line_chart moves the goal label away from the data", "[render][svg_chart]") {
    // Ending at 75 % gives an axis 0..80 % (labels of at most 4 characters, so the plot
    // starts at x 44), the goal line at y = 248 - 70/80 * 232 = 45 and the last marker
    // at (604, 248 - 75/80 * 232 = 30.5): inside the label's box at the right end above
    // the line (x 561..623, y 26..43). The left end above the line is free.
    LineChart chart = rising_share();
    chart.series[0].values = {0.0, 50.0, 75.0};
    CHECK_THAT(render_line_chart(chart),
               Contains("<text class=\"chart-goal-label\" x=\"48\" y=\"39\" "
                        "text-anchor=\"start\">"));
}

TEST_CASE("render_line_chart breaks lines at missing values", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.years = {2017, 2018, 2019, 2020, 2021};
    chart.series = {ChartSeries{"Vågå", {10.0, 20.0, std::nullopt, 40.0, 50.0}, "series-area"}};
    std::string svg = render_line_chart(chart);
    CHECK(count_of(svg, "<polyline") == 2);
    CHECK(count_of(svg, "<circle class=\"chart-point\" cx") == 4);  // no legend: named line

    // Values with gaps on both sides have a marker but no line.
    chart.series = {
        ChartSeries{"Vågå", {10.0, std::nullopt, 30.0, std::nullopt, 50.0}, "series-area"}};
    svg = render_line_chart(chart);
    CHECK(count_of(svg, "<polyline") == 0);
    CHECK(count_of(svg, "<circle class=\"chart-point\" cx") == 3);
}

TEST_CASE("render_line_chart names each line at its end", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.series.push_back(ChartSeries{"Innlandet", {10.0, 20.0, 95.0}, "series-county"});
    chart.series.push_back(ChartSeries{"Hele landet", {15.0, 25.0, 35.0}, "series-country"});
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, !Contains("<g class=\"chart-legend\">"));
    // "Hele landet" (77 units) leaves the plot 440 - 6 - 77 - 8 = 349 wide; the last year at
    // 329, the names 8 units to its right. Vågå (100 %, y 16) and Innlandet (95 %, y 27.6)
    // would overlap: Innlandet goes 14 units under Vågå. The country's 35 % is at y 166.8.
    CHECK_THAT(svg, Contains("<text class=\"chart-name\" x=\"337\" y=\"20\">Vågå</text>"));
    CHECK_THAT(svg, Contains("<text class=\"chart-name\" x=\"337\" y=\"34\">Innlandet</text>"));
    CHECK_THAT(svg, Contains("<text class=\"chart-name\" x=\"337\" y=\"170.8\">Hele landet</text>"));
    CHECK(count_of(svg, "<g class=\"series series-county\">") == 2);  // line + name
}

TEST_CASE("render_line_chart has a legend when a line stops before the last year",
          "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.series.push_back(ChartSeries{"Innlandet", {10.0, 20.0, 30.0}, "series-county"});
    chart.series.push_back(ChartSeries{"Hele landet", {15.0, 25.0, std::nullopt}, "series-country"});
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("<g class=\"chart-legend\">"));
    CHECK_THAT(svg, !Contains("class=\"chart-name\""));
    CHECK_THAT(svg, Contains(">Vågå</text>"));
    CHECK_THAT(svg, Contains(">Innlandet</text>"));
    CHECK_THAT(svg, Contains(">Hele landet</text>"));
    CHECK(count_of(svg, ">Mål 70 %</text>") == 2);  // at the line and in the legend
    CHECK(count_of(svg, "<g class=\"series series-county\">") == 2);  // line + legend
    CHECK_THAT(svg, Contains("M49 201.6H424"));  // the plot keeps its full width
}

TEST_CASE("render_line_chart marks provisional figures and breaks", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.series[0].provisional = {false, false, true};
    chart.breaks = {2020};
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("<circle class=\"chart-point provisional\" cx=\"378\" cy=\"16\" "
                             "r=\"4\"><title>Vågå 2021: 100\u00A0%, foreløpig</title>"));
    CHECK(count_of(svg, "chart-point provisional") == 2);  // the marker and the legend's
    CHECK_THAT(svg, Contains(">Åpen prikk: foreløpig tall</text>"));
    CHECK_THAT(svg, Contains("Åpen prikk: foreløpig tall.</desc>"));
    // Halfway between 2019 (x 69) and 2020 (x 223.5).
    CHECK_THAT(svg, Contains("<path class=\"chart-break\" d=\"M146.3 16V248\"/>"));
    CHECK_THAT(svg, Contains(">Nye grenser</text>"));

    // A break at the first year, or at a year not drawn, has nothing to mark.
    chart.breaks = {2019, 2030};
    CHECK_THAT(render_line_chart(chart), !Contains("class=\"chart-break\""));
}

TEST_CASE("render_line_chart grows in height when the legend needs more rows",
          "[render][svg_chart]") {
    // Labels of 40 characters (310 units with the sample) fit one per row, and are too long
    // to name the lines at their ends; four rows end at 298 + 3 * 20 = 358, plus a margin of
    // 22. Above: 35.1 for the (empty) title and subtitle; below: 7.2 for the source.
    LineChart chart;
    chart.id = "c2";
    chart.years = {2020, 2021};
    for (const char* css : {"series-area", "series-county", "series-country", "series-other"}) {
        chart.series.push_back(ChartSeries{std::string(40, 'x'), {1.0, 2.0}, css});
    }
    CHECK_THAT(render_line_chart(chart), Contains("viewBox=\"0 0 440 422.3\""));
}

TEST_CASE("render_line_chart labels every second year when there are many", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.years.clear();
    for (int year = 2013; year <= 2024; ++year) chart.years.push_back(year);
    chart.series = {
        ChartSeries{"Vågå", std::vector<std::optional<double>>(12, 50.0), "series-area"}};
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">2024</text>"));  // the latest year is always labelled
    CHECK_THAT(svg, Contains(">2014</text>"));
    CHECK_THAT(svg, !Contains(">2013</text>"));
    CHECK_THAT(svg, !Contains(">2023</text>"));
}

TEST_CASE("render_line_chart writes Norwegian axis labels", "[render][svg_chart]") {
    LineChart chart;
    chart.id = "c3";
    chart.years = {2018, 2019};
    chart.series = {ChartSeries{"Hele landet", {4903.0, 11342.0}, "series-country"}};
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">12\u00A0000</text>"));
    CHECK_THAT(svg, Contains(">2\u00A0000</text>"));
    CHECK_THAT(svg, Contains("<title>Hele landet 2019: 11\u00A0342</title>"));
}

TEST_CASE("render_line_chart escapes text", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.title_lines = {"Tom & \"Jerry\""};
    chart.description = "a < b";
    chart.goal_label = "Mål <70>";
    chart.series[0].label = "<&>";
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">&lt;&amp;&gt;</text>"));
    CHECK_THAT(svg, Contains("Tom &amp; &quot;Jerry&quot;. "));
    CHECK_THAT(svg, Contains("a &lt; b</desc>"));
    CHECK_THAT(svg, Contains("Mål &lt;70&gt;</text>"));
    CHECK_THAT(svg, !Contains("<&>"));
    CHECK_THAT(svg, !Contains("<70>"));
}

TEST_CASE("render_line_chart prints coordinates with at most one decimal", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.years = {2019, 2020, 2021, 2022, 2023, 2024, 2025};
    chart.series = {ChartSeries{
        "Vågå", {1 / 3.0, 2 / 3.0, 10 / 7.0, 33.33333, 47.1, 0.0001, 99.99}, "series-area"}};
    const std::string svg = render_line_chart(chart);
    const std::string body = svg.substr(svg.find("</desc>"));
    CHECK_FALSE(std::regex_search(body, std::regex("[0-9]\\.[0-9][0-9]")));
    CHECK_THAT(body, !Contains("-0\""));
}

TEST_CASE("render_line_chart is deterministic", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.id.clear();  // the id then comes from a hash of the text
    const std::string first = render_line_chart(chart);
    CHECK(render_line_chart(chart) == first);
    CHECK_THAT(first, Contains("aria-labelledby=\"chart-"));

    for (const std::string& svg : render_in_four_threads(chart)) CHECK(svg == first);

    LineChart other = chart;
    other.title_lines = {"Noe annet"};
    const std::string other_svg = render_line_chart(other);
    const auto id_of = [](const std::string& svg) {
        const auto start = svg.find("<title id=\"");
        return svg.substr(start, svg.find('"', start + 11) - start);
    };
    CHECK(id_of(first) != id_of(other_svg));
}

TEST_CASE("render_line_chart says so when there are no values", "[render][svg_chart]") {
    LineChart chart;
    chart.words = kDemoWords;
    chart.id = "c4";
    chart.title_lines = {"Bosatte"};
    chart.years = {2019, 2020, 2021};
    chart.series = {ChartSeries{"Vågå", {std::nullopt, std::nullopt, std::nullopt}, "series-area"}};
    std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">Ingen tall å vise</text>"));
    CHECK_THAT(svg, Contains("class=\"chart-gridline\""));
    CHECK_THAT(svg, Contains("class=\"chart-axis-line\""));
    CHECK_THAT(svg, !Contains("text-anchor=\"end\">0</text>"));  // no invented y scale
    CHECK_THAT(svg, !Contains("<polyline"));
    CHECK(count_of(svg, "<circle class=\"chart-point\" cx") == 1);  // legend sample only

    chart.series.clear();
    chart.years.clear();
    svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">Ingen tall å vise</text>"));
    CHECK_THAT(svg, Contains("class=\"chart-axis-line\""));

    LineChart with_values = rising_share();
    CHECK_THAT(render_line_chart(with_values), !Contains("Ingen tall"));
}

// --- 95 % intervals as whiskers ---

namespace {

using kt::ChartInterval;

// rising_share() with a second series that has a gap, so that lone markers appear too.
LineChart share_with_country() {
    LineChart chart = rising_share();
    chart.series.push_back(
        ChartSeries{"Hele landet", {40.0, std::nullopt, 60.0}, "series-country"});
    return chart;
}

// rising_share() with intervals for 2019 and 2020 and none for 2021. Geometry as in
// rising_share(): y = 248 - 2.32 * percent.
LineChart share_with_intervals() {
    LineChart chart = rising_share();
    chart.series[0].intervals = {ChartInterval{0, 5}, ChartInterval{40, 60}, std::nullopt};
    return chart;
}

// A chart of plain numbers (no percent, no goal) for 2020 and 2021.
LineChart counts_2020_2021(ChartSeries series) {
    LineChart chart;
    chart.id = "counts";
    chart.years = {2020, 2021};
    chart.series = {std::move(series)};
    return chart;
}

}  // namespace

TEST_CASE("render_line_chart without intervals drawn has no whiskers", "[render][svg_chart]") {
    LineChart chart = share_with_country();
    const std::string before = render_line_chart(chart);
    CHECK_THAT(before, !Contains("class=\"chart-whisker"));
    CHECK_THAT(before, !Contains("konfidensintervall"));


    // Intervals that are never drawn change nothing: none at all, none next to a value,
    // only where a value is missing, beyond the years, or with a bound that is not finite.
    chart.series[0].intervals = {std::nullopt, std::nullopt, std::nullopt};
    chart.series[1].intervals = {std::nullopt, ChartInterval{45, 55}, std::nullopt,
                                 ChartInterval{50, 70}};
    CHECK(render_line_chart(chart) == before);
    chart.series[0].intervals = {ChartInterval{-std::numeric_limits<double>::infinity(), 5},
                                 ChartInterval{40, std::numeric_limits<double>::quiet_NaN()}};
    CHECK(render_line_chart(chart) == before);
}

TEST_CASE("render_line_chart draws intervals as whiskers", "[render][svg_chart]") {
    const std::string svg = render_line_chart(share_with_intervals());
    // 2019 (x 69): 0..5 % is y 248..236.4; 2020 (x 223.5): 40..60 % is y 155.2..108.8.
    // Caps run 4 units to either side.
    CHECK_THAT(svg, Contains("<g class=\"chart-whiskers series-area\">\n"
                             "<path class=\"chart-whisker\" d=\"M69,248V236.4M65,248H73"
                             "M65,236.4H73\"/>\n"
                             "<path class=\"chart-whisker\" d=\"M223.5,155.2V108.8"
                             "M219.5,155.2H227.5M219.5,108.8H227.5\"/>\n"
                             "</g>\n"));
    // 2021 has a value but no interval: no whisker. The third is the legend's sample.
    CHECK(count_of(svg, "<path class=\"chart-whisker\"") == 2 + 1);
    // Beneath the lines and markers.
    CHECK(svg.find("class=\"chart-whisker\"") < svg.find("<polyline"));
    CHECK(svg.find("class=\"chart-whisker\"") < svg.find("<circle"));
}

TEST_CASE("render_line_chart draws whiskers only next to values", "[render][svg_chart]") {
    LineChart chart = share_with_intervals();
    chart.series[0].values = {std::nullopt, std::nullopt, 100.0};
    chart.series[0].intervals = {ChartInterval{0, 5}, ChartInterval{40, 60}, std::nullopt,
                                 ChartInterval{90, 100}};  // beyond the years
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, !Contains("class=\"chart-whisker"));
    CHECK_THAT(svg, !Contains("konfidensintervall"));

    // An interval in a year without a value cannot stretch the axis: values up to
    // 4 give 0..4 in steps of 1, an interval to 50 without its value would give 0..50.
    const LineChart counts = counts_2020_2021(
        ChartSeries{"Vågå", {std::nullopt, 4.0}, "series-area", {ChartInterval{0, 50}}});
    const std::string counts_svg = render_line_chart(counts);
    CHECK_THAT(counts_svg, Contains("text-anchor=\"end\">4</text>"));
    CHECK_THAT(counts_svg, !Contains("text-anchor=\"end\">5</text>"));
    CHECK_THAT(counts_svg, !Contains("text-anchor=\"end\">50</text>"));
}

TEST_CASE("render_line_chart stretches the y axis over the intervals", "[render][svg_chart]") {
    // Values 3 and 4 alone give 0..4 in steps of 1. With 2.5..7 around the 4 the axis must
    // reach 7: steps of 1 would need 7 > 6 steps, so 0..8 in steps of 2. One-character
    // labels keep the plot at x 44..624, the years at x 64 and 604; y = 248 - 29 * value.
    LineChart chart = counts_2020_2021(
        ChartSeries{"Vågå", {3.0, 4.0}, "series-area", {std::nullopt, ChartInterval{2.5, 7}}});
    std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("text-anchor=\"end\">8</text>"));
    CHECK_THAT(svg, Contains("text-anchor=\"end\">6</text>"));
    CHECK_THAT(svg, !Contains("text-anchor=\"end\">5</text>"));
    CHECK_THAT(svg, Contains("<circle class=\"chart-point\" cx=\"378\" cy=\"132\""));
    // 2.5 -> 248 - 72.5 = 175.5; 7 -> 248 - 203 = 45.
    CHECK_THAT(svg, Contains("d=\"M378,175.5V45M374,175.5H382M374,45H382\""));

    // Below zero too: -1.5..4.5 around the 3 gives -2..6 in steps of 2 (steps of 1 would
    // need 2 + 5 = 7).
    chart.series[0].intervals = {ChartInterval{-1.5, 4.5}, std::nullopt};
    svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("text-anchor=\"end\">\u22122</text>"));
    CHECK_THAT(svg, Contains("text-anchor=\"end\">6</text>"));
    CHECK_THAT(svg, !Contains("text-anchor=\"end\">\u22124</text>"));
    CHECK_THAT(svg, !Contains("text-anchor=\"end\">8</text>"));
}

TEST_CASE("render_line_chart puts the interval in the marker's text", "[render][svg_chart]") {
    std::string svg = render_line_chart(share_with_intervals());
    CHECK_THAT(svg, Contains("<title>Vågå 2020: 50\u00A0% (40\u201360\u00A0%)</title>"));
    CHECK_THAT(svg, Contains("<title>Vågå 2019: 0\u00A0% (0\u20135\u00A0%)</title>"));
    CHECK_THAT(svg, Contains("<title>Vågå 2021: 100\u00A0%</title>"));  // no interval

    // In the values' decimals, rounded half-up like the values: 38.25 -> 38,3.
    LineChart chart = share_with_intervals();
    chart.value_decimals = 1;
    chart.series[0].intervals[1] = ChartInterval{38.25, 61.75};
    svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("<title>Vågå 2020: 50,0\u00A0% (38,3\u201361,8\u00A0%)</title>"));

    // Numbers: no percent sign, grouping from four digits on.
    const LineChart counts = counts_2020_2021(ChartSeries{
        "Hele landet", {4822.0, 5000.0}, "series-country", {ChartInterval{4100, 5600}}});
    CHECK_THAT(
        render_line_chart(counts),
        Contains("<title>Hele landet 2020: 4\u00A0822 (4\u00A0100\u20135\u00A0600)</title>"));
}

TEST_CASE("render_line_chart says what the whiskers show", "[render][svg_chart]") {
    LineChart chart = share_with_intervals();
    std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("<desc id=\"c1-desc\">Andel i prosent, 2019 til 2021. Strekene "
                             "viser 95\u00A0% konfidensintervall.</desc>"));
    // The line is named at its end, so the legend holds the note alone, in its first row
    // (y 298) at x 49. Its sample is a whisker 14 high centred on the row at x 49 + 12. The
    // view box: 53.9 for the title, 298 + 22 for the drawing, 22.8 for the source line.
    CHECK_THAT(svg, Contains("<g class=\"chart-whisker-key\"><path class=\"chart-whisker\" "
                             "d=\"M61,305V291M57,305H65M57,291H65\"/></g>\n"
                             "<text x=\"79\" y=\"302\">Strekene viser 95\u00A0% "
                             "konfidensintervall</text>"));
    CHECK_THAT(svg, Contains("viewBox=\"0 0 440 396.7\""));

    chart.description = "Andel i prosent.";
    CHECK_THAT(render_line_chart(chart),
               Contains(">Andel i prosent. Strekene viser 95\u00A0% konfidensintervall.</desc>"));
    chart.description.clear();
    CHECK_THAT(render_line_chart(chart),
               Contains("-desc\">Strekene viser 95\u00A0% konfidensintervall.</desc>"));
}

TEST_CASE("render_line_chart keeps the goal label off the whiskers", "[render][svg_chart]") {
    // Without intervals the label sits at the right end above the goal line (box x
    // 561..623, y 66.6..83.6). A 65..100 % whisker at 2021 (x 604, y 97.2..16) runs through
    // that box, so the label moves to the left end, which is free.
    LineChart chart = rising_share();
    chart.series[0].intervals = {std::nullopt, std::nullopt, ChartInterval{65, 100}};
    CHECK_THAT(render_line_chart(chart),
               Contains("<text class=\"chart-goal-label\" x=\"53\" y=\"79.6\" "
                        "text-anchor=\"start\">"));
}

TEST_CASE("render_line_chart with intervals is deterministic", "[render][svg_chart]") {
    LineChart chart = share_with_intervals();
    chart.series.push_back(ChartSeries{"Innlandet", {20.0, 30.0, 40.0}, "series-county"});
    chart.series[1].intervals = {ChartInterval{17.5, 22.5}, std::nullopt, ChartInterval{35, 45}};
    const std::string first = render_line_chart(chart);
    CHECK(render_line_chart(chart) == first);

    for (const std::string& svg : render_in_four_threads(chart)) CHECK(svg == first);
    // The county's whiskers come first, like its line, so the area's lie on top.
    CHECK(first.find("chart-whiskers series-county") < first.find("chart-whiskers series-area"));
}
