// The audit reads only what a site publishes: these tests hand it CSV downloads and
// definitions written out here, never anything the build computed.
#include "audit/disclosure_audit.h"

#include <catch2/catch.hpp>

namespace kt {
namespace {

const char* kHeader =
    "indikator,områdekode,områdenavn,områdetype,periode,verdi,symbol,grunn,teller,nevner,"
    "teller_grunn,nevner_grunn,ki95_nedre,ki95_ovre,enhet,merknad\n";

// A site of count indicators over the measure "n" (and its parts "men" + "women" = "n").
PublishedSite site_with(const std::string& sums_json, const std::string& rows) {
    PublishedSite site;
    Diagnostics diagnostics;
    read_definitions(site,
                     R"({"min_count": 5, "min_denominator": 10, "indicators": [
        {"id": "n", "computation": "count", "numerator": "n", "denominator": null},
        {"id": "men", "computation": "count", "numerator": "men", "denominator": null},
        {"id": "women", "computation": "count", "numerator": "women", "denominator": null},
        {"id": "rate", "computation": "share", "numerator": "men", "denominator": "n"}],
      "measures": [{"id": "n", "breakdowns": [["men", "women"]]}],
      "sums": )" + sums_json +
                         "}",
                     "definisjoner.json", diagnostics);
    read_download(site, std::string(kHeader) + rows, "test.csv", diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    return site;
}

// One row of a count: a number, or hidden with a reason code.
std::string count(const std::string& indicator, const std::string& code, const std::string& value,
                  const std::string& reason = "", const std::string& period = "2015") {
    return indicator + "," + code + ",," + (code.size() > 2 ? "kommune" : "fylke") + "," + period +
           "," + value + "," + (value.empty() ? ":" : "") + "," + reason + "," + value + ",," +
           reason + ",,,,personer,\n";
}

std::vector<std::string> narrowed_codes(const AuditReport& report) {
    std::vector<std::string> codes;
    for (const NarrowedCell& n : report.narrowed)
        codes.push_back(n.cell.measure + ":" + n.cell.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

}  // namespace

TEST_CASE("The audit finds two hidden counts that add up to 2", "[audit]") {
    // County 10 = A + B + C: 12 published, C 10 published, A and B hidden for privacy.
    // A + B = 2: each is 0, 1 or 2, which says more than "fewer than 5".
    const auto site = site_with(R"([{"code": "10", "members": ["1001", "1002", "1003"]}])",
                                count("n", "10", "12") + count("n", "1001", "", "personvern") +
                                    count("n", "1002", "", "personvern") + count("n", "1003", "10"));
    const AuditReport report = audit_disclosure(site);
    CHECK(report.hidden == 2);
    CHECK(report.confidential == 2);
    CHECK(narrowed_codes(report) == std::vector<std::string>{"n:1001", "n:1002"});
    CHECK(report.narrowed.front().range.low == 0);
    CHECK(report.narrowed.front().range.high == 2);
    CHECK_FALSE(report.passed());
}

TEST_CASE("The audit passes a 2 x 2 table with its margins", "[audit]") {
    // Rows 10 = 1001 + 1002 and 20 = 2001 + 2002; columns are groups g:1 = 1001 + 2001 and
    // g:2 = 1002 + 2002. 1001 is a small count (3), the other three complements: 1001 can be
    // 0 … 10 (1002 12 … 2, 2001 10 … 0, 2002 6 … 16).
    const auto site = site_with(
        R"([{"code": "10", "members": ["1001", "1002"]}, {"code": "20", "members": ["2001", "2002"]},
            {"code": "g:1", "members": ["1001", "2001"]}, {"code": "g:2", "members": ["1002", "2002"]}])",
        count("n", "10", "12") + count("n", "20", "16") + count("n", "g:1", "10") +
            count("n", "g:2", "18") + count("n", "1001", "", "personvern") +
            count("n", "1002", "", "personvern") + count("n", "2001", "", "personvern") +
            count("n", "2002", "", "personvern"));
    const AuditReport report = audit_disclosure(site);
    CHECK(report.relations == 4);
    CHECK(report.narrowed.empty());
    CHECK(report.passed());
}

