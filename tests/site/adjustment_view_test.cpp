#include "site/adjustment_view.h"

#include <catch2/catch.hpp>

#include "site_fixture.h"

namespace kt {
namespace {

Indicator share() {
    Indicator i;
    i.id = "arbeid";
    i.computation = Computation::share;
    i.unit = "prosent";
    i.decimals = 1;
    return i;
}

AdjustmentResult result_2021_2023() {
    AdjustmentResult r;
    r.first_year = 2021;
    r.last_year = 2023;
    return r;
}

}  // namespace

// Figures are formatted as everywhere on the site: a no-break space before "%".
TEST_CASE("adjusted_text says expected, actual and whether the difference is clear") {
    const Indicator indicator = share();
    // 70.74 - 68.44 = 2.30 points over; interval -4.6 to 9.1 includes 0: not clear.
    AdjustedFigure unclear{70.74, 68.44, 2.30, -4.61, 9.12, 120};
    CHECK(adjusted_text(kt::test::demo_words(), indicator, result_2021_2023(), unclear) ==
          "Forventet ut fra hvem deltakerne er og lokale forhold, 2021–2023: 68,4\u00A0%; faktisk "
          "70,7\u00A0%. Ikke tydelig forskjellig fra forventet: 2,3 prosentpoeng over (95 % KI "
          "\u22124,6 til 9,1).");
    // 56.4 - 59.6 = -3.2; interval -4.6 to -1.8 lies wholly below 0.
    AdjustedFigure below{56.4, 59.6, -3.2, -4.6, -1.8, 2000};
    CHECK(adjusted_text(kt::test::demo_words(), indicator, result_2021_2023(), below) ==
          "Forventet ut fra hvem deltakerne er og lokale forhold, 2021–2023: 59,6\u00A0%; faktisk "
          "56,4\u00A0%. Tydelig under forventet: 3,2 prosentpoeng under (95 % KI \u22124,6 til "
          "\u22121,8).");
    AdjustedFigure above{66.0, 60.0, 6.0, 1.2, 10.8, 500};
    CHECK_THAT(adjusted_text(kt::test::demo_words(), indicator, result_2021_2023(), above),
               Catch::Contains("Tydelig over forventet: 6,0 prosentpoeng over (95 % KI 1,2 til "
                               "10,8)"));
}

}  // namespace kt
