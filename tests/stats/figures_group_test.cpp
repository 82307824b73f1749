// Figures for the catalogue's groups of municipalities: sums over the members, protected like
// a county's.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "small_site_fixture.h"
#include "stats/area_group.h"
#include "stats/figures.h"

namespace kt {
namespace {

// bosatte: a count of persons; arbeid_andel: a share of persons. The groupings are appended
// by each test.
const std::string kCatalogue =
    test::measures_yaml(
        {{"bosatte", "personer"}, {"avsluttet", "personer"}, {"arbeid", "personer"}}) +
    test::indicator_yaml("bosatte", "count", "bosatte", "") +
    test::indicator_yaml("arbeid_andel", "share", "arbeid", "avsluttet",
                         "    decimals: 1\n    higher_is_better: true\n");

const char* const kRegions = R"(groupings:
  - id: region
    title: Region
    attribute: region
)";

const char* const kSizes = R"(  - id: storrelse
    title: Kommunestørrelse
    size_groups: true
)";

const char* const kAreas = R"(kode,navn,type,overordnet,fra,til
0,Norge,land,,,
11,Vestfylke,fylke,0,,
12,Austfylke,fylke,0,,
1101,Aby,kommune,11,,
1102,Bby,kommune,11,,
1103,Cby,kommune,11,,
1104,Dby,kommune,11,,
1201,Eby,kommune,12,,
1202,Fby,kommune,12,,
1203,Gby,kommune,12,,
)";

// Region nord: Aby, Bby. Region sor: Dby, Eby, Fby (across the counties). Cby and Gby have no
// region.
const char* const kAttributes = R"(kode,egenskap,verdi
1101,region,nord
1102,region,nord
1104,region,sor
1201,region,sor
1202,region,sor
)";

// 2023:        bosatte   arbeid / avsluttet   folketall
//   Aby           3 *        8 / 10             1 500
//   Bby          40         20 / 25             1 999
//   Cby           6          9 / 15             5 000
//   Dby          50         30 / 40            12 000 (9 000 in 2022)
//   Eby           4 *        3 * / 12           2 000
//   Fby           2 *        4 * / 10           4 999
//   Gby          30         12 / 20             none
// * a count of 1-4 persons, hidden.
// The sums that hide bosatte: the country's and the counties'. Vestfylke's has Aby alone, so
// another of its members is hidden too; Bby's 40 stays shown. Groups add no sums to protect.
const char* const kObservations = R"(område,periode,mål,verdi
1101,2023,bosatte,3
1102,2023,bosatte,40
1103,2023,bosatte,6
1104,2023,bosatte,50
1201,2023,bosatte,4
1202,2023,bosatte,2
1203,2023,bosatte,30
1101,2023,arbeid,8
1101,2023,avsluttet,10
1102,2023,arbeid,20
1102,2023,avsluttet,25
1103,2023,arbeid,9
1103,2023,avsluttet,15
1104,2023,arbeid,30
1104,2023,avsluttet,40
1201,2023,arbeid,3
1201,2023,avsluttet,12
1202,2023,arbeid,4
1202,2023,avsluttet,10
1203,2023,arbeid,12
1203,2023,avsluttet,20
1101,2023,folketall,1500
1102,2023,folketall,1999
1103,2023,folketall,5000
1104,2022,folketall,9000
1104,2023,folketall,12000
1201,2023,folketall,2000
1202,2023,folketall,4999
)";

const std::vector<std::string> kMunicipalities{"1101", "1102", "1103", "1104",
                                               "1201", "1202", "1203"};

SiteInput read_test_site(const std::string& groupings,
                         const std::string& observations = kObservations) {
    SiteInput input = test::read_small_site({{"data/omrader.csv", kAreas},
                                             {"data/katalog.yaml", kCatalogue + groupings},
                                             {"data/egenskaper.csv", kAttributes},
                                             {"data/observasjoner/tall.csv", observations}});
    REQUIRE(input.config.suppression.min_count == 5);
    return input;
}

