// The code history in data/omrader.csv and data/endringer.csv (the 2018, 2020 and 2024
// reforms) must hold together: counts per date, validity dates that meet the changes, parents
// that outlive their children, and a few changes known for certain. The files are tokenized here
// with the CSV reader only, so these checks do not depend on the registry reader.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "input/csv_reader.h"
#include "site_fixture.h"

namespace fs = std::filesystem;

namespace {

using Row = std::map<std::string, std::string>;

// Reads a UTF-8 CSV file of the site into rows keyed by the header; checks the header.
std::vector<Row> read_rows(const std::string& name, const std::vector<std::string>& header) {
    const fs::path path = fs::path(KOMMUNETALL_SOURCE_DIR) / "data" / name;
    REQUIRE(fs::is_regular_file(path));
    kt::Diagnostics diagnostics;
    const std::vector<kt::CsvRecord> records =
        kt::parse_csv(kt::test::read_file(path), ',', name, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    REQUIRE_FALSE(records.empty());
    std::vector<std::string> found;
    for (const kt::CsvField& field : records.front().fields) found.push_back(field.text);
    REQUIRE(found == header);
    std::vector<Row> rows;
    for (std::size_t i = 1; i < records.size(); ++i) {
        INFO(name << ":" << records[i].line);
        REQUIRE(records[i].fields.size() == header.size());
        Row row;
        for (std::size_t k = 0; k < header.size(); ++k) row[header[k]] = records[i].fields[k].text;
        rows.push_back(row);
    }
    return rows;
}

struct History {
    std::vector<Row> areas;  // omrader.csv, in file order
    std::map<std::string, Row> by_code;
    std::vector<Row> changes;  // endringer.csv, in file order
};

History read_history() {
    History h;
    h.areas = read_rows("omrader.csv", {"kode", "navn", "type", "overordnet", "fra", "til", "lengdegrad", "breddegrad"});
    for (const Row& area : h.areas) h.by_code.emplace(area.at("kode"), area);
    h.changes = read_rows("endringer.csv", {"dato", "endring", "fra", "til"});
    return h;
}

bool is_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const std::chrono::year_month_day d{std::chrono::year{std::stoi(s.substr(0, 4))},
                                        std::chrono::month{unsigned(std::stoi(s.substr(5, 2)))},
                                        std::chrono::day{unsigned(std::stoi(s.substr(8, 2)))}};
    return d.ok();
}

std::string day_after(const std::string& iso) {
    using namespace std::chrono;
    const year_month_day d{year{std::stoi(iso.substr(0, 4))},
                           month{unsigned(std::stoi(iso.substr(5, 2)))},
                           day{unsigned(std::stoi(iso.substr(8, 2)))}};
    const year_month_day next{sys_days{d} + days{1}};
    // Room for any int year, so the compiler can see nothing is cut off.
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(next.year()), unsigned(next.month()),
                  unsigned(next.day()));
    return text;
}

// ISO dates compare as text; an empty `fra` is "before the history", an empty `til` "still in use".
bool valid_on(const Row& area, const std::string& day) {
    const std::string& first = area.at("fra");
    const std::string& last = area.at("til");
    return (first.empty() || first <= day) && (last.empty() || day <= last);
}

// Whether `outer` is valid on every day `inner` is.
bool covers(const Row& outer, const Row& inner) {
    const std::string &of = outer.at("fra"), &ol = outer.at("til");
    const std::string &inf = inner.at("fra"), &inl = inner.at("til");
    const bool starts_early = of.empty() || (!inf.empty() && of <= inf);
    const bool ends_late = ol.empty() || (!inl.empty() && inl <= ol);
    return starts_early && ends_late;
}

std::size_t count_valid(const History& h, const std::string& type, const std::string& day) {
    std::size_t n = 0;
    for (const Row& area : h.areas)
        if (area.at("type") == type && valid_on(area, day)) ++n;
    return n;
}

std::vector<Row> changes_between(const History& h, const std::string& from, const std::string& to) {
    std::vector<Row> found;
    for (const Row& change : h.changes)
        if (change.at("fra") == from && change.at("til") == to) found.push_back(change);
    return found;
}

