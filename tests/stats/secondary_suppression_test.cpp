#include "stats/secondary_suppression.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

ProtectedCell shown(double value) { return {value, false, false, false}; }
ProtectedCell hidden(double value) { return {value, true, true, false}; }
ProtectedCell unshown(double value) { return {value, true, false, false}; }

std::vector<bool> hidden_flags(const std::vector<ProtectedCell>& cells) {
    std::vector<bool> flags;
    for (const ProtectedCell& c : cells) flags.push_back(c.hidden);
    return flags;
}

}  // namespace

TEST_CASE("A county total with one hidden municipality hides the smallest other one",
          "[stats][secondary_suppression]") {
    // County 65 = A 3 (hidden: a count of 1-4) + B 12 + C 20 + D 30.
    // Published, 65 - 12 - 20 - 30 = 3 gives A away; hiding B (smallest) leaves A + B = 15.
    std::vector<ProtectedCell> cells{shown(65), hidden(3), shown(12), shown(20), shown(30)};
    const int count = hide_complements(cells, {{0, {1, 2, 3, 4}}});
    CHECK(count == 1);
    CHECK(hidden_flags(cells) == std::vector<bool>{false, true, true, false, false});
    CHECK(cells[2].hidden_as_complement);
    CHECK_FALSE(cells[1].hidden_as_complement);
}

TEST_CASE("Two hidden members, or none, need nothing more", "[stats][secondary_suppression]") {
    std::vector<ProtectedCell> two{shown(20), hidden(3), hidden(2), shown(15)};
    CHECK(hide_complements(two, {{0, {1, 2, 3}}}) == 0);
    std::vector<ProtectedCell> none{shown(20), shown(5), shown(15)};
    CHECK(hide_complements(none, {{0, {1, 2}}}) == 0);
}

TEST_CASE("A hidden total reveals nothing", "[stats][secondary_suppression]") {
    std::vector<ProtectedCell> cells{hidden(4), hidden(4), shown(0)};
    CHECK(hide_complements(cells, {{0, {1, 2}}}) == 0);
}

