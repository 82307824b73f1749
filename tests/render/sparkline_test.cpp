#include "render/sparkline.h"

#include <catch2/catch.hpp>

using Catch::Matchers::Contains;

TEST_CASE("a sparkline runs through the values and breaks at gaps", "[sparkline]") {
    // Five years over x 2..58 (14 apart), values 0..10 over y 14..2.
    const std::string svg = kt::render_sparkline({0.0, 10.0, std::nullopt, 5.0, 10.0}, 0, 10);
    CHECK_THAT(svg, Contains("d=\"M2 14L16 2M44 8L58 2\""));
    CHECK_THAT(svg, Contains("<circle cx=\"58\" cy=\"2\""));  // the last value marked
    CHECK_THAT(svg, Contains("aria-hidden=\"true\""));
    // A year alone between gaps is a dot of its own.
    const std::string lone = kt::render_sparkline({2.0, std::nullopt, 5.0, std::nullopt, 8.0}, 0, 10);
    CHECK_THAT(lone, Contains("<circle cx=\"30\" cy=\"8\" r=\"1.3\"/>"));
    CHECK_THAT(lone, Contains("<circle cx=\"2\" cy=\"11.6\" r=\"1.3\"/>"));
    CHECK_THAT(kt::render_sparkline({std::nullopt, 3.0, std::nullopt}, 0, 10), Contains("<circle"));
    CHECK(kt::render_sparkline({std::nullopt, std::nullopt}, 0, 10).empty());
    CHECK(kt::render_sparkline({}, 0, 10).empty());
    // No range: a flat line through the middle.
    CHECK_THAT(kt::render_sparkline({4.0, 4.0}, 4, 4), Contains("d=\"M2 8L58 8\""));
}