TEST_CASE("The audit follows a chain of three sums", "[audit]") {
    // s1 = a + b + 2, s2 = b + c + 6, s3 = a + c + 4 with a (2) small and b, c complements:
    // a = (8 - 14 + 10) / 2 = 2.
    const auto site = site_with(
        R"([{"code": "s1", "members": ["1001", "1002", "1004"]},
            {"code": "s2", "members": ["1002", "1003", "1005"]},
            {"code": "s3", "members": ["1001", "1003", "1006"]}])",
        count("n", "s1", "10") + count("n", "s2", "20") + count("n", "s3", "14") +
            count("n", "1001", "", "personvern") + count("n", "1002", "", "personvern") +
            count("n", "1003", "", "personvern") + count("n", "1004", "2") +
            count("n", "1005", "6") + count("n", "1006", "4"));
    const AuditReport report = audit_disclosure(site);
    CHECK(narrowed_codes(report) == std::vector<std::string>{"n:1001", "n:1002", "n:1003"});
}

TEST_CASE("Negative control: the audit sees a part subtracted from its total", "[audit]") {
    // Bjerkreim 2015 as the issue found it: all 11, men 9 published, women hidden. The
    // definitions say men + women = all, so women = 2.
    const auto site = site_with("[]", count("n", "1114", "11") + count("men", "1114", "9") +
                                          count("women", "1114", "", "personvern"));
    const AuditReport report = audit_disclosure(site);
    REQUIRE(report.narrowed.size() == 1);
    CHECK(report.narrowed.front().range.low == 2);
    CHECK(report.narrowed.front().range.high == 2);
    CHECK(report.narrowed.front().relations ==
          std::vector<std::string>{"parts n 1114 2015 = its 2 parts"});
}

TEST_CASE("Parts inside a county sum: protected in both, the audit passes", "[audit]") {
    // County women 9 = A women + B women; A: all 12 = men 10 + women 2 (small); B: all 20 =
    // men 13 + women 7. A's men, B's women and B's men hidden as complements leave A's women
    // anything from 1 to 4 (A's men 11 … 8, B's women 7 … 5, B's men 13 … 15).
    const auto site = site_with(
        R"([{"code": "10", "members": ["1001", "1002"]}])",
        count("women", "10", "9") + count("n", "1001", "12") +
            count("men", "1001", "", "personvern") + count("women", "1001", "", "personvern") +
            count("n", "1002", "20") + count("men", "1002", "", "personvern") +
            count("women", "1002", "", "personvern"));
    const AuditReport report = audit_disclosure(site);
    CHECK(report.narrowed.empty());
    CHECK(report.passed());
}

TEST_CASE("The audit uses pooled periods and a share's bound", "[audit]") {
    SECTION("a pooled period minus its published years") {
        const auto site = site_with("[]", count("n", "1001", "20", "", "2021-2023") +
                                              count("n", "1001", "8", "", "2021") +
                                              count("n", "1001", "9", "", "2022") +
                                              count("n", "1001", "", "personvern", "2023"));
        const AuditReport report = audit_disclosure(site);
        REQUIRE(report.narrowed.size() == 1);
        CHECK(report.narrowed.front().range.low == 3);
    }
    SECTION("a shown share, rounded, with its numerator hidden") {
        // 25.0 % of 12 can only be 3 (2 would be 16.7 %, 4 would be 33.3 %).
        const auto site =
            site_with("[]", "rate,1001,,kommune,2015,25.0,,,,12,personvern,,,,prosent,\n");
        const AuditReport report = audit_disclosure(site);
        REQUIRE(report.narrowed.size() == 1);
        CHECK(report.narrowed.front().range.low == 3);
        CHECK(report.narrowed.front().range.high == 3);
    }
    SECTION("a hidden numerator over a published denominator of 3") {
        const std::string share_row =
            "rate,1001,,kommune,2015,,:,lite_nevner,,3,personvern,,,,prosent,\n";
        const auto site = site_with("[]", share_row);
        const AuditReport report = audit_disclosure(site);
        REQUIRE(report.narrowed.size() == 1);
        CHECK(report.narrowed.front().range.high == 3);
    }
}

}  // namespace kt