std::set<std::string> receivers(const History& h, const std::string& from) {
    std::set<std::string> found;
    for (const Row& change : h.changes)
        if (change.at("fra") == from) found.insert(change.at("til"));
    return found;
}

}  // namespace

TEST_CASE("registry history rows are well formed and codes unique", "[data]") {
    const History h = read_history();
    CHECK(h.by_code.size() == h.areas.size());
    const std::set<std::string> types{"land", "fylke", "kommune", "bydel"};
    for (const Row& area : h.areas) {
        INFO("area " << area.at("kode"));
        CHECK(types.count(area.at("type")) == 1);
        CHECK_FALSE(area.at("navn").empty());
        const std::string &first = area.at("fra"), &last = area.at("til");
        if (!first.empty()) {
            CHECK(is_iso_date(first));
            // The history begins on 1.1.2018, with the 2017 Sandefjord merger before it
            // (agency exports from 2015 on use its old codes).
            CHECK(first >= "2017-01-01");
        }
        if (!last.empty()) CHECK(is_iso_date(last));
        if (!first.empty() && !last.empty()) CHECK(first <= last);
        if (area.at("type") == "land" || area.at("type") == "bydel")
            CHECK((first.empty() && last.empty()));
        const std::size_t digits = area.at("type") == "fylke"     ? 2
                                   : area.at("type") == "kommune" ? 4
                                                                  : 0;
        if (digits != 0) CHECK(area.at("kode").size() == digits);
    }
    // Current areas come first, then the historical ones.
    bool seen_historical = false;
    for (const Row& area : h.areas) {
        if (!area.at("til").empty())
            seen_historical = true;
        else
            CHECK_FALSE(seen_historical);
    }
}

TEST_CASE("registry history has the official number of areas on each date", "[data]") {
    const History h = read_history();
    // 426 municipalities and 19 counties in 2017, before the Trøndelag merger and the 2018 merges.
    CHECK(count_valid(h, "kommune", "2017-12-31") == 426);
    CHECK(count_valid(h, "fylke", "2017-12-31") == 19);
    CHECK(count_valid(h, "kommune", "2018-01-01") == 422);
    CHECK(count_valid(h, "fylke", "2018-01-01") == 18);
    CHECK(count_valid(h, "kommune", "2019-01-01") == 422);
    CHECK(count_valid(h, "fylke", "2019-01-01") == 18);
    CHECK(count_valid(h, "kommune", "2019-12-31") == 422);
    CHECK(count_valid(h, "kommune", "2020-01-01") == 356);
    CHECK(count_valid(h, "fylke", "2020-01-01") == 11);
    CHECK(count_valid(h, "kommune", "2023-12-31") == 356);
    CHECK(count_valid(h, "fylke", "2023-12-31") == 11);
    CHECK(count_valid(h, "kommune", "2024-01-01") == 357);
    CHECK(count_valid(h, "fylke", "2024-01-01") == 15);
    CHECK(count_valid(h, "bydel", "2024-01-01") == 15);
}

TEST_CASE("registry history changes meet the validity dates of their codes", "[data]") {
    const History h = read_history();
    const std::set<std::string> kinds{"sammenslåing", "deling", "nytt nummer"};
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (std::size_t i = 0; i < h.changes.size(); ++i) {
        const Row& change = h.changes[i];
        const std::string &date = change.at("dato"), &from = change.at("fra"),
                          &to = change.at("til");
        INFO("change " << date << " " << change.at("endring") << " " << from << " -> " << to);
        CHECK(is_iso_date(date));
        CHECK(kinds.count(change.at("endring")) == 1);
        CHECK(seen.insert({date, from, to}).second);
        if (i > 0) {  // sorted by dato, til, fra
            const Row& prev = h.changes[i - 1];
            CHECK(std::tie(prev.at("dato"), prev.at("til"), prev.at("fra")) <=
                  std::tie(date, to, from));
        }
        REQUIRE(h.by_code.count(from) == 1);
        REQUIRE(h.by_code.count(to) == 1);
        const Row &old_area = h.by_code.at(from), &new_area = h.by_code.at(to);
        CHECK(old_area.at("type") == new_area.at("type"));
        // Every change ends the old code: it takes effect the day after the old code's last day.
        REQUIRE_FALSE(old_area.at("til").empty());
        CHECK(date == day_after(old_area.at("til")));
        // The receiving code is in use on that day: new then, or older and continuing.
        CHECK(valid_on(new_area, date));
        const std::set<std::string> targets = [&] {
            std::set<std::string> t;
            for (const Row& other : h.changes)
                if (other.at("fra") == from && other.at("dato") == date) t.insert(other.at("til"));
            return t;
        }();
        CHECK((change.at("endring") == "deling") == (targets.size() > 1));
        if (change.at("endring") == "nytt nummer") {
            std::size_t sources = 0;
            for (const Row& other : h.changes)
                if (other.at("til") == to && other.at("dato") == date) ++sources;
            CHECK(sources == 1);
            CHECK(new_area.at("fra") == date);
        }
    }
}

