// Choropleth classes and the map's SVG.
#include <catch2/catch.hpp>
#include <regex>

#include "render/map_classes.h"
#include "render/svg_map.h"

using namespace kt;

TEST_CASE("map classes: quantile breaks at shown precision, strictly inside the range", "[map]") {
    std::vector<double> values;
    for (int i = 0; i < 100; ++i) values.push_back(40 + i * 0.5);  // 40.0 .. 89.5
    const auto breaks = quantile_breaks(values, 5, 1);
    CHECK(breaks == std::vector<double>{50, 60, 70, 80});
    CHECK(class_of(40, breaks) == 0);
    CHECK(class_of(49.9, breaks) == 0);
    CHECK(class_of(50, breaks) == 1);  // a value on a break goes into the higher class
    CHECK(class_of(89.5, breaks) == 4);

    // Counts in thousands: two significant digits, not whole units.
    const auto large = quantile_breaks({1234, 5678, 23456, 34567, 45678, 98765}, 3, 0);
    CHECK(large == std::vector<double>{23000, 46000});

    // Many equal values give fewer classes, never an empty lowest one.
    const auto ties = quantile_breaks({0, 0, 0, 0, 0, 0, 0, 0, 5, 9}, 5, 0);
    CHECK(ties == std::vector<double>{5});
    CHECK(quantile_breaks({3, 3, 3}, 5, 0).empty());
    CHECK(quantile_breaks({}, 5, 0).empty());

    // Rounded as format_number writes them: a shown 20,0 is never below a break of 20.
    CHECK(shown_value(19.96, 1) == 20.0);
    CHECK(class_of(shown_value(19.96, 1), {20}) == 1);
}

TEST_CASE("choropleth SVG: classes, no figure hatched, text inside, outline matches", "[map]") {
    MapGeometry map;
    map.width = 800;
    map.height = 1000;
    map.paths = {{"0301", "M0 0l10 0 0 10z"}, {"3435", "M20 20l100 0 0 100z"}, {"5001", "M200 200l5 0 0 5z"}};
    map.boxes = {{"0301", {0, 0, 10, 10}}, {"3435", {20, 20, 120, 120}}, {"5001", {200, 200, 205, 205}}};
    Choropleth chart;
    chart.title_lines = {"Bosatte & andre"};
    chart.subtitle = "Kommunene 2023, prosent";
    chart.description = "Lavest: Oslo";
    chart.legend = {"under 50", "50 og over"};
    chart.no_figure = "Skjult eller mangler";
    chart.source = "Kilde: IMDi.";
    chart.areas = {{"0301", {0, "Oslo: 40 %"}}, {"3435", {1, "Vågå: 70 %"}}};
    const std::string svg = render_choropleth(map, chart);
    CHECK(svg.find("<path class=\"c0\" d=\"M0 0l10 0 0 10z\"><title>Oslo: 40 %</title></path>") != std::string::npos);
    CHECK(svg.find("<path class=\"c1\" d=\"M20 20l100 0 0 100z\"><title>Vågå: 70 %</title></path>") != std::string::npos);
    CHECK(svg.find("<path class=\"n\" d=\"M200 200l5 0 0 5z\"></path>") != std::string::npos);
    CHECK(svg.find("Bosatte &amp; andre") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("Kilde: IMDi.") != std::string::npos);
    const int height = choropleth_height(map, chart);
    CHECK(height > 1000);
    CHECK(svg.find("viewBox=\"0 0 800 " + std::to_string(height) + "\"") != std::string::npos);
    CHECK(render_choropleth(map, chart) == svg);  // deterministic

    // The outline is filled with the area's own colour, so it hides none of it.
    CHECK(class_colour(5, 4) == "#08519c");
    CHECK(class_colour(5, -1).empty());
    const std::string outline = render_map_outline(map, "3435", height, class_colour(5, 2));
    CHECK(outline.find("viewBox=\"0 0 800 " + std::to_string(height) + "\"") != std::string::npos);
    CHECK(outline.find("<path fill=\"#6baed6\" d=\"M20 20l100 0 0 100z\"/>") != std::string::npos);
    CHECK(outline.find("<circle") == std::string::npos);
    CHECK(render_map_outline(map, "3435", height, "").find("fill=\"none\"") != std::string::npos);
    CHECK(render_map_outline(map, "5001", height, "").find("<circle") != std::string::npos);  // tiny
    CHECK(render_map_outline(map, "9999", height, "").empty());
}

TEST_CASE("wrap_words keeps words whole", "[map]") {
    CHECK(wrap_words("I arbeid eller utdanning ett år etter", 12) ==
          std::vector<std::string>{"I arbeid", "eller", "utdanning", "ett år etter"});
    CHECK(wrap_words("introduksjonsprogrammet", 5) ==
          std::vector<std::string>{"introduksjonsprogrammet"});
    CHECK(wrap_words("", 5).empty());
}
