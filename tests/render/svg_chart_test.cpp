#include "render/svg_chart.h"

#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <thread>
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

void check_scale(double data_min, double data_max, bool percent, double min, double max,
                 double step) {
    INFO("data " << data_min << ".." << data_max << (percent ? " %" : ""));
    const AxisScale s = nice_axis_scale(data_min, data_max, percent);
    CHECK(s.min == Approx(min));
    CHECK(s.max == Approx(max));
    CHECK(s.step == Approx(step));
}

// Three years with a share rising from 0 to 100 %, and the goal at 70 %. Geometry by
// hand: y labels "0 %".."100 %" are at most 5 characters (35 units), so the plot spans
// x 49..624 and y 248 (0 %) .. 16 (100 %); the years sit 20 units inside the plot:
// x = 69, 69 + 535/2 = 336.5, 604.
LineChart rising_share() {
    LineChart chart;
    chart.id = "c1";
    chart.title = "Deltakere i arbeid eller utdanning";
    chart.description = "Andel i prosent, 2019 til 2021";
    chart.years = {2019, 2020, 2021};
    chart.series = {ChartSeries{"Vågå", {0.0, 50.0, 100.0}, "series-area"}};
    chart.goal = 70;
    chart.goal_label = "Mål 70 %";
    chart.percent = true;
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
    CHECK_THAT(svg, Contains("viewBox=\"0 0 640 320\""));
    CHECK_THAT(svg,
               Contains("<polyline class=\"chart-line\" points=\"69,248 336.5,132 604,16\"/>"));
    CHECK_THAT(svg, Contains("<circle class=\"chart-point\" cx=\"336.5\" cy=\"132\" r=\"4\">"
                             "<title>Vågå 2020: 50\u00A0%</title></circle>"));
    // Gridline and label for 20 %: y = 248 - 0.2 * 232 = 201.6.
    CHECK_THAT(svg, Contains("<line class=\"chart-gridline\" x1=\"49\" y1=\"201.6\" x2=\"624\" "
                             "y2=\"201.6\"/>"));
    CHECK_THAT(svg, Contains(">20\u00A0%</text>"));
    CHECK_THAT(svg, Contains(">100\u00A0%</text>"));
    CHECK_THAT(svg, Contains(">2019</text>"));
    CHECK_THAT(svg, Contains(">2021</text>"));
}

TEST_CASE("render_line_chart is accessible", "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK_THAT(svg, Contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""));
    CHECK_THAT(svg, Contains("<title id=\"c1-title\">Deltakere i arbeid eller utdanning</title>"));
    CHECK_THAT(svg, Contains("<desc id=\"c1-desc\">Andel i prosent, 2019 til 2021</desc>"));
    CHECK_THAT(svg, Contains("width=\"100%\""));
    CHECK_THAT(svg, Contains("preserveAspectRatio="));
    CHECK_THAT(svg, !Contains("<script"));
}

TEST_CASE("render_line_chart draws the goal as a dashed line with its label",
          "[render][svg_chart]") {
    const std::string svg = render_line_chart(rising_share());
    // y = 248 - 0.7 * 232 = 85.6
    CHECK_THAT(svg, Contains("<line class=\"chart-goal-line\" x1=\"49\" y1=\"85.6\" x2=\"624\" "
                             "y2=\"85.6\"/>"));
    CHECK_THAT(svg, Contains("stroke-dasharray"));
    CHECK(count_of(svg, ">Mål 70 %</text>") == 2);  // at the line and in the legend

    // Right end, above the line: box x 561..623, y 66.6..83.6 holds no data.
    CHECK_THAT(svg, Contains("<text class=\"chart-goal-label\" x=\"620\" y=\"79.6\" "
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
    CHECK(count_of(svg, "<circle class=\"chart-point\" cx") == 4 + 1);  // + legend sample

    // Values with gaps on both sides have a marker but no line.
    chart.series = {
        ChartSeries{"Vågå", {10.0, std::nullopt, 30.0, std::nullopt, 50.0}, "series-area"}};
    svg = render_line_chart(chart);
    CHECK(count_of(svg, "<polyline") == 0);
    CHECK(count_of(svg, "<circle class=\"chart-point\" cx") == 3 + 1);
}

TEST_CASE("render_line_chart has a legend with every series and the goal", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.series.push_back(ChartSeries{"Innlandet", {10.0, 20.0, 30.0}, "series-county"});
    chart.series.push_back(ChartSeries{"Hele landet", {15.0, 25.0, 35.0}, "series-country"});
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains("<g class=\"chart-legend\">"));
    CHECK_THAT(svg, Contains(">Vågå</text>"));
    CHECK_THAT(svg, Contains(">Innlandet</text>"));
    CHECK_THAT(svg, Contains(">Hele landet</text>"));
    CHECK(count_of(svg, "<g class=\"series series-county\">") == 2);  // line + legend
    CHECK_THAT(svg, Contains(".series-area .chart-line){stroke:#1f4e79"));
    CHECK_THAT(svg, Contains(".series-county .chart-line){stroke:#c55a11"));
    CHECK_THAT(svg, Contains(".series-country .chart-line){stroke:#5b5b5b"));
}

TEST_CASE("render_line_chart grows in height when the legend needs more rows",
          "[render][svg_chart]") {
    // Labels of 40 characters (310 units with the sample) fit one per row; four rows
    // end at 298 + 3 * 20 = 358, plus a margin of 22.
    LineChart chart;
    chart.id = "c2";
    chart.years = {2020, 2021};
    for (const char* css : {"series-area", "series-county", "series-country", "series-other"}) {
        chart.series.push_back(ChartSeries{std::string(40, 'x'), {1.0, 2.0}, css});
    }
    CHECK_THAT(render_line_chart(chart), Contains("viewBox=\"0 0 640 380\""));
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
    chart.title = "Tom & \"Jerry\"";
    chart.description = "a < b";
    chart.goal_label = "Mål <70>";
    chart.series[0].label = "<&>";
    const std::string svg = render_line_chart(chart);
    CHECK_THAT(svg, Contains(">&lt;&amp;&gt;</text>"));
    CHECK_THAT(svg, Contains("Tom &amp; &quot;Jerry&quot;</title>"));
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
    const std::string body = svg.substr(svg.find("</style>"));
    CHECK_FALSE(std::regex_search(body, std::regex("[0-9]\\.[0-9][0-9]")));
    CHECK_THAT(body, !Contains("-0\""));
}

TEST_CASE("render_line_chart is deterministic", "[render][svg_chart]") {
    LineChart chart = rising_share();
    chart.id.clear();  // the id then comes from a hash of the text
    const std::string first = render_line_chart(chart);
    CHECK(render_line_chart(chart) == first);
    CHECK_THAT(first, Contains("aria-labelledby=\"chart-"));

    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] { results[t] = render_line_chart(chart); });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& r : results) CHECK(r == first);

    LineChart other = chart;
    other.title = "Noe annet";
    const std::string other_svg = render_line_chart(other);
    const auto id_of = [](const std::string& svg) {
        const auto start = svg.find("<title id=\"");
        return svg.substr(start, svg.find('"', start + 11) - start);
    };
    CHECK(id_of(first) != id_of(other_svg));
}

TEST_CASE("render_line_chart says so when there are no values", "[render][svg_chart]") {
    LineChart chart;
    chart.id = "c4";
    chart.title = "Bosatte";
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
