// Scatter charts: one square range for both axes, the equality line, points where they belong.
#include <catch2/catch.hpp>

#include "render/svg_chart.h"
#include "render/svg_scatter.h"

using namespace kt;

TEST_CASE("nice_value_range: round numbers around the values, not from zero", "[scatter]") {
    const AxisScale a = nice_value_range(36.2, 84.9);
    CHECK(a.min == 30);
    CHECK(a.max == 90);
    CHECK(a.step == 10);
    const AxisScale b = nice_value_range(0.12, 0.47);
    CHECK(b.min == Approx(0.1));
    CHECK(b.max == Approx(0.5));
    const AxisScale flat = nice_value_range(5, 5);  // one value: widened around it
    CHECK(flat.min < 5);
    CHECK(flat.max > 5);
}

TEST_CASE("render_scatter: equality line, labelled points, R², title inside", "[scatter]") {
    ScatterChart chart;
    chart.title_lines = {"Faktisk mot forventet"};
    chart.subtitle = "2021–2023, prosent";
    chart.description = "Tre kommuner";
    chart.source = "Kilde: SSB.";
    chart.x_label = "Forventet";
    chart.y_label = "Faktisk";
    chart.line_label = "Som forventet";
    chart.fit_note = "R² = 0,41";
    chart.points = {{40, 40, "A: 40 %"}, {60, 80, "B & C"}, {80, 60, "D"}};
    const std::string svg = render_scatter(chart);
    // Range 40..80 on both axes over the plot 52..424: a point on the line y = x has its x
    // distance from the left equal to its y distance from the bottom.
    CHECK(svg.find("<title>A: 40 %</title>") != std::string::npos);
    CHECK(svg.find("<title>B &amp; C</title>") != std::string::npos);
    CHECK(svg.find("class=\"e\"") != std::string::npos);
    CHECK(svg.find("R² = 0,41") != std::string::npos);
    CHECK(svg.find("Kilde: SSB.") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(render_scatter(chart) == svg);
    chart.line_label.clear();
    CHECK(render_scatter(chart).find("class=\"e\"") == std::string::npos);
}