namespace kt {

TEST_CASE("A figure's symbol tells on which side of min_denominator its denominator is",
          "[audit]") {
    const std::string sums = R"([{"code": "10", "members": ["1001", "1002"]}])";
    SECTION("too few in the base: below") {
        // all = men + women in 1001, women 6 published: men is at most 3 once the share
        // says "færre enn 10 i grunnlaget" of all.
        const std::string rows = count("n", "1001", "", "personvern") +
                                 count("men", "1001", "", "personvern") +
                                 count("women", "1001", "6");
        const std::string too_few =
            "rate,1001,,kommune,2015,,:,lite_nevner,,,personvern,personvern,,,prosent,\n";
        const AuditReport told = audit_disclosure(site_with("[]", rows + too_few));
        // n is 6 … 9, which does not tell whether it is fewer than 5.
        REQUIRE(narrowed_codes(told) == std::vector<std::string>{"men:1001"});
        CHECK(told.narrowed.front().range.low == 0);
        CHECK(told.narrowed.front().range.high == 3);
        // Without the share's reason, men could be anything.
        CHECK(audit_disclosure(site_with("[]", rows)).passed());
    }
    SECTION("hidden for privacy: at least") {
        // County 10 = 1001 + 1002 = 12. 1002's share is hidden for privacy, not for too few:
        // 1002 is at least 10, so 1001 is at most 2.
        const std::string rows = count("n", "10", "12") + count("n", "1001", "", "personvern") +
                                 count("n", "1002", "", "personvern");
        const std::string hidden =
            "rate,1002,,kommune,2015,,:,personvern,,,personvern,personvern,,,prosent,\n";
        const AuditReport told = audit_disclosure(site_with(sums, rows + hidden));
        REQUIRE(narrowed_codes(told) == std::vector<std::string>{"n:1001"});
        CHECK(told.narrowed.front().range.high == 2);
        CHECK(audit_disclosure(site_with(sums, rows)).passed());
    }
}

TEST_CASE("The audit reports a count one row hides and another shows", "[audit]") {
    // n for 1001 is hidden as its own count, but the share row shows it as its denominator.
    const auto site =
        site_with("[]", count("n", "1001", "", "personvern") +
                            "rate,1001,,kommune,2015,,:,personvern,3,12,,,,,prosent,\n");
    const AuditReport report = audit_disclosure(site);
    REQUIRE(report.narrowed.size() == 1);
    CHECK(report.narrowed.front().cell.measure == "n");
    CHECK(report.narrowed.front().range.low == 12);
    CHECK_FALSE(report.passed());
}

TEST_CASE("The audit rejects what no build writes", "[audit]") {
    PublishedSite site = site_with("[]", "");
    Diagnostics diagnostics;
    SECTION("an unknown reason code") {
        read_download(site, std::string(kHeader) + count("n", "1001", "", "Personvern"), "x.csv",
                      diagnostics);
        CHECK(diagnostics.has_errors());
    }
    SECTION("a reason code that would tell small counts from the cells that hide them") {
        read_download(site, std::string(kHeader) + count("n", "1001", "", "lite_tall"), "x.csv",
                      diagnostics);
        CHECK(diagnostics.has_errors());
    }
    SECTION("a sum that names itself") {
        PublishedSite other;
        read_definitions(other,
                         R"({"min_count": 5, "indicators": [], "measures": [],
                             "sums": [{"code": "10", "members": ["10", "1001"]}]})",
                         "definisjoner.json", diagnostics);
        CHECK(diagnostics.has_errors());
    }
    SECTION("a number that is no count") {
        read_download(site, std::string(kHeader) + count("n", "1001", "-3"), "x.csv", diagnostics);
        CHECK(diagnostics.has_errors());
    }
    SECTION("a period of years no register has is no pooled period") {
        read_download(site,
                      std::string(kHeader) + count("n", "1001", "9", "", "2147483600-2147483647"),
                      "x.csv", diagnostics);
        CHECK_FALSE(diagnostics.has_errors());
        CHECK(audit_disclosure(site).passed());
    }
}

}  // namespace kt