TEST_CASE("registry history: every code that ends or begins has a change", "[data]") {
    const History h = read_history();
    for (const Row& area : h.areas) {
        const std::string& code = area.at("kode");
        INFO("area " << code << " [" << area.at("fra") << ", " << area.at("til") << "]");
        if (!area.at("til").empty()) {
            bool outgoing = false;
            for (const Row& change : h.changes)
                outgoing |=
                    change.at("fra") == code && change.at("dato") == day_after(area.at("til"));
            CHECK(outgoing);
        }
        if (!area.at("fra").empty()) {
            bool incoming = false;
            for (const Row& change : h.changes)
                incoming |= change.at("til") == code && change.at("dato") == area.at("fra");
            CHECK(incoming);
        }
    }
}

TEST_CASE("registry history has no cycles and leads every old code to current ones", "[data]") {
    const History h = read_history();
    std::map<std::string, std::set<std::string>> next;
    for (const Row& change : h.changes) next[change.at("fra")].insert(change.at("til"));
    // Depth-first search with colours: 1 on the current path, 2 finished.
    std::map<std::string, int> colour;
    bool cycle = false;
    std::function<void(const std::string&)> visit = [&](const std::string& code) {
        colour[code] = 1;
        for (const std::string& to : next[code]) {
            if (colour[to] == 1)
                cycle = true;
            else if (colour[to] == 0)
                visit(to);
        }
        colour[code] = 2;
    };
    for (const auto& [code, targets] : next)
        if (colour[code] == 0) visit(code);
    CHECK_FALSE(cycle);

    std::function<bool(const std::string&)> reaches_current = [&](const std::string& code) {
        if (h.by_code.at(code).at("til").empty()) return true;
        for (const std::string& to : next[code])
            if (reaches_current(to)) return true;
        return false;
    };
    for (const Row& area : h.areas) {
        INFO("area " << area.at("kode"));
        CHECK(reaches_current(area.at("kode")));
    }
}

TEST_CASE("registry history parents exist and outlive their children", "[data]") {
    const History h = read_history();
    const std::map<std::string, std::string> parent_type{
        {"fylke", "land"}, {"kommune", "fylke"}, {"bydel", "kommune"}};
    for (const Row& area : h.areas) {
        INFO("area " << area.at("kode") << " parent " << area.at("overordnet"));
        if (area.at("type") == "land") {
            CHECK(area.at("overordnet").empty());
            continue;
        }
        REQUIRE(h.by_code.count(area.at("overordnet")) == 1);
        const Row& parent = h.by_code.at(area.at("overordnet"));
        CHECK(parent.at("type") == parent_type.at(area.at("type")));
        CHECK(covers(parent, area));
        if (area.at("type") == "kommune")
            CHECK(area.at("overordnet") == area.at("kode").substr(0, 2));
    }
}

