#include "stats/secondary_suppression.h"

#include <catch2/catch.hpp>
#include <map>
#include <tuple>

namespace kt {
namespace {

ProtectedCell shown(double value) { return {value, false, false, false, false, false}; }
// A small count hidden by the rule (1 … min_count - 1).
ProtectedCell hidden(double value) { return {value, true, true, false, true, false}; }
ProtectedCell unshown(double value) { return {value, true, false, false, false, false}; }
const ProtectedCell kHiddenInSource{std::nullopt, true, true, false, false, true};

// Runs the local rule on the cells and sums (min_count 5); returns how many it hid.
int hide(std::vector<ProtectedCell>& cells, std::vector<PublishedSum> sums) {
    DisclosureProblem problem{cells, std::move(sums), {}, 5};
    const int count = hide_complements(problem);
    cells = problem.cells;
    return count;
}

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
    const int count = hide(cells, {{0, {1, 2, 3, 4}}});
    CHECK(count == 1);
    CHECK(hidden_flags(cells) == std::vector<bool>{false, true, true, false, false});
    CHECK(cells[2].hidden_as_complement);
    CHECK_FALSE(cells[1].hidden_as_complement);
}

TEST_CASE("Two hidden members, or none, need nothing more", "[stats][secondary_suppression]") {
    std::vector<ProtectedCell> two{shown(20), hidden(3), hidden(2), shown(15)};
    CHECK(hide(two, {{0, {1, 2, 3}}}) == 0);
    std::vector<ProtectedCell> none{shown(20), shown(5), shown(15)};
    CHECK(hide(none, {{0, {1, 2}}}) == 0);
}

TEST_CASE("A hidden total reveals nothing", "[stats][secondary_suppression]") {
    std::vector<ProtectedCell> cells{hidden(4), hidden(4), shown(0)};
    CHECK(hide(cells, {{0, {1, 2}}}) == 0);
}

TEST_CASE("A value above 0 is preferred to a 0 as complement, ties go to the first",
          "[stats][secondary_suppression]") {
    // 0 + 3 + 7 + 7: hiding the 0 would still tell that A = total - 14.
    std::vector<ProtectedCell> cells{shown(17), shown(0), hidden(3), shown(7), shown(7)};
    hide(cells, {{0, {1, 2, 3, 4}}});
    CHECK(hidden_flags(cells) == std::vector<bool>{false, false, true, true, false});

    // Only zeros left: a 0 it is.
    std::vector<ProtectedCell> zeros{shown(2), hidden(2), shown(0), shown(0)};
    hide(zeros, {{0, {1, 2, 3}}});
    CHECK(hidden_flags(zeros) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("A sum whose only member is hidden hides its total", "[stats][secondary_suppression]") {
    // A county of one municipality, or a pooled figure over years of which one is shown.
    std::vector<ProtectedCell> cells{shown(3), hidden(3)};
    CHECK(hide(cells, {{0, {1}}}) == 1);
    CHECK(cells[0].hidden);
    CHECK(cells[0].hidden_as_complement);
}

TEST_CASE("Members without a number that are hidden in the source count as hidden",
          "[stats][secondary_suppression]") {
    // An official county total includes a municipality the source marked ':'.
    std::vector<ProtectedCell> cells{shown(40), kHiddenInSource, shown(9), shown(25)};
    hide(cells, {{0, {1, 2, 3}}});
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
    CHECK(hide(cells, sums) == 3);
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
    CHECK(hide(cells, {pooled}) == 1);
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
    CHECK(hide(cells, {{X, {a, b}}, {G, {b, c}}}) == 1);
    CHECK(cells[b].sensitive);
    CHECK(cells[c].hidden);
    CHECK_FALSE(cells[X].hidden);
}

TEST_CASE("A figure no page shows needs no protection of its own",
          "[stats][secondary_suppression]") {
    // Stavanger's figure is the sum of its own row alone (the merged codes are "."): the row
    // is never shown as such, but nothing hidden depends on it.
    std::vector<ProtectedCell> cells{shown(119), unshown(119)};
    CHECK(hide(cells, {{0, {1}}}) == 0);
    CHECK_FALSE(cells[0].hidden);
}

TEST_CASE("A hidden total whose members are all shown hides a member",
          "[stats][secondary_suppression]") {
    // The source hid a county's total, but its municipalities add up to it.
    std::vector<ProtectedCell> cells{kHiddenInSource, shown(7), shown(9)};
    CHECK(hide(cells, {{0, {1, 2}}}) == 1);
    CHECK(cells[1].hidden);
}

}  // namespace kt

namespace kt {

TEST_CASE("A group inside a county cannot be subtracted from it",
          "[stats][secondary_suppression]") {
    // County K = a 3 + b 40 + c 4 + d 50 = 97; group G = a + b = 43 (both totals published).
    // a and c are small counts. K has two hidden (a, c): the local rule is content with K; G
    // has a alone, so b is hidden. But K - G = c + d: with d published, 97 - 43 - 50 = 4 gives
    // c away. Protection hides one more cell of that difference (d, or a total).
    enum { K, G, a, b, c, d };
    DisclosureProblem problem{{shown(97), shown(43), hidden(3), shown(40), hidden(4), shown(50)},
                              {{K, {a, b, c, d}}, {G, {a, b}}},
                              {},
                              5};
    CHECK(hide_complements(problem) == 1);
    CHECK_FALSE(narrowed_cells(problem).empty());
    const ProtectionResult result = protect_hidden_cells(problem);
    CHECK(result.narrowed.empty());
    CHECK(problem.cells[b].hidden);
    CHECK((problem.cells[d].hidden || problem.cells[K].hidden || problem.cells[G].hidden));
    CHECK(narrowed_cells(problem).empty());
}

TEST_CASE("Two overlapping sums cannot be subtracted to isolate a cell",
          "[stats][secondary_suppression]") {
    // County K = a + b + c + d, group G = a + b + e (e in another county). a 2 is small; in K
    // the smallest other member c 6 is hidden with it; in G, b 7 (smaller than e 30).
    // K - G = c + d - e: c alone hidden (a and b cancel) -> 6 = K - G - d + e. Protection
    // hides one more of d and e.
    enum { K, G, a, b, c, d, e };
    DisclosureProblem problem{
        {shown(23), shown(39), hidden(2), shown(7), shown(6), shown(8), shown(30)},
        {{K, {a, b, c, d}}, {G, {a, b, e}}},
        {},
        5};
    const ProtectionResult result = protect_hidden_cells(problem);
    CHECK(result.narrowed.empty());
    CHECK(problem.cells[b].hidden);
    CHECK(problem.cells[c].hidden);
    CHECK((problem.cells[d].hidden || problem.cells[e].hidden));
    CHECK(narrowed_cells(problem).empty());
}

}  // namespace kt

namespace kt {

TEST_CASE("A hidden part cannot be subtracted from its total", "[stats][secondary_suppression]") {
    // Bjerkreim 2015: all 11 of 19 in work or education, men 9 of 17, women 2 of 2. The
    // catalogue declares men and women as parts of all, so all - men gives the women away
    // unless one more part is hidden.
    enum { all, men, women };
    DisclosureProblem problem{{shown(11), shown(9), hidden(2)}, {{all, {men, women}}}, {}, 5};
    CHECK_FALSE(narrowed_cells(problem).empty());
    CHECK(hide_complements(problem) == 1);
    CHECK(problem.cells[men].hidden);
    CHECK(narrowed_cells(problem).empty());
}

TEST_CASE("The exact test sees what the local rule cannot", "[stats][secondary_suppression]") {
    SECTION("two small counts hidden in a sum of 2 are both 1") {
        DisclosureProblem problem{{shown(2), hidden(1), hidden(1)}, {{0, {1, 2}}}, {}, 5};
        CHECK(hide_complements(problem) == 0);  // two hidden: the local rule is content
        CHECK(narrowed_cells(problem) == std::vector<std::size_t>{1, 2});
    }
    SECTION("a chain of three overlapping sums") {
        // a + b = 8, b + c = 14, a + c = 10 with a (2), b (6), c (8) hidden: each sum has two
        // hidden cells, but together a = (8 - 14 + 10) / 2 = 2.
        enum { ab, bc, ac, a, b, c };
        DisclosureProblem problem{
            {shown(8), shown(14), shown(10), hidden(2), unshown(6), unshown(8)},
            {{ab, {a, b}}, {bc, {b, c}}, {ac, {a, c}}},
            {},
            5};
        problem.cells[b].hidden_as_complement = problem.cells[c].hidden_as_complement = true;
        CHECK(narrowed_cells(problem) == std::vector<std::size_t>{a, b, c});
    }
    SECTION("a 2 x 2 table with its margins leaves every cell its range") {
        //  a 3  b 9  | 12      a + b = 12, c + d = 16, a + c = 10, b + d = 18:
        //  c 7  d 9  | 16      a can be 1 … 4 (b 11 … 8, c 9 … 6, d 7 … 10).
        enum { r1, r2, k1, k2, a, b, c, d };
        DisclosureProblem problem{{shown(12), shown(16), shown(10), shown(18), hidden(3),
                                   unshown(9), unshown(7), unshown(9)},
                                  {{r1, {a, b}}, {r2, {c, d}}, {k1, {a, c}}, {k2, {b, d}}},
                                  {},
                                  5};
        for (auto cell : {b, c, d}) problem.cells[cell].hidden_as_complement = true;
        CHECK(narrowed_cells(problem).empty());
    }
    SECTION("a part is no larger than its whole") {
        // A numerator of 3 hidden over a published denominator of 3: it is at most 3.
        DisclosureProblem problem{{hidden(3), shown(3)}, {}, {{0, 1}}, 5};
        CHECK(narrowed_cells(problem) == std::vector<std::size_t>{0});
    }
}

TEST_CASE("Parts inside a county sum are protected in both", "[stats][secondary_suppression]") {
    // County women = A women + B women; each municipality's all = men + women. A's women 2 is
    // small. Hiding A's men covers A's parts; the county sum of women still has A's women
    // alone hidden, so B's women is hidden, and B's parts sum then hides B's men.
    enum { county_women, a_all, a_men, a_women, b_all, b_men, b_women };
    DisclosureProblem problem{
        {shown(9), shown(12), shown(10), hidden(2), shown(20), shown(13), shown(7)},
        {{county_women, {a_women, b_women}}, {a_all, {a_men, a_women}}, {b_all, {b_men, b_women}}},
        {},
        5};
    hide_complements(problem);
    CHECK(problem.cells[a_men].hidden);
    CHECK(problem.cells[b_women].hidden);
    CHECK(problem.cells[b_men].hidden);
    CHECK(narrowed_cells(problem).empty());
}

}  // namespace kt

namespace kt {

TEST_CASE("Complements are added until the exact test passes", "[stats][secondary_suppression]") {
    SECTION("two small counts that add up to 2 get a third cell beside them") {
        // 12 = a 1 + b 1 + c 10: with a and b hidden, a + b = 2 pins both at 1; hiding c
        // leaves a + b + c = 12, so a can be anything from 1 to 4 again.
        enum { total, a, b, c };
        DisclosureProblem problem{
            {shown(12), hidden(1), hidden(1), shown(10)}, {{total, {a, b, c}}}, {}, 5};
        const ProtectionResult result = protect_hidden_cells(problem);
        CHECK(result.narrowed.empty());
        CHECK(problem.cells[c].hidden_as_complement);
        CHECK(result.hidden == 1);
        CHECK(narrowed_cells(problem).empty());
    }
    SECTION("a chain of three sums") {
        // a + b + d = 10, b + c + e = 20, a + c + f = 14 with a (2) small and b (6), c (8)
        // hidden: each sum alone leaves two hidden cells, but with d, e and f published
        // a = (8 - 14 + 10) / 2 = 2. One of d, e, f must go too.
        enum { s1, s2, s3, a, b, c, d, e, f };
        DisclosureProblem problem{{shown(10), shown(20), shown(14), hidden(2), unshown(6),
                                   unshown(8), shown(2), shown(6), shown(4)},
                                  {{s1, {a, b, d}}, {s2, {b, c, e}}, {s3, {a, c, f}}},
                                  {},
                                  5};
        problem.cells[b].hidden_as_complement = problem.cells[c].hidden_as_complement = true;
        problem.cells[b].sensitive = problem.cells[c].sensitive = true;
        CHECK(hide_complements(problem) == 0);
        const ProtectionResult result = protect_hidden_cells(problem);
        CHECK(result.narrowed.empty());
        CHECK(result.hidden >= 1);
        CHECK((problem.cells[d].hidden || problem.cells[e].hidden || problem.cells[f].hidden));
        CHECK(narrowed_cells(problem).empty());
    }
    SECTION("a group inside a county: the county minus the group") {
        // County 40 = A 3 + B 12 + C 25; the group A + B = 15 is published too. The local rule
        // hides B for both sums; then county - group = C, published anyway, and A + B = 15
        // leaves A its range.
        enum { county, group, a, b, c };
        DisclosureProblem problem{{shown(40), shown(15), hidden(3), shown(12), shown(25)},
                                  {{county, {a, b, c}}, {group, {a, b}}},
                                  {},
                                  5};
        const ProtectionResult result = protect_hidden_cells(problem);
        CHECK(result.narrowed.empty());
        CHECK(problem.cells[b].hidden);
        CHECK_FALSE(problem.cells[c].hidden);
    }
    SECTION("an official total above the sum of its members is no equation") {
        // 20 = a 3 + b 10 + c 5 does not hold (18): an intruder who used it would get a
        // wrong number, and it must not make every other relation unsolvable either.
        enum { total, a, b, c, other_total, x, y };
        DisclosureProblem problem{
            {shown(20), hidden(3), shown(10), shown(5), shown(9), hidden(2), shown(7)},
            {{total, {a, b, c}}, {other_total, {x, y}}},
            {},
            5};
        const ProtectionResult result = protect_hidden_cells(problem);
        CHECK(result.narrowed.empty());
        CHECK(problem.cells[y].hidden);  // the true sum 9 = 2 + 7 would give x away
        CHECK(narrowed_cells(problem).empty());
    }
}

}  // namespace kt

namespace kt {

TEST_CASE("A small total of small parts keeps what its symbols leave",
          "[stats][secondary_suppression]") {
    // all 3 = men 2 + women 1, all three hidden as counts of 1 … 4. The county sum beside them
    // would give all away (40 - 37), and with it that men and women are at most 3.
    enum { all, men, women, county_all, other_all };
    DisclosureProblem problem{{hidden(3), hidden(2), hidden(1), shown(40), shown(37)},
                              {{all, {men, women}}, {county_all, {all, other_all}}},
                              {},
                              5};
    const ProtectionResult result = protect_hidden_cells(problem);
    CHECK(result.narrowed.empty());
    CHECK(problem.cells[other_all].hidden);  // else 40 - 37 gives the total away
    CHECK(narrowed_cells(problem).empty());
}

TEST_CASE("A denominator known to be small is protected as readers know it",
          "[stats][secondary_suppression]") {
    // County 12 = A 3 + B 9. A is a small count; B is not published, but a share over it is
    // "not shown: fewer than 10 in the base", so readers know B is 0 … 9 and A at least 3.
    enum { county, a, b };
    ProtectedCell small_base = unshown(9);
    small_base.known_below = 10;
    DisclosureProblem told{{shown(12), hidden(3), small_base}, {{county, {a, b}}}, {}, 5};
    CHECK(narrowed_cells(told) == std::vector<std::size_t>{a});
    const ProtectionResult result = protect_hidden_cells(told);
    CHECK(result.narrowed.empty());
    CHECK(told.cells[county].hidden);
    CHECK(narrowed_cells(told).empty());
    // Not knowing B's bound, readers cannot narrow A.
    DisclosureProblem untold{{shown(12), hidden(3), unshown(9)}, {{county, {a, b}}}, {}, 5};
    CHECK(narrowed_cells(untold).empty());
}

TEST_CASE("Protection hides the cheapest cells that give each hidden count its whole range",
          "[stats][secondary_suppression]") {
    // 30 = a 2 + b 3 + c 10 + d 15, with a and b small: a + b = 5 lets a be anything from 1 to
    // 4 (b 4 … 1), so nothing more is hidden.
    enum { total, a, b, c, d };
    DisclosureProblem problem{
        {shown(30), hidden(2), hidden(3), shown(10), shown(15)}, {{total, {a, b, c, d}}}, {}, 5};
    const ProtectionResult result = protect_hidden_cells(problem);
    CHECK(result.narrowed.empty());
    CHECK(result.hidden == 0);
    CHECK(narrowed_cells(problem).empty());

    // a 1 + b 1 = 2 pins both: one more cell must go, and the cheaper is c (10 before 15).
    DisclosureProblem pinned{
        {shown(27), hidden(1), hidden(1), shown(10), shown(15)}, {{total, {a, b, c, d}}}, {}, 5};
    const ProtectionResult fixed = protect_hidden_cells(pinned);
    CHECK(fixed.narrowed.empty());
    CHECK(pinned.cells[c].hidden_as_complement);
    CHECK_FALSE(pinned.cells[d].hidden);
    CHECK(narrowed_cells(pinned).empty());
}

TEST_CASE("A hidden 0 with the privacy symbol keeps every small value possible",
          "[stats][secondary_suppression]") {
    // Total 2 = Z 0 + D 2. D is a small count; Z is no figure's own but a row shows it with
    // the privacy symbol, as it shows D. Z + D = 2 would tell readers that either is at most 2,
    // more than "fewer than 5" says: the total must go.
    enum { total, z, d };
    ProtectedCell zero = unshown(0);
    zero.protected_unit = zero.sensitive = true;
    DisclosureProblem problem{{shown(2), zero, hidden(2)}, {{total, {z, d}}}, {}, 5};
    CHECK(narrowed_cells(problem) == std::vector<std::size_t>{z, d});
    const ProtectionResult result = protect_hidden_cells(problem);
    CHECK(result.narrowed.empty());
    CHECK(problem.cells[total].hidden);
    CHECK(narrowed_cells(problem).empty());
}

TEST_CASE("A denominator known to be large is protected as readers know it",
          "[stats][secondary_suppression]") {
    // County 12 = A 2 + B 10. A is a small count; B is hidden, and a share over it is hidden
    // for privacy, not for too few in the base: readers know B is at least 10, so A at most 2.
    enum { county, a, b };
    ProtectedCell large_base = unshown(10);
    large_base.known_at_least = 10;
    large_base.protected_unit = large_base.sensitive = true;
    DisclosureProblem told{{shown(12), hidden(2), large_base}, {{county, {a, b}}}, {}, 5};
    CHECK(narrowed_cells(told) == std::vector<std::size_t>{a});
    const ProtectionResult result = protect_hidden_cells(told);
    CHECK(result.narrowed.empty());
    CHECK(told.cells[county].hidden);
    CHECK(narrowed_cells(told).empty());
}

}  // namespace kt

namespace kt {
namespace {

// Keeps results in memory, and counts what it was asked.
class KeptResults : public ProtectionMemory {
  public:
    std::optional<GroupProtection> recall(const std::string& problem, std::size_t) override {
        ++asked;
        auto it = kept.find(problem);
        if (it == kept.end()) return std::nullopt;
        ++recalled;
        return it->second;
    }
    void remember(const std::string& problem, const GroupProtection& result) override {
        kept[problem] = result;
    }
    std::map<std::string, GroupProtection> kept;
    int asked = 0, recalled = 0;
};

// Two groups that share no cell: a county of four municipalities with one small count, and
// the chain of three sums of the test above.
DisclosureProblem two_groups() {
    DisclosureProblem problem{{shown(65), hidden(3), shown(12), shown(20), shown(30),
                               shown(10), shown(20), shown(14), hidden(2), unshown(6),
                               unshown(8), shown(2), shown(6), shown(4)},
                              {{0, {1, 2, 3, 4}}, {5, {8, 9, 11}}, {6, {9, 10, 12}},
                               {7, {8, 10, 13}}},
                              {},
                              5};
    for (std::size_t c : {9, 10}) problem.cells[c].hidden_as_complement = true;
    for (std::size_t c : {9, 10}) problem.cells[c].sensitive = true;
    return problem;
}

std::vector<std::tuple<bool, bool, bool>> states(const DisclosureProblem& problem) {
    std::vector<std::tuple<bool, bool, bool>> out;
    for (const ProtectedCell& c : problem.cells)
        out.emplace_back(c.hidden, c.sensitive, c.hidden_as_complement);
    return out;
}

}  // namespace

TEST_CASE("A group protected once is given the same protection again without solving",
          "[stats][secondary_suppression]") {
    DisclosureProblem fresh = two_groups();
    const ProtectionResult plain = protect_hidden_cells(fresh);
    REQUIRE(plain.narrowed.empty());

    KeptResults memory;
    DisclosureProblem first = two_groups();
    const ProtectionResult remembered = protect_hidden_cells(first, &memory);
    CHECK(memory.kept.size() == 2);
    CHECK(memory.recalled == 0);
    CHECK(states(first) == states(fresh));
    CHECK(remembered.hidden == plain.hidden);

    DisclosureProblem second = two_groups();
    const ProtectionResult recalled = protect_hidden_cells(second, &memory);
    CHECK(memory.recalled == 2);
    CHECK(recalled.solves == 0);
    CHECK(recalled.hidden == plain.hidden);
    CHECK(states(second) == states(fresh));
    CHECK(narrowed_cells(second).empty());

    SECTION("a changed number is another problem") {
        DisclosureProblem changed = two_groups();
        changed.cells[4].value = 31;
        changed.cells[0].value = 66;
        const int before = memory.recalled;
        protect_hidden_cells(changed, &memory);
        CHECK(memory.recalled == before + 1);  // the chain alone is the same
        CHECK(memory.kept.size() == 3);
    }
    SECTION("a kept result that would hide a cell hidden already is not used") {
        // Position 1 of the county's group and 3 of the chain's are the small counts.
        for (auto& [problem, result] : memory.kept) result.complements = {1, 3};
        DisclosureProblem again = two_groups();
        const ProtectionResult redone = protect_hidden_cells(again, &memory);
        CHECK(states(again) == states(fresh));
        CHECK(redone.solves > 0);
    }
}

}  // namespace kt
