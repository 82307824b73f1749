// The beeswarm layout and the distribution strip built on it.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "render/beeswarm.h"
#include "render/svg_distribution.h"

using namespace kt;

namespace {

// The smallest distance between two centres, over all pairs.
double closest_pair(const std::vector<double>& x, const std::vector<double>& y) {
    double closest = INFINITY;
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = i + 1; j < x.size(); ++j)
            closest = std::min(closest, std::hypot(x[i] - x[j], y[i] - y[j]));
    return closest;
}

}  // namespace

TEST_CASE("beeswarm: no two dots overlap, and each lies as near the axis as it can", "[beeswarm]") {
    std::mt19937 random(7);
    std::normal_distribution<double> normal(150, 40);
    std::vector<double> x;
    for (int i = 0; i < 357; ++i) x.push_back(normal(random));
    for (int i = 0; i < 30; ++i) x.push_back(150);  // a pile of equal values
    const double radius = 2.5;
    const auto y = beeswarm_offsets(x, radius);
    REQUIRE(y.size() == x.size());
    CHECK(closest_pair(x, y) >= 2 * radius - 1e-6);
    // Same input, same layout.
    CHECK(beeswarm_offsets(x, radius) == y);
    // Dots far from all others stay on the axis.
    const auto lone = beeswarm_offsets({0, 10, 20}, 2);
    CHECK(lone == std::vector<double>{0, 0, 0});
    // Two equal values: one on the axis, the other just touching it, below.
    const auto two = beeswarm_offsets({5, 5}, 2);
    CHECK(two[0] == 0);
    CHECK(two[1] == Approx(4));
    const auto three = beeswarm_offsets({5, 5, 5}, 2);
    CHECK(three[2] == Approx(-4));
}

TEST_CASE("distribution strip: round axis around the values, dots inside the strip", "[beeswarm]") {
    std::vector<double> values;
    for (int i = 0; i < 300; ++i) values.push_back(41.3 + (i * 37 % 300) * 0.17);  // 41.3 .. 92.1
    const DistributionLayout layout = layout_distribution(values);
    CHECK(layout.axis_min == 40);
    CHECK(layout.axis_max == 100);
    CHECK(layout.step == 10);
    REQUIRE(layout.x.size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        CHECK(layout.x[i] == Approx(layout.x_of(values[i])));
        CHECK(layout.y[i] - layout.radius >= layout.dots_top() - 1e-9);
        CHECK(layout.y[i] + layout.radius <= layout.dots_bottom() + 1e-9);
    }
    CHECK(closest_pair(layout.x, layout.y) >= 2 * layout.radius - 1e-6);

    const std::string svg = render_distribution(layout, {{{"Tittel"}, "Kommunene 2023", "Beskrivelse", "Kilde: SSB."}, {}});
    CHECK(svg.find("<view id=\"strip\"") != std::string::npos);
    CHECK(svg.find(">40</text>") != std::string::npos);
    CHECK(svg.find(">100</text>") != std::string::npos);
    // No size on the root: Chromium would then ignore the #strip view (see the header).
    CHECK(svg.substr(0, svg.find('>')).find("width=") == std::string::npos);
    const std::string marks = render_strip_marks(layout, {{64, "mark-country"}}, 0);
    CHECK(marks.find("class=\"mark-country\"") != std::string::npos);
    CHECK(marks.find("<circle class=\"mark-area\"") != std::string::npos);
}