TEST_CASE("A value above 0 is preferred to a 0 as complement, ties go to the first",
          "[stats][secondary_suppression]") {
    // 0 + 3 + 7 + 7: hiding the 0 would still tell that A = total - 14.
    std::vector<ProtectedCell> cells{shown(17), shown(0), hidden(3), shown(7), shown(7)};
    hide_complements(cells, {{0, {1, 2, 3, 4}}});
    CHECK(hidden_flags(cells) == std::vector<bool>{false, false, true, true, false});

    // Only zeros left: a 0 it is.
    std::vector<ProtectedCell> zeros{shown(2), hidden(2), shown(0), shown(0)};
    hide_complements(zeros, {{0, {1, 2, 3}}});
    CHECK(hidden_flags(zeros) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("A sum whose only member is hidden hides its total", "[stats][secondary_suppression]") {
    // A county of one municipality, or a pooled figure over years of which one is shown.
    std::vector<ProtectedCell> cells{shown(3), hidden(3)};
    CHECK(hide_complements(cells, {{0, {1}}}) == 1);
    CHECK(cells[0].hidden);
    CHECK(cells[0].hidden_as_complement);
}

TEST_CASE("Members without a number that are hidden in the source count as hidden",
          "[stats][secondary_suppression]") {
    // An official county total includes a municipality the source marked ':'.
    std::vector<ProtectedCell> cells{
        shown(40), {std::nullopt, true, true, false}, shown(9), shown(25)};
    hide_complements(cells, {{0, {1, 2, 3}}});
    CHECK(hidden_flags(cells) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("Hiding for one sum is carried into the sums it overlaps",
          "[stats][secondary_suppression]") {
    // Counties X = a + b, Y = c + d; a size group G = b + c; the country N = X + Y members.
    //   a 2 (hidden), b 10, c 11, d 30.
    // X hides b (its only other member); G now has b hidden alone and hides c;
    // Y now has c hidden alone and hides d. N = a + b + c + d has three hidden: fine.
    enum { N, X, Y, G, a, b, c, d };
    std::vector<ProtectedCell> cells{shown(53), shown(12), shown(41), shown(21),
                                     hidden(2), shown(10), shown(11), shown(30)};
    std::vector<PublishedSum> sums{{N, {a, b, c, d}}, {X, {a, b}}, {Y, {c, d}}, {G, {b, c}}};
    CHECK(hide_complements(cells, sums) == 3);
    CHECK(hidden_flags(cells) ==
          std::vector<bool>{false, false, false, false, true, true, true, true});
    // Every published sum now has zero or at least two hidden members.
    for (const PublishedSum& sum : sums) {
        int h = 0;
        for (auto m : sum.members) h += cells[m].hidden;
        CHECK((h == 0 || h >= 2));
    }
}

}  // namespace kt

namespace kt {

TEST_CASE("A total that yields is hidden instead of a member", "[stats][secondary_suppression]") {
    // A pooled figure over three years, one of them hidden: the yearly figures stay.
    std::vector<ProtectedCell> cells{shown(14), hidden(3), shown(5), shown(6)};
    PublishedSum pooled{0, {1, 2, 3}, true};
    CHECK(hide_complements(cells, {pooled}) == 1);
    CHECK(cells[0].hidden);
    CHECK_FALSE(cells[2].hidden);
    CHECK_FALSE(cells[3].hidden);
}

}  // namespace kt

namespace kt {

TEST_CASE("A figure no page shows covers a hidden one and is then protected itself",
          "[stats][secondary_suppression]") {
    // County X = a + b, size group G = b + c. a 3 is hidden; b 12 is shown nowhere (its share
    // is too uncertain), so X tells only a + b. But G would give b away and with it a: b
    // becomes sensitive and G hides c.
    enum { X, G, a, b, c };
    std::vector<ProtectedCell> cells{shown(15), shown(32), hidden(3), unshown(12), shown(20)};
    CHECK(hide_complements(cells, {{X, {a, b}}, {G, {b, c}}}) == 1);
    CHECK(cells[b].sensitive);
    CHECK(cells[c].hidden);
    CHECK_FALSE(cells[X].hidden);
}

TEST_CASE("A figure no page shows needs no protection of its own",
          "[stats][secondary_suppression]") {
    // Stavanger's figure is the sum of its own row alone (the merged codes are "."): the row
    // is never shown as such, but nothing hidden depends on it.
    std::vector<ProtectedCell> cells{shown(119), unshown(119)};
    CHECK(hide_complements(cells, {{0, {1}}}) == 0);
    CHECK_FALSE(cells[0].hidden);
}

TEST_CASE("A hidden total whose members are all shown hides a member",
          "[stats][secondary_suppression]") {
    // The source hid a county's total, but its municipalities add up to it.
    std::vector<ProtectedCell> cells{{std::nullopt, true, true, false}, shown(7), shown(9)};
    CHECK(hide_complements(cells, {{0, {1, 2}}}) == 1);
    CHECK(cells[1].hidden);
}

}  // namespace kt

namespace kt {

TEST_CASE("A group inside a county cannot be subtracted from it",
          "[stats][secondary_suppression]") {
    // County K = a 3 + b 40 + c 4 + d 50 = 97; group G = a + b = 43 (both totals published).
    // a and c are small counts. K has two hidden (a, c): safe. G has a alone: b is hidden.
    // Now K - G = c + d: c is alone hidden in it, 97 - 43 - 50 = 4 would give it away, so d
    // is hidden too.
    enum { K, G, a, b, c, d };
    std::vector<ProtectedCell> cells{shown(97), shown(43), hidden(3),
                                     shown(40), hidden(4), shown(50)};
    std::vector<PublishedSum> sums{{K, {a, b, c, d}}, {G, {a, b}}};
    CHECK(hide_complements(cells, sums) == 2);
    CHECK(hidden_flags(cells) == std::vector<bool>{false, false, true, true, true, true});
}

TEST_CASE("Two overlapping sums cannot be subtracted to isolate a cell",
          "[stats][secondary_suppression]") {
    // County K = a + b + c + d, group G = a + b + e (e in another county). a 2 is small; in K
    // the smallest other member c 6 is hidden with it; in G, b 7 (smaller than e 30).
    // K - G = c + d - e: c alone hidden (a and b cancel) -> 6 = K - G - d + e. So d or e
    // is hidden too: d 8 < e 30, d.
    enum { K, G, a, b, c, d, e };
    std::vector<ProtectedCell> cells{shown(23), shown(39), hidden(2), shown(7),
                                     shown(6),  shown(8),  shown(30)};
    std::vector<PublishedSum> sums{{K, {a, b, c, d}}, {G, {a, b, e}}};
    hide_complements(cells, sums);
    CHECK(cells[c].hidden);
    CHECK(cells[b].hidden);
    CHECK(cells[d].hidden);
    CHECK_FALSE(cells[e].hidden);
    // Every sum and the difference of the two: none or at least two hidden.
    auto hidden_in = [&](std::vector<std::size_t> members) {
        int h = 0;
        for (auto m : members) h += cells[m].hidden;
        return h;
    };
    CHECK(hidden_in({a, b, c, d}) >= 2);
    CHECK(hidden_in({a, b, e}) >= 2);
    CHECK(hidden_in({c, d, e}) >= 2);
}

}  // namespace kt