std::vector<std::string> keys_of(const std::vector<const AreaGroup*>& groups) {
    std::vector<std::string> keys;
    for (const AreaGroup* group : groups) keys.push_back(group->key);
    return keys;
}

}  // namespace

TEST_CASE("a group's figure sums its members' published numerators and denominators",
          "[stats][figures][area_group]") {
    const SiteInput site = read_test_site(kRegions);
    const Figures figures(site, kMunicipalities);
    REQUIRE(figures.groups().size() == 2);
    const AreaGroup& sor = figures.groups()[1];
    REQUIRE(sor.key == "gruppe/region/sor");
    CHECK(sor.members == std::vector<std::string>{"1104", "1201", "1202"});

    // Eby's 3 of 12 and Fby's 4 of 10 are hidden on their own pages.
    CHECK(figures.value("arbeid_andel", "1201", 2023).suppression == Suppression::confidential);
    CHECK(figures.value("arbeid_andel", "1202", 2023).suppression == Suppression::confidential);

    // Region sor adds only what is published: Dby's 30 of 40 = 75 %, two members missing.
    // Adding the hidden ones, (30 + 3 + 4) / (40 + 12 + 10), would let the region minus Dby
    // give Eby and Fby together away.
    const IndicatorValue& share = figures.value("arbeid_andel", sor.key, 2023);
    REQUIRE(share.has_number());
    CHECK(share.numerator == 30);
    CHECK(share.denominator == 40);
    CHECK(share.value == Approx(75));
    CHECK(share.parts_total == 3);
    CHECK(share.parts_missing == 2);

    // Every group figure, for every indicator, is the sum of its members' shown figures.
    for (const AreaGroup& group : figures.groups()) {
        for (const Indicator& indicator : site.catalogue.indicators) {
            double numerator = 0, denominator = 0;
            int missing = 0;
            for (const std::string& code : group.members) {
                const IndicatorValue& member = figures.value(indicator.id, code, 2023);
                if (!member.has_number()) {
                    ++missing;
                    continue;
                }
                numerator += member.numerator;
                denominator += member.denominator;
            }
            INFO(group.key << " " << indicator.id);
            const IndicatorValue& total = figures.value(indicator.id, group.key, 2023);
            CHECK(total.parts_missing == missing);
            if (!total.has_number()) continue;
            CHECK(total.numerator == numerator);
            CHECK(total.denominator == denominator);
        }
    }
}

TEST_CASE("a member over 0 adds to a group only what it publishes",
          "[stats][figures][area_group]") {
    // Eby finished nobody: 0 of 0, which is "." (or hidden, where its 0 protects a
    // neighbour). Its numerator is published nowhere, so region sor counts it as missing
    // rather than as a member that added 0, and is not "." for its own 0 either.
    std::string observations = kObservations;
    for (const auto& [from, to] :
         {std::pair<std::string, std::string>{"1201,2023,arbeid,3\n", "1201,2023,arbeid,0\n"},
          {"1201,2023,avsluttet,12\n", "1201,2023,avsluttet,0\n"}})
        observations.replace(observations.find(from), from.size(), to);
    const Figures figures(read_test_site(kRegions, observations), kMunicipalities);
    CHECK_FALSE(figures.value("arbeid_andel", "1201", 2023).has_number());
    const IndicatorValue& sor = figures.value("arbeid_andel", "gruppe/region/sor", 2023);
    REQUIRE(sor.has_number());
    CHECK(sor.numerator == 30);  // Dby's alone
    CHECK(sor.denominator == 40);
    CHECK(sor.parts_total == 3);
    CHECK(sor.parts_missing == 2);  // Eby and the hidden Fby
}