namespace kt {

TEST_CASE("Hidden cells the published numbers show to be small are narrowed", "[audit]") {
    // n = men + women, all three hidden: nothing is known before any number is read.
    const std::string hidden_family = count("n", "1001", "", "personvern") +
                                      count("men", "1001", "", "personvern") +
                                      count("women", "1001", "", "personvern");
    CHECK(audit_disclosure(site_with("[]", hidden_family)).passed());

    // County 10 = 1001 + 1002 published as 5 with 1002 at 2: now n in 1001 is exactly 3, and
    // men and women are 0 … 3, which says more than "fewer than 5".
    const auto site = site_with(R"([{"code": "10", "members": ["1001", "1002"]}])",
                                hidden_family + count("n", "10", "5") + count("n", "1002", "2"));
    const AuditReport report = audit_disclosure(site);
    REQUIRE(narrowed_codes(report) == std::vector<std::string>{"men:1001", "n:1001", "women:1001"});
    REQUIRE(report.narrowed.front().cell.measure == "n");
    CHECK(report.narrowed.front().range.low == 3);
    CHECK(report.narrowed.front().range.high == 3);
    CHECK(report.narrowed.back().range.low == 0);
    CHECK(report.narrowed.back().range.high == 3);

    // With a third member hidden too, 1001 and 1003 add up to 7: each can be anything from 0
    // to 7, men and women in 1001 too, and whether any is fewer than 5 cannot be told.
    const auto wider =
        site_with(R"([{"code": "10", "members": ["1001", "1002", "1003"]}])",
                  hidden_family + count("n", "10", "9") + count("n", "1002", "2") +
                      count("n", "1003", "", "personvern"));
    CHECK(audit_disclosure(wider).passed());
}

TEST_CASE("A sum with members missing is kept apart from the measure's own count", "[audit]") {
    // The county's n is 12; the share's denominator there adds only the members with a
    // share, 11, and says so. Neither is a second number for the same quantity.
    const auto site = site_with(
        R"([{"code": "10", "members": ["1001", "1002"]}])",
        count("n", "10", "12") +
            "rate,10,,fylke,2015,45.5,,,5,11,,,,,prosent,Summen mangler 1 av de 2 kommunene.\n");
    const AuditReport report = audit_disclosure(site);
    CHECK(report.conflicting_cells == 0);
    CHECK(report.passed());
}

}  // namespace kt

namespace kt {

TEST_CASE("The audit uses a measure declared within another", "[audit]") {
    // Participants in 1001 are published as 0; those who finished are hidden. Finished is
    // within participants, so it is 0 too.
    PublishedSite site;
    Diagnostics diagnostics;
    read_definitions(site,
                     R"({"min_count": 5, "min_denominator": 10, "indicators": [
        {"id": "deltakere", "computation": "count", "numerator": "deltakere", "denominator": null},
        {"id": "avsluttet", "computation": "count", "numerator": "avsluttet", "denominator": null}],
      "measures": [{"id": "avsluttet", "breakdowns": [], "within": "deltakere"}], "sums": []})",
                     "definisjoner.json", diagnostics);
    read_download(site,
                  std::string(kHeader) + count("deltakere", "1001", "0") +
                      count("avsluttet", "1001", "", "personvern"),
                  "test.csv", diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    const AuditReport report = audit_disclosure(site);
    REQUIRE(narrowed_codes(report) == std::vector<std::string>{"avsluttet:1001"});
    CHECK(report.narrowed.front().range.high == 0);
    CHECK(report.narrowed.front().relations ==
          std::vector<std::string>{"within avsluttet 1001 2015 <= deltakere"});
}

TEST_CASE("The audit bounds the published parts of a breakdown by its total", "[audit]") {
    // 12 finished: 9 in work or education (published), the unemployed hidden, the rest (no
    // download has them) some count all the same. So the unemployed are at most 3.
    PublishedSite site;
    Diagnostics diagnostics;
    read_definitions(site,
                     R"({"min_count": 5, "min_denominator": 10, "indicators": [
        {"id": "avsluttet", "computation": "count", "numerator": "avsluttet", "denominator": null},
        {"id": "arbeid", "computation": "count", "numerator": "arbeid", "denominator": null},
        {"id": "ledig", "computation": "count", "numerator": "ledig", "denominator": null}],
      "measures": [{"id": "avsluttet", "breakdowns": [["menn", "kvinner"], ["arbeid", "ledig", "annet"]]}],
      "sums": []})",
                     "definisjoner.json", diagnostics);
    read_download(site,
                  std::string(kHeader) + count("avsluttet", "1001", "12") +
                      count("arbeid", "1001", "9") + count("ledig", "1001", "", "personvern"),
                  "test.csv", diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    const AuditReport report = audit_disclosure(site);
    REQUIRE(narrowed_codes(report) == std::vector<std::string>{"ledig:1001"});
    CHECK(report.narrowed.front().range.high == 3);
    CHECK(report.narrowed.front().relations ==
          std::vector<std::string>{"parts avsluttet 1001 2015 >= its 3 parts"});
}

}  // namespace kt
