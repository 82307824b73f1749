#include "render/value_text.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"

using kt::Computation;
using kt::Indicator;
using kt::ValueStatus;

namespace {
Indicator indicator_with(Computation computation, int decimals) {
    Indicator indicator;
    indicator.id = "test";
    indicator.computation = computation;
    indicator.decimals = decimals;
    return indicator;
}
}  // namespace

TEST_CASE("format_value writes shares as percentages", "[render][value_text]") {
    CHECK(kt::format_value(indicator_with(Computation::share, 1), 63.44) == "63,4\u00A0%");
    CHECK(kt::format_value(indicator_with(Computation::share, 0), 62.5) == "63\u00A0%");
}

TEST_CASE("format_value writes counts and rates as numbers", "[render][value_text]") {
    CHECK(kt::format_value(indicator_with(Computation::count, 0), 4822) == "4\u00A0822");
    CHECK(kt::format_value(indicator_with(Computation::rate_per_1000, 1), 2.35) == "2,4");
    CHECK(kt::format_value(indicator_with(Computation::rate_per_1000, 2), 0.9) == "0,90");
}

TEST_CASE("status_symbol uses SSB's symbols", "[render][value_text]") {
    CHECK(kt::status_symbol(ValueStatus::present) == "");
    CHECK(kt::status_symbol(ValueStatus::nil) == "-");
    CHECK(kt::status_symbol(ValueStatus::not_applicable) == ".");
    CHECK(kt::status_symbol(ValueStatus::not_available) == "..");
    CHECK(kt::status_symbol(ValueStatus::not_yet_available) == "...");
    CHECK(kt::status_symbol(ValueStatus::suppressed) == ":");
}

TEST_CASE("status_explanation explains every symbol in Norwegian", "[render][value_text]") {
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::present) == "");
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::nil) == "Null.");
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::not_applicable) ==
          "Kan ikke forekomme (for eksempel deling på null).");
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::not_available) ==
          "Tallet finnes ikke.");
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::not_yet_available) ==
          "Tallet er ikke publisert ennå.");
    CHECK(kt::status_explanation(kt::test::demo_words(), ValueStatus::suppressed) ==
          "Skjult for å verne personvernet (for få personer).");
}

TEST_CASE("the reason a municipality has no place is written for readers", "[render][value_text]") {
    kt::Indicator indicator;
    indicator.computation = kt::Computation::share;
    indicator.min_denominator = 1000;
    kt::IndicatorValue value;
    value.status = kt::ValueStatus::suppressed;
    CHECK(kt::exclusion_text(kt::test::demo_words(), kt::RankExclusion::none, indicator, value)
              .empty());
    CHECK(kt::exclusion_text(kt::test::demo_words(), kt::RankExclusion::no_figure, indicator,
                             value) ==
          kt::status_explanation(kt::test::demo_words(), kt::ValueStatus::suppressed));
    CHECK(kt::exclusion_text(kt::test::demo_words(), kt::RankExclusion::small_denominator,
                             indicator,
                             value) == "F\u00e6rre enn 1\u00A0000 personer i grunnlaget.");
}