TEST_CASE("registry history records the known reforms", "[data]") {
    const History h = read_history();
    const auto kind = [&](const std::string& from, const std::string& to) {
        const std::vector<Row> found = changes_between(h, from, to);
        return found.size() == 1 ? found.front().at("dato") + " " + found.front().at("endring")
                                 : "";
    };
    // Snillfjord was divided between Heim, Hitra and Orkland.
    CHECK(receivers(h, "5012") == std::set<std::string>{"5055", "5056", "5059"});
    CHECK(kind("5012", "5055") == "2020-01-01 deling");
    CHECK(kind("5012", "5056") == "2020-01-01 deling");
    CHECK(kind("5012", "5059") == "2020-01-01 deling");
    // Tysfjord was divided between Narvik and Hamarøy.
    CHECK(receivers(h, "1850") == std::set<std::string>{"1806", "1875"});
    CHECK(kind("1850", "1806") == "2020-01-01 deling");
    // Moss and Rygge became Moss (Viken), renumbered when Østfold returned.
    CHECK(kind("0104", "3002") == "2020-01-01 sammenslåing");
    CHECK(kind("0136", "3002") == "2020-01-01 sammenslåing");
    CHECK(kind("3002", "3103") == "2024-01-01 nytt nummer");
    CHECK(h.by_code.at("3002").at("til") == "2023-12-31");
    // Ålesund of 2020 was split into Ålesund and Haram.
    CHECK(receivers(h, "1507") == std::set<std::string>{"1508", "1580"});
    CHECK(kind("1507", "1508") == "2024-01-01 deling");
    CHECK(kind("1507", "1580") == "2024-01-01 deling");
    // Renumberings: Vågå into Innlandet, Halden twice, Trondheim into Trøndelag, Rindal's county
    // move.
    CHECK(kind("0515", "3435") == "2020-01-01 nytt nummer");
    CHECK(kind("0101", "3001") == "2020-01-01 nytt nummer");
    CHECK(kind("3001", "3101") == "2024-01-01 nytt nummer");
    CHECK(kind("1601", "5001") == "2018-01-01 nytt nummer");
    CHECK(kind("1567", "5061") == "2019-01-01 nytt nummer");
    // Klæbu joined Trondheim, which kept its code; Finnøy and Rennesøy joined Stavanger.
    CHECK(kind("5030", "5001") == "2020-01-01 sammenslåing");
    CHECK(h.by_code.at("5001").at("fra") == "2018-01-01");
    CHECK(h.by_code.at("5001").at("til").empty());
    CHECK(kind("1141", "1103") == "2020-01-01 sammenslåing");
    CHECK(kind("1142", "1103") == "2020-01-01 sammenslåing");
    CHECK(h.by_code.at("1103").at("fra").empty());
    // The 2018 merges in Vestfold and Trøndelag.
    CHECK(kind("0722", "0729") == "2018-01-01 sammenslåing");
    CHECK(kind("0719", "0710") == "2017-01-01 sammenslåing");
    CHECK(kind("0723", "0729") == "2018-01-01 sammenslåing");
    CHECK(kind("1624", "5054") == "2018-01-01 sammenslåing");
    CHECK(kind("1718", "5054") == "2018-01-01 sammenslåing");
    // Counties.
    CHECK(kind("16", "50") == "2018-01-01 sammenslåing");
    CHECK(kind("17", "50") == "2018-01-01 sammenslåing");
    CHECK(kind("01", "30") == "2020-01-01 sammenslåing");
    CHECK(receivers(h, "30") == std::set<std::string>{"31", "32", "33"});
    CHECK(kind("30", "32") == "2024-01-01 deling");
    CHECK(receivers(h, "54") == std::set<std::string>{"55", "56"});
    // Validity of current codes.
    CHECK(h.by_code.at("3435").at("fra") == "2020-01-01");
    CHECK(h.by_code.at("3101").at("fra") == "2024-01-01");
    CHECK(h.by_code.at("34").at("fra") == "2020-01-01");
    CHECK(h.by_code.at("31").at("fra") == "2024-01-01");
    CHECK(h.by_code.at("0301").at("fra").empty());
    CHECK(receivers(h, "0301").empty());
    // Historical names in SSB's form, with the parent county of their time.
    CHECK(h.by_code.at("0713").at("navn") == "Sande (Vestfold)");
    CHECK(h.by_code.at("0101").at("overordnet") == "01");
    CHECK(h.by_code.at("3001").at("overordnet") == "30");
    CHECK(h.by_code.at("1567").at("overordnet") == "15");
}