TEST_CASE("groups cost no complements: they hide nothing that counties do not",
          "[stats][figures][area_group][suppression]") {
    const Figures without_groups(read_test_site(""), kMunicipalities);
    const SiteInput site = read_test_site(kRegions);
    const Figures figures(site, kMunicipalities);
    CHECK(without_groups.groups().empty());
    for (const Indicator& indicator : site.catalogue.indicators)
        for (const std::string& code : kMunicipalities) {
            INFO(indicator.id << " " << code);
            CHECK(figures.value(indicator.id, code, 2023).suppression ==
                  without_groups.value(indicator.id, code, 2023).suppression);
        }

    // Region nord is Aby 3 (hidden) and Bby 40: its figure is Bby's 40, one member missing,
    // so region minus Bby gives nothing away.
    const AreaGroup& nord = figures.groups()[0];
    REQUIRE(nord.key == "gruppe/region/nord");
    CHECK(figures.value("bosatte", "1101", 2023).suppression == Suppression::confidential);
    const IndicatorValue& total = figures.value("bosatte", nord.key, 2023);
    REQUIRE(total.has_number());
    CHECK(total.value == figures.value("bosatte", "1102", 2023).value);
    CHECK(total.parts_missing == 1);
}

TEST_CASE("a municipality without the grouping's attribute is in no group of it",
          "[stats][figures][area_group]") {
    const SiteInput site = read_test_site(kRegions);
    const Figures figures(site, kMunicipalities);

    CHECK(keys_of(figures.groups_of("1101")) == std::vector<std::string>{"gruppe/region/nord"});
    CHECK(keys_of(figures.groups_of("1201")) == std::vector<std::string>{"gruppe/region/sor"});
    CHECK(figures.groups_of("1103").empty());  // Cby has no region
    CHECK(figures.groups_of("1203").empty());  // nor Gby
    for (const AreaGroup& group : figures.groups()) {
        INFO(group.key);
        CHECK(std::find(group.members.begin(), group.members.end(), "1103") == group.members.end());
        CHECK(std::find(group.members.begin(), group.members.end(), "1203") == group.members.end());
    }
}

TEST_CASE("size groups follow each municipality's latest population",
          "[stats][figures][area_group]") {
    const SiteInput site = read_test_site(std::string(kRegions) + kSizes);
    const Figures figures(site, kMunicipalities);

    // Under 2 000: Aby 1 500, Bby 1 999. 2 000-4 999: Eby 2 000, Fby 4 999. 5 000-9 999:
    // Cby 5 000. 10 000-19 999: Dby 12 000 in 2023, its latest year (9 000 in 2022 would put it
    // with Cby). Gby has no population: in no size group.
    const auto dby = figures.population("1104");
    REQUIRE(dby);
    CHECK(dby->value == 12000);
    CHECK(dby->year == 2023);
    CHECK_FALSE(figures.population("1203"));

    REQUIRE(figures.groups().size() == 6);  // region nord, sor, then four size groups
    struct Expected {
        int size_group;
        std::vector<std::string> members;
    };
    const std::vector<Expected> expected{
        {1, {"1101", "1102"}},  // under 2 000
        {2, {"1201", "1202"}},  // 2 000-4 999
        {3, {"1103"}},          // 5 000-9 999
        {4, {"1104"}},          // 10 000-19 999
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const AreaGroup& group = figures.groups()[i + 2];
        INFO(group.key);
        const std::string value = std::to_string(expected[i].size_group);
        CHECK(group.grouping == "storrelse");
        CHECK(group.value == value);
        CHECK(group.key == "gruppe/storrelse/" + value);
        CHECK(group.size_group == expected[i].size_group);
        CHECK(group.members == expected[i].members);
    }
    CHECK(keys_of(figures.groups_of("1104")) ==
          std::vector<std::string>{"gruppe/region/sor", "gruppe/storrelse/4"});
    CHECK(figures.groups_of("1203").empty());

    // A size group's figure adds its members' published figures like any group's: under
    // 2 000 is Bby's 40 (Aby's 3 is hidden); 2 000-4 999 has only hidden members, Eby 4 and
    // Fby 2, and so no figure at all.
    const IndicatorValue& smallest = figures.value("bosatte", "gruppe/storrelse/1", 2023);
    REQUIRE(smallest.has_number());
    CHECK(smallest.value == 40);
    CHECK(smallest.parts_missing == 1);
    const IndicatorValue& small = figures.value("bosatte", "gruppe/storrelse/2", 2023);
    CHECK_FALSE(small.has_number());
    CHECK(small.parts_missing == 2);
}

}  // namespace kt
