// Builds the repository's demo site into a temporary folder and checks it as a reader
// would: every municipality has a page, figures computed here from the raw data files
// appear correctly formatted, every internal link resolves, and nothing derived from a
// suppressed value is published.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "input/json_stat_reader.h"
#include "input/site_reader.h"
#include "render/template_set.h"
#include "output/output_writer.h"
#include "site/site_builder.h"
#include "site_fixture.h"

namespace fs = std::filesystem;
using kt::test::read_file;

namespace {

const fs::path kSite = KOMMUNETALL_SOURCE_DIR;

// Removes the built site when the test process ends.
struct TemporarySite {
    fs::path dir;
    ~TemporarySite() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// The demo site, built once. Under ctest the `demo_site` fixture has built it with the
// command a user runs, and KOMMUNETALL_DEMO_SITE names the folder; run alone, each test
// process builds it here.
const fs::path& built_site() {
    if (const char* given = std::getenv("KOMMUNETALL_DEMO_SITE")) {
        static const fs::path folder = given;
        REQUIRE(fs::exists(folder / "index.html"));
        return folder;
    }
    static const TemporarySite out{[] {
        // One folder per test process: ctest runs the test cases in parallel processes.
        fs::path dir = fs::temp_directory_path() /
                       ("kommunetall-demo-site-test-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        kt::Diagnostics diagnostics;
        kt::SiteInput site = kt::read_site(kSite, diagnostics);
        kt::TemplateSet templates = kt::TemplateSet::load(kSite, diagnostics);
        kt::check_templates(templates, site, diagnostics);
        REQUIRE_FALSE(diagnostics.has_errors());
        auto files = kt::render_site(site, kt::SiteStatistics(site, diagnostics), templates, kSite, 2,
                                     diagnostics);
        REQUIRE_FALSE(diagnostics.has_errors());
        REQUIRE(kt::publish_site(dir, files).empty());
        return dir;
    }()};
    return out.dir;
}

// Raw rows of the demo data: (area, year, measure) -> value text, read without the program.
std::map<std::tuple<std::string, int, std::string>, std::string> raw_data() {
    std::map<std::tuple<std::string, int, std::string>, std::string> rows;
    for (const auto& entry : fs::directory_iterator(kSite / "data/observasjoner")) {
        if (entry.path().extension() != ".csv") continue;
        std::istringstream in(read_file(entry.path()));
        std::string line;
        std::getline(in, line);  // header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string area, year, measure, value;
            std::getline(fields, area, ',');
            std::getline(fields, year, ',');
            std::getline(fields, measure, ',');
            std::getline(fields, value, ',');
            rows[{area, std::stoi(year), measure}] = value;
        }
    }
    return rows;
}

// Norwegian format written out by hand: no-break space between thousands, decimal comma.
std::string norwegian(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    std::string integer = text.substr(0, text.find('.'));
    std::string fraction = decimals > 0 ? "," + text.substr(text.find('.') + 1) : "";
    for (int i = static_cast<int>(integer.size()) - 3; i > 0; i -= 3)
        integer.insert(static_cast<std::size_t>(i), "\u00A0");
    return integer + fraction;
}

// Values of every href="…" and src="…" attribute.
std::vector<std::string> attribute_values(const std::string& html) {
    std::vector<std::string> values;
    for (const std::string attribute : {" href=\"", " src=\""}) {
        for (std::size_t at = html.find(attribute); at != std::string::npos;
             at = html.find(attribute, at + 1)) {
            const std::size_t start = at + attribute.size();
            values.push_back(html.substr(start, html.find('"', start) - start));
        }
    }
    return values;
}

std::vector<fs::path> html_files(const fs::path& root) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.path().extension() == ".html") files.push_back(entry.path());
    return files;
}

}  // namespace

TEST_CASE("every municipality has a page at a URL with its code", "[integration]") {
    const fs::path& site = built_site();
    std::size_t pages = 0, forwards = 0;
    for (const auto& entry : fs::directory_iterator(site / "kommune")) {
        const std::string html = read_file(entry.path() / "index.html");
        ++(html.find("http-equiv=\"refresh\"") == std::string::npos ? pages : forwards);
    }
    // Old codes keep their address: a code whose area is one municipality today forwards
    // there (0515 Vågå to 3435 Vågå); one that was split says where its parts went.
    CHECK(forwards > 400);
    CHECK(pages >= 357 + 3);  // at least Snillfjord, Tysfjord and Ålesund 2020-2023
    CHECK_THAT(read_file(site / "kommune/0515-vaga/index.html"),
               Catch::Contains("url=../../kommune/3435-vaga/index.html"));
    // The demo data are back-cast to today's borders: the page says how Moss came to be, but
    // its series sums no predecessors, so no note claims it does.
    const std::string moss = read_file(site / "kommune/3103-moss/index.html");
    CHECK_THAT(moss, Catch::Contains("Slått sammen med Rygge (0136) 1.1.2020"));
    CHECK_THAT(moss, !Catch::Contains("er summen for"));
    const std::string snillfjord = read_file(site / "kommune/5012-snillfjord/index.html");
    CHECK(snillfjord.find("http-equiv") == std::string::npos);
    CHECK_THAT(snillfjord, Catch::Contains("Heim (5055)") && Catch::Contains("Hitra (5056)") &&
                               Catch::Contains("Orkland (5059)"));
    CHECK(fs::exists(site / "kommune/3435-vaga/index.html"));
    CHECK(fs::exists(site / "kommune/3448-nordre-land/index.html"));
    CHECK(fs::exists(site / "fylke/34-innlandet/index.html"));
    CHECK(fs::exists(site / "index.html"));
    CHECK(fs::exists(site / "404.html"));
    CHECK(fs::exists(site / "indikator/bosatte/index.html"));
    CHECK(fs::exists(site / "indikator/bosatte/bosatte.csv"));
}

TEST_CASE("municipalities that share a name are told apart in the charts", "[integration]") {
    const fs::path& site = built_site();
    const std::string map = read_file(site / "indikator/bosatte_per_1000/kart.svg");
    CHECK_THAT(map, Catch::Contains("<title>Herøy (Nordland - Nordlánnda): ") &&
                        Catch::Contains("<title>Herøy (Møre og Romsdal): "));
    const std::string strip = read_file(site / "indikator/bosatte_per_1000/fordeling.svg");
    CHECK_THAT(strip, Catch::Contains("<title>Våler (Innlandet): ") &&
                          Catch::Contains("<title>Våler (Østfold): "));
    CHECK_THAT(map, Catch::Contains("<title>Vågå: "));  // a name of its own stays alone
}

TEST_CASE("IMDi's targets are on Vågå's page with their definition, cohort and source",
          "[integration]") {
    const fs::path& site = built_site();
    const std::string vaga = read_file(site / "kommune/3435-vaga/index.html");
    const std::string innlandet = read_file(site / "fylke/34-innlandet/index.html");
    // The catalogue as its author wrote it, read with yaml-cpp rather than the program.
    const YAML::Node catalogue = YAML::LoadFile((kSite / "data/katalog.yaml").string());
    auto escaped = [](const std::string& text) {
        std::string out;
        for (char c : text) {
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else if (c == '"') out += "&quot;";
            else out += c;
        }
        return out;
    };
    auto block_of = [](const std::string& page, const std::string& id) -> std::optional<std::string> {
        const std::size_t at = page.find("<details class=\"indicator\" id=\"" + id + "\"");
        if (at == std::string::npos) return std::nullopt;
        return page.substr(at, page.find("</details>", at) - at);
    };
    // Published for every area: on Vågå's page. For the country and the counties only
    // (`levels`): on Innlandet's page, and on Vågå's with Innlandet's and the country's
    // figures, a note saying why, and no figure of Vågå's own.
    const std::vector<std::string> municipal{
        "intro_startet", "intro_direkte_overgang_andel", "intro_formell_kvalifisering_andel",
        "norsk_start_6mnd_andel", "norsk_fullfort_3aar_andel",
        "norskfodte_innvandrerforeldre_andel", "innvandrere_flukt_andel",
        "innvandrere_arbeid_andel", "innvandrere_familie_andel", "innvandrere_utdanning_andel",
        "anmodning_opprinnelig"};
    const std::vector<std::string> county_only{
        "bosatte_ventetid", "bosatte_innen_6mnd_andel", "bosatte_innen_12mnd_andel",
        "barnefamilier_innen_3mnd_andel", "enslige_mindreaarige_innen_3mnd_andel",
        "bosatte_barnefamilier_andel", "bosatte_andre_voksne_andel",
        "bosatte_overforingsflyktninger_andel", "bosatte_fra_mottak_andel",
        "intro_sysselsatt_andel", "intro_kun_utdanning_andel", "intro_ledig_tiltak_andel"};
    std::size_t checked = 0;
    for (const YAML::Node& indicator : catalogue["indicators"]) {
        const std::string id = indicator["id"].as<std::string>();
        const bool on_vaga = std::find(municipal.begin(), municipal.end(), id) != municipal.end();
        const bool on_county =
            std::find(county_only.begin(), county_only.end(), id) != county_only.end();
        if (!on_vaga && !on_county) continue;
        INFO(id);
        CHECK(indicator["levels"].IsDefined() == on_county);
        for (const std::string* page : {&vaga, on_county ? &innlandet : &vaga}) {
            const auto block = block_of(*page, id);
            REQUIRE(block);
            CHECK_THAT(*block,
                       Catch::Contains(escaped(indicator["short_definition"].as<std::string>())));
            CHECK_THAT(*block, Catch::Contains(escaped(indicator["cohort"].as<std::string>())));
            CHECK_THAT(*block, Catch::Contains(escaped(indicator["source"].as<std::string>())));
        }
        if (on_county) {
            const std::string block = *block_of(vaga, id);
            CHECK_THAT(block, Catch::Contains("Tallet publiseres for hele landet og fylkene"));
            CHECK_THAT(block, Catch::Contains("Innlandet") && !Catch::Contains("Vågå"));
        }
        ++checked;
    }
    CHECK(checked == municipal.size() + county_only.size());
}

TEST_CASE("known figures appear correctly formatted", "[integration]") {
    const fs::path& site = built_site();
    const auto data = raw_data();

    // Vågå's settled refugees in 2023 as a count, straight from the data file.
    const std::string vaga = read_file(site / "kommune/3435-vaga/index.html");
    const std::string settled = data.at({"3435", 2023, "bosatte"});
    CHECK(vaga.find("<th scope=\"row\">2023</th><td>" + settled + "</td>") != std::string::npos);

    // The national share in work or education, 2017 cohort: summed numerators over summed
    // denominators of the municipalities where both are published.
    double work = 0, finished = 0;
    for (const auto& [key, value] : data) {
        const auto& [area, year, measure] = key;
        if (year != 2017 || measure != "intro_avsluttet" || area.size() != 4) continue;
        auto numerator = data.find({area, 2017, "intro_arbeid_utdanning"});
        if (value == ":" || numerator == data.end() || numerator->second == ":") continue;
        work += std::stod(numerator->second);
        finished += std::stod(value);
    }
    REQUIRE(finished > 1000);
    const std::string share = norwegian(100.0 * work / finished, 1) + "\u00A0%";
    const std::string national =
        read_file(site / "indikator/intro_arbeid_utdanning_andel/index.html");
    CHECK(national.find("<th scope=\"row\">2017</th><td>" + share) != std::string::npos);

    // The national number settled in 2023, summed over municipalities (none suppressed).
    double total = 0;
    for (const auto& [key, value] : data) {
        const auto& [area, year, measure] = key;
        if (year == 2023 && measure == "bosatte" && area.size() == 4 && value != ":")
            total += std::stod(value);
    }
    const std::string country = read_file(site / "landet/index.html");
    CHECK(country.find(">" + norwegian(total, 0) + "<") != std::string::npos);
}

// The values of every ` id="…"` in a file.
static std::set<std::string> ids_in(const std::string& text) {
    std::set<std::string> ids;
    const std::string attribute = " id=\"";
    for (std::size_t at = text.find(attribute); at != std::string::npos;
         at = text.find(attribute, at + 1)) {
        const std::size_t start = at + attribute.size();
        ids.insert(text.substr(start, text.find('"', start) - start));
    }
    return ids;
}

TEST_CASE("every internal link resolves", "[integration]") {
    const fs::path& site = built_site();
    std::set<std::string> broken;
    std::size_t checked = 0, fragments = 0;
    std::map<fs::path, std::set<std::string>> ids;  // of each file a fragment points into
    auto has_id = [&ids](const fs::path& file, const std::string& id) {
        auto [it, fresh] = ids.try_emplace(file);
        if (fresh) it->second = ids_in(read_file(file));
        return it->second.count(id) > 0;
    };
    for (const fs::path& page : html_files(site)) {
        const std::string html = read_file(page);
        for (const std::string& original : attribute_values(html)) {
            std::string target = original, fragment;
            if (target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 ||
                target.rfind("mailto:", 0) == 0)
                continue;
            if (auto hash = target.find('#'); hash != std::string::npos) {
                fragment = target.substr(hash + 1);
                target.erase(hash);
            }
            fs::path resolved = target.empty()        ? page
                                : target.front() == '/' ? site / target.substr(1)
                                                        : page.parent_path() / target;
            if (fs::is_directory(resolved)) resolved /= "index.html";
            ++checked;
            if (!fs::exists(resolved) ||
                (!fragment.empty() && (++fragments, !has_id(resolved, fragment))))
                broken.insert(fs::relative(page, site).string() + " -> " + original);
        }
        // An element described by another names one on the same page.
        const std::string described = " aria-describedby=\"";
        for (std::size_t at = html.find(described); at != std::string::npos;
             at = html.find(described, at + 1)) {
            const std::size_t start = at + described.size();
            const std::string id = html.substr(start, html.find('"', start) - start);
            if (!has_id(page, id))
                broken.insert(fs::relative(page, site).string() + " described by " + id);
        }
    }
    INFO("checked " << checked << " links, " << fragments << " with a fragment");
    CHECK(checked > 10000);
    CHECK(fragments > 10000);
    CHECK(broken.empty());
    for (const std::string& b : broken) UNSCOPED_INFO(b);
}

TEST_CASE("nothing derived from a suppressed value is published", "[integration]") {
    const fs::path& site = built_site();
    const auto data = raw_data();
    // Every municipality-year whose number in work or education is suppressed in the data,
    // or a count of 1-4 persons the site's rule hides, must show the share of them in work or
    // education as suppressed too, in the download.
    std::size_t cases = 0;
    for (const auto& [key, value] : data) {
        const auto& [area, year, measure] = key;
        if (measure != "intro_arbeid_utdanning" || area.size() != 4) continue;
        const bool small = value.size() == 1 && value[0] >= '1' && value[0] <= '4';
        if (value != ":" && !small) continue;
        ++cases;
        for (const auto& entry : fs::directory_iterator(site / "kommune")) {
            if (entry.path().filename().string().rfind(area + "-", 0) != 0) continue;
            const std::string csv =
                read_file(entry.path() / (entry.path().filename().string() + ".csv"));
            const std::string prefix = "intro_arbeid_utdanning_andel," + area + ",";
            std::istringstream lines(csv);
            std::string line;
            bool found = false;
            while (std::getline(lines, line)) {
                if (line.rfind(prefix, 0) != 0) continue;
                if (line.find("," + std::to_string(year) + ",") == std::string::npos) continue;
                found = true;
                // verdi, symbol, grunn (why), teller and nevner follow the period: no value and
                // no numerator; a denominator only as the data have it (it is published as
                // its own count), never a count the rule hides.
                const std::string head = "," + std::to_string(year) + ",,:,";
                const auto at = line.find(head);
                REQUIRE(at != std::string::npos);
                const auto reason_end = line.find(',', at + head.size());
                CHECK(line.compare(reason_end, 2, ",,") == 0);
                const auto nevner_end = line.find(',', reason_end + 2);
                const std::string nevner = line.substr(reason_end + 2, nevner_end - reason_end - 2);
                if (!nevner.empty()) {
                    auto raw = data.find({area, year, "intro_avsluttet"});
                    REQUIRE(raw != data.end());
                    CHECK(raw->second == nevner);
                    const double count = std::stod(nevner);
                    CHECK((count == 0 || count >= 5));
                }
            }
            CHECK(found);
        }
    }
    CHECK(cases > 100);

    // No page or download anywhere shows "nan" or "inf" from a division it should not make.
    for (const auto& entry : fs::recursive_directory_iterator(site)) {
        if (!entry.is_regular_file()) continue;
        const std::string text = read_file(entry.path());
        CHECK(text.find(">nan<") == std::string::npos);
        CHECK(text.find(">inf<") == std::string::npos);
        CHECK(text.find("NaN") == std::string::npos);
    }
}

TEST_CASE("each content page is rendered from its own file", "[integration]") {
    const fs::path& site = built_site();
    // Titles as written in the front matter of content/metode.md and content/om.md.
    auto title_of = [](const std::string& file) {
        std::istringstream in(read_file(kSite / "content" / file));
        for (std::string line; std::getline(in, line);)
            if (line.rfind("title:", 0) == 0) {
                std::string title = line.substr(6);
                title.erase(0, title.find_first_not_of(" \"'"));
                title.erase(title.find_last_not_of(" \"'") + 1);
                return title;
            }
        return std::string();
    };
    for (const std::string page : {"metode", "om"}) {
        INFO(page);
        const std::string title = title_of(page + ".md");
        REQUIRE_FALSE(title.empty());
        CHECK(read_file(site / page / "index.html").find("<h1>" + title + "</h1>") !=
              std::string::npos);
    }
}

TEST_CASE("every page says the demo figures are invented", "[integration]") {
    const fs::path& site = built_site();
    for (const fs::path& page : html_files(site)) {
        INFO(page.string());
        CHECK(read_file(page).find("Alle tall på dette nettstedet er oppdiktet") !=
              std::string::npos);
    }
}

TEST_CASE("building twice gives byte-identical output", "[integration]") {
    // Once more, on one thread, against the site built on several: the same files, byte for
    // byte, and no others.
    kt::Diagnostics diagnostics;
    kt::SiteInput site = kt::read_site(kSite, diagnostics);
    kt::TemplateSet templates = kt::TemplateSet::load(kSite, diagnostics);
    const auto one_thread = kt::render_site(site, kt::SiteStatistics(site, diagnostics), templates,
                                             kSite, 1, diagnostics);
    const fs::path& built = built_site();
    std::size_t published = 0;
    for (const auto& entry : fs::recursive_directory_iterator(built))
        published += entry.is_regular_file() && entry.path().filename() != kt::kSiteMarker;
    CHECK(one_thread.size() == published);
    for (const kt::OutputFile& file : one_thread) {
        INFO(file.path);
        CHECK(read_file(built / file.path) == file.content);
    }
}

namespace kt {

TEST_CASE("national totals are complete where every municipality has its figure", "[integration]") {
    // The demo data give every municipality on today's borders for every year (Stavanger
    // with Finnøy and Rennesøy already in it), so no national settlement total may say that
    // municipalities are missing, and each equals the sum of the data's municipal rows.
    const fs::path& site = built_site();
    const auto data = raw_data();
    std::map<int, long> settled;
    for (const auto& [key, value] : data) {
        const auto& [area, year, measure] = key;
        if (measure == "bosatte" && area.size() == 4) settled[year] += std::stol(value);
    }
    REQUIRE(settled.size() >= 9);
    std::istringstream lines(read_file(site / "landet/0-norge.csv"));
    int rows = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("bosatte,0,Norge,land,", 0) != 0) continue;
        const int year = std::stoi(line.substr(21, 4));
        if (!settled.count(year)) continue;  // a year the data do not cover
        ++rows;
        INFO(line);
        CHECK(line.find("Summen mangler") == std::string::npos);
        CHECK(line.rfind("bosatte,0,Norge,land," + std::to_string(year) + "," +
                             std::to_string(settled.at(year)) + ",",
                         0) == 0);
    }
    CHECK(rows == static_cast<int>(settled.size()));
}

TEST_CASE("a sum's download has no row for a year no area has data for", "[integration]") {
    // 2024 is the coming year: its request is in the data, its settlement is not, so the
    // country has a request for 2024 but no share of it settled (the pages show none either).
    const fs::path& site = built_site();
    const std::string country = read_file(site / "landet/0-norge.csv");
    const std::string request = "\nanmodning,0,Norge,land,2024,";
    const std::size_t at = country.find(request);
    REQUIRE(at != std::string::npos);
    CHECK(std::isdigit(static_cast<unsigned char>(country[at + request.size()])));
    CHECK(country.find("bosatte_andel_anmodning,0,Norge,land,2023,") != std::string::npos);
    CHECK(country.find("bosatte_andel_anmodning,0,Norge,land,2024,") == std::string::npos);
    CHECK(country.find("bosatte,0,Norge,land,2024,") == std::string::npos);
}

}  // namespace kt

namespace kt {

// The value column of a download's row for an indicator, area and year ("" if none).
std::string download_value(const fs::path& csv, const std::string& indicator,
                           const std::string& code, int year) {
    std::istringstream lines(read_file(csv));
    const std::string prefix = indicator + "," + code + ",";
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(prefix, 0) != 0) continue;
        std::vector<std::string> fields;
        std::istringstream in(line);
        for (std::string f; std::getline(in, f, ',');) fields.push_back(f);
        if (fields.size() > 5 && fields[4] == std::to_string(year)) return fields[5];
    }
    return "";
}

TEST_CASE("a count is compared as a part of its county and country, not beside group totals",
          "[integration]") {
    const fs::path& site = built_site();
    const std::string page = read_file(site / "kommune/3435-vaga/index.html");
    const auto start = page.find("Bosatte flyktninger</");
    REQUIRE(start != std::string::npos);
    const std::string card = page.substr(start, page.find("</article>", start) - start);
    CHECK(card.find("KOSTRA-gruppe") == std::string::npos);
    CHECK(card.find("Sentralitet") == std::string::npos);
    // The share from the downloads: Vågå's count over Innlandet's, one decimal.
    const std::string own =
        download_value(site / "kommune/3435-vaga/3435-vaga.csv", "bosatte", "3435", 2023);
    const std::string county =
        download_value(site / "fylke/34-innlandet/34-innlandet.csv", "bosatte", "34", 2023);
    REQUIRE_FALSE(own.empty());
    REQUIRE_FALSE(county.empty());
    char expected[32];
    std::snprintf(expected, sizeof expected, "%.1f", 100.0 * std::stod(own) / std::stod(county));
    std::string text = expected;
    std::replace(text.begin(), text.end(), '.', ',');
    CHECK_THAT(card, Catch::Contains("Andel av Innlandet"));
    CHECK_THAT(card, Catch::Contains(">" + text + "\u00A0%<"));
    CHECK_THAT(card, Catch::Contains("Andel av Norge"));
}

}  // namespace kt

namespace kt {

TEST_CASE("the method page counts the figures hidden for privacy", "[integration]") {
    // Settled persons of 1-4 in a municipality, counted in the raw data: each is one figure of
    // "Bosatte flyktninger" hidden for privacy, and so is each count hidden to protect one.
    const auto data = raw_data();
    int small = 0;
    for (const auto& [key, value] : data) {
        const auto& [area, year, measure] = key;
        small += measure == "bosatte" && area.size() == 4 && value.size() == 1 && value[0] >= '1' &&
                 value[0] <= '4';
    }
    REQUIRE(small > 0);
    // The indicator's download: one row per municipality and year hidden for privacy.
    std::istringstream download(read_file(built_site() / "indikator/bosatte/bosatte.csv"));
    int hidden = 0;
    for (std::string line; std::getline(download, line);)
        hidden += line.find(",kommune,") != std::string::npos &&
                  line.find(",:,personvern,") != std::string::npos;
    CHECK(hidden > small);
    const std::string page = read_file(built_site() / "metode/index.html");
    const auto row = page.find(">Bosatte flyktninger</a></th>");
    REQUIRE(row != std::string::npos);
    // Kommunetall, then Personvern.
    const auto first = page.find("<td>", row);
    const auto second = page.find("<td>", first + 4);
    CHECK(page.substr(second, page.find("</td>", second) - second) ==
          "<td>" + std::to_string(hidden));
}

}  // namespace kt

namespace kt {

TEST_CASE("no hidden part of all = men + women can be subtracted out of a download",
          "[integration]") {
    // Read as an intruder: every municipality's download, each year and each pooled period.
    // Where all and one of the sexes show their numbers, the other sex's count is all minus
    // it; so of the three figures, none or at least two must be hidden.
    const fs::path& site = built_site();
    const std::string prefix = "intro_arbeid_utdanning";
    int triples = 0, with_hidden = 0;
    for (const auto& entry : fs::directory_iterator(site / "kommune")) {
        const fs::path csv = entry.path() / (entry.path().filename().string() + ".csv");
        if (!fs::exists(csv)) continue;
        // period -> {all, men, women}: shown?
        std::map<std::string, std::array<int, 3>> shown;
        std::istringstream lines(read_file(csv));
        for (std::string line; std::getline(lines, line);) {
            std::vector<std::string> f;
            std::istringstream in(line);
            for (std::string field; std::getline(in, field, ',');) f.push_back(field);
            if (f.size() < 7) continue;
            int which = -1;
            if (f[0] == prefix + "_andel") which = 0;
            if (f[0] == prefix + "_menn_andel") which = 1;
            if (f[0] == prefix + "_kvinner_andel") which = 2;
            if (which < 0) continue;
            auto& row = shown.try_emplace(f[4], std::array<int, 3>{-1, -1, -1}).first->second;
            row[which] = f[6] == ":" ? 0 : (f[5].empty() ? -1 : 1);
        }
        for (const auto& [period, row] : shown) {
            if (row[0] < 0 || row[1] < 0 || row[2] < 0) continue;  // not all three have figures
            ++triples;
            const int hidden = (row[0] == 0) + (row[1] == 0) + (row[2] == 0);
            with_hidden += hidden > 0;
            INFO(csv.filename().string() << " " << period);
            CHECK(hidden != 1);
        }
    }
    CHECK(triples > 1000);
    CHECK(with_hidden > 100);
}

// The fields of an indicator download's rows, keyed by (area code, period), read as a reader
// would: the header names the columns.
std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> download_rows(
    const fs::path& csv) {
    std::istringstream lines(read_file(csv));
    std::string line;
    std::getline(lines, line);
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    auto split = [](const std::string& text) {
        std::vector<std::string> fields;
        std::istringstream in(text);
        for (std::string f; std::getline(in, f, ',');) fields.push_back(f);
        if (!text.empty() && text.back() == ',') fields.emplace_back();
        return fields;
    };
    const std::vector<std::string> header = split(line);
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::string>> rows;
    while (std::getline(lines, line)) {
        const std::vector<std::string> fields = split(line);
        if (fields.size() != header.size()) continue;  // a quoted comma: not in these columns
        std::map<std::string, std::string> row;
        for (std::size_t f = 0; f < fields.size(); ++f) row[header[f]] = fields[f];
        rows[{row["områdekode"], row["periode"]}] = row;
    }
    return rows;
}

TEST_CASE("where one year's figure is hidden, the pooled figure stands in its place",
          "[integration]") {
    const fs::path& site = built_site();
    const fs::path dir = site / "indikator/intro_arbeid_utdanning_andel";
    const auto rows = download_rows(dir / "intro_arbeid_utdanning_andel.csv");
    const std::string page = read_file(dir / "index.html");
    const auto pooled_section = page.find("id=\"samlet\"");
    REQUIRE(pooled_section != std::string::npos);
    const std::string yearly = page.substr(0, pooled_section);
    const std::string pooled = page.substr(pooled_section);
    int stand_ins = 0;
    for (const auto& [key, row] : rows) {
        if (key.second != "2023" || row.at("symbol") != ":") continue;
        auto period = rows.find({key.first, "2021-2023"});
        if (period == rows.end() || period->second.at("verdi").empty()) continue;
        ++stand_ins;
        std::string value = period->second.at("verdi");
        std::replace(value.begin(), value.end(), '.', ',');
        if (value.find(',') == std::string::npos) value += ",0";
        const std::string name = ">" + row.at("områdenavn") + "</a>";
        // In the pooled ranking, with its figure.
        const auto in_pooled = pooled.find(name);
        REQUIRE(in_pooled != std::string::npos);
        CHECK_THAT(pooled.substr(in_pooled, pooled.find("</tr>", in_pooled) - in_pooled),
                   Catch::Contains(value + "\u00A0%"));
        // In the year's ranking, hidden, with the pooled figure in the note.
        const auto in_yearly = yearly.find(name);
        REQUIRE(in_yearly != std::string::npos);
        CHECK_THAT(yearly.substr(in_yearly, yearly.find("</tr>", in_yearly) - in_yearly),
                   Catch::Contains("Samlet for 2021–2023: " + value + "\u00A0%"));
    }
    CHECK(stand_ins >= 5);  // the check above ran on several municipalities
    // The county tables show the pooled figure in the hidden figure's place, labelled.
    int labelled = 0;
    for (const auto& county : fs::directory_iterator(site / "fylke"))
        labelled +=
            read_file(county.path() / "index.html").find("(2021–2023)") != std::string::npos;
    CHECK(labelled > 0);
}

}  // namespace kt

TEST_CASE("the survey: an answer, a non-response and a national share on pages and in downloads",
          "[integration]") {
    const fs::path& site = built_site();
    // The answers file read as text, without the program: (year, area) -> the row's fields.
    std::map<std::pair<int, std::string>, std::vector<std::string>> rows;
    std::istringstream in(read_file(kSite / "data/undersokelse/integreringsansvarlig.csv"));
    std::string line;
    std::getline(in, line);
    std::vector<std::string> header;
    {
        std::istringstream fields(line);
        for (std::string f; std::getline(fields, f, ',');) header.push_back(f);
    }
    const auto column = std::find(header.begin(), header.end(), "resultatmaal") - header.begin();
    REQUIRE(column < static_cast<long>(header.size()));
    int answered = 0, yes = 0;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::vector<std::string> row;
        for (std::string f; std::getline(fields, f, ',');) row.push_back(f);
        rows[{std::stoi(row[0]), row[1]}] = row;
        if (row[0] == "2018" && row[column] != "ubesvart" && row[column] != ".") {
            ++answered;
            if (row[column] == "ja") ++yes;
        }
    }
    REQUIRE(answered > 100);
    const std::string share = norwegian(std::round(100.0 * yes / answered), 0) + "\u00A0%";
    const std::string national = share + " «Ja» (N = " + std::to_string(answered) + ")";

    // The catalogue's option titles, read with yaml-cpp.
    std::map<std::string, std::string> titles;
    for (const YAML::Node& q : YAML::LoadFile((kSite / "data/undersokelse.yaml").string())["questions"])
        if (q["id"].as<std::string>() == "resultatmaal")
            for (const YAML::Node& o : q["options"])
                titles[o["id"].as<std::string>()] = o["title"].as<std::string>();

    // Vågå answered in 2018: its answer beside the national share.
    REQUIRE(rows.count({2018, "3435"}));
    const std::string own = rows.at({2018, "3435"})[column];
    REQUIRE(titles.count(own));
    const std::string vaga = read_file(site / "kommune/3435-vaga/index.html");
    const std::size_t section = vaga.find("id=\"undersokelsen\"");
    REQUIRE(section != std::string::npos);
    const std::size_t row = vaga.find(">Resultatmål for introduksjonsprogrammet</a>", section);
    REQUIRE(row != std::string::npos);
    const std::string cells = vaga.substr(row, vaga.find("</li>", row) - row);
    CHECK_THAT(cells, Catch::Contains("<span class=\"survey-answer\">" + titles.at(own) + "</span>"));
    CHECK_THAT(cells, Catch::Contains(national));
    CHECK_THAT(read_file(site / "undersokelse/resultatmaal/index.html"),
               Catch::Contains("<strong>" + share + "</strong>"));

    // Oslo answered no part in any year: a state of its own, neither yes nor no.
    REQUIRE_FALSE(rows.count({2018, "0301"}));
    const std::string oslo = read_file(site / "kommune/0301-oslo/index.html");
    CHECK_THAT(oslo, Catch::Contains("Svarte ikke på undersøkelsen i 2018."));

    // The downloads say the same.
    const std::string answers = read_file(site / "undersokelse/resultatmaal/resultatmaal-svar.csv");
    CHECK_THAT(answers, Catch::Contains("resultatmaal,2018,3435,Vågå,kommune,besvart," + own + ","));
    CHECK_THAT(answers,
               Catch::Contains("resultatmaal,2018,0301,Oslo,kommune,ikke_svart_paa_undersokelsen,,"));
    const std::string shares = read_file(site / "undersokelse/resultatmaal/resultatmaal-andeler.csv");
    CHECK_THAT(shares, Catch::Contains("resultatmaal,2018,alle,,,ja," + std::to_string(yes) + "," +
                                       std::to_string(answered) + ","));
}

// The value column of a download's row, read as an outsider reads the CSV.
static std::string download_value(const fs::path& csv, const std::string& indicator,
                                  const std::string& period) {
    std::istringstream in(read_file(csv));
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> fields;
        std::istringstream row(line);
        for (std::string field; std::getline(row, field, ',');) fields.push_back(field);
        if (fields.size() > 5 && fields[0] == indicator && fields[4] == period) return fields[5];
    }
    FAIL("no row " << indicator << " " << period << " in " << csv);
    return "";
}

TEST_CASE("figures in the text are the figures of the tables and downloads", "[integration]") {
    const fs::path& site = built_site();
    // No shortcode is published as written.
    for (const fs::path& page : html_files(site)) {
        INFO(page);
        CHECK(read_file(page).find("{{") == std::string::npos);
    }
    // The theme page's table and sentences, against the country's download.
    const fs::path country = site / "landet" / "0-norge.csv";
    const std::string theme = read_file(site / "tema" / "bosetting" / "index.html");
    const std::string settled_2019 = norwegian(std::stod(download_value(country, "bosatte", "2019")), 0);
    CHECK(theme.find("<td>2019</td>\n<td align=\"right\">" + settled_2019 + "</td>") !=
          std::string::npos);
    const std::string settled_2023 = norwegian(std::stod(download_value(country, "bosatte", "2023")), 0);
    CHECK(theme.find("<a href=\"../../landet/index.html#bosatte\">" + settled_2023 + "</a> ble bosatt") !=
          std::string::npos);
    // A county's narrative on the county's page, against the county's download.
    const std::string county = read_file(site / "fylke" / "34-innlandet" / "index.html");
    const std::string innlandet_2023 = norwegian(
        std::stod(download_value(site / "fylke" / "34-innlandet" / "34-innlandet.csv", "bosatte", "2023")), 0);
    CHECK(county.find("class=\"narrative\"") != std::string::npos);
    CHECK(county.find(">" + innlandet_2023 + "</a> flyktninger bosatt i Innlandet") != std::string::npos);
}

// Fields of a CSV line split on `separator`, with quoted fields (which may hold it) unquoted.
static std::vector<std::string> split_csv_line(const std::string& line, char separator) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

TEST_CASE("every download has a spreadsheet form with the same rows", "[integration]") {
    const fs::path& site = built_site();
    std::size_t checked = 0;
    for (const fs::path& csv : {site / "kommune" / "3435-vaga" / "3435-vaga.csv",
                                site / "landet" / "0-norge.csv",
                                site / "indikator" / "intro_arbeid_utdanning_andel" /
                                    "intro_arbeid_utdanning_andel.csv",
                                site / "gruppe" / "kostragruppe" / "5" / "kostragruppe-5.csv"}) {
        INFO(csv);
        fs::path excel = csv;
        excel.replace_filename(csv.stem().string() + "-excel.csv");
        REQUIRE(fs::exists(excel));
        const std::string machine = read_file(csv), spreadsheet = read_file(excel);
        REQUIRE(spreadsheet.rfind("\xEF\xBB\xBF", 0) == 0);  // UTF-8 that spreadsheets know
        std::istringstream a(machine), b(spreadsheet.substr(3));
        std::vector<std::string> header;
        for (std::string la, lb; std::getline(a, la);) {
            REQUIRE(std::getline(b, lb));
            const auto ma = split_csv_line(la, ','), mb = split_csv_line(lb, ';');
            REQUIRE(ma.size() == mb.size());
            if (header.empty()) header = ma;
            for (std::size_t i = 0; i < ma.size(); ++i) {
                const bool number = header[i] == "verdi" || header[i] == "teller" ||
                                    header[i] == "nevner" || header[i].rfind("ki95", 0) == 0;
                std::string expected = ma[i];
                if (number) std::replace(expected.begin(), expected.end(), '.', ',');
                if (!number && expected.size() > 1 &&
                    std::string("=+-@").find(expected[0]) != std::string::npos)
                    expected = "'" + expected;
                // Excel would open "0301" as 301.
                if (!number && expected.size() > 1 && expected[0] == '0' &&
                    expected.find_first_not_of("0123456789") == std::string::npos)
                    expected = "=\"" + expected + "\"";
                CHECK(mb[i] == expected);
            }
            ++checked;
        }
        CHECK_FALSE(std::getline(b, header.emplace_back()));
    }
    CHECK(checked > 100);
}

// The text a reader sees in a table cell: footnote marks, intervals and screen-reader
// words taken out, then the tags ("58,0 %*", ":", "..").
static std::string cell_text(std::string html) {
    for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
             {"<sup>", "</sup>"}, {"<span class=\"ci\">", "</span>"},
             {"<span class=\"sr-only\">", "</span>"}}) {
        for (std::size_t at; (at = html.find(open)) != std::string::npos;)
            html.erase(at, html.find(close, at) + close.size() - at);
    }
    std::string text;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) text += c;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

TEST_CASE("every row an area page's tables show is in its download, '..' rows included",
          "[integration]") {
    const fs::path& site = built_site();
    std::size_t rows = 0, not_available = 0;
    for (const auto& [dir, code] : std::vector<std::pair<std::string, std::string>>{
             {"kommune/3435-vaga", "3435"}, {"kommune/0301-oslo", "0301"},
             {"fylke/34-innlandet", "34"}, {"landet", "0"}}) {
        fs::path csv;
        for (const auto& entry : fs::directory_iterator(site / dir))
            if (entry.path().extension() == ".csv" &&
                entry.path().stem().string().find("-excel") == std::string::npos)
                csv = entry.path();
        INFO(csv);
        // (indicator, period) -> the value and symbol fields of the download's row.
        std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> download;
        std::istringstream lines(read_file(csv));
        std::string line;
        std::getline(lines, line);
        REQUIRE(line.rfind("indikator,områdekode,områdenavn,områdetype,periode,verdi,symbol,", 0) == 0);
        while (std::getline(lines, line)) {
            const auto f = split_csv_line(line, ',');
            CHECK(f[1] == code);
            download[{f[0], f[4]}] = {f[5], f[6]};
        }
        // Each indicator block's table: the first column is the page's own area.
        const std::string page = read_file(site / dir / "index.html");
        const std::string block_start = "<details class=\"indicator\" id=\"";
        for (std::size_t at = page.find(block_start); at != std::string::npos;
             at = page.find(block_start, at + 1)) {
            const std::size_t id_start = at + block_start.size();
            const std::string indicator = page.substr(id_start, page.find('"', id_start) - id_start);
            const std::string block = page.substr(at, page.find("</details>", at) - at);
            const std::size_t body = block.find("<tbody>");
            if (body == std::string::npos) continue;  // a figure of the larger areas only
            const std::string table = block.substr(body, block.find("</tbody>", body) - body);
            const std::string row_start = "<tr><th scope=\"row\">";
            for (std::size_t r = table.find(row_start); r != std::string::npos;
                 r = table.find(row_start, r + 1)) {
                const std::size_t year_start = r + row_start.size();
                const std::string year = table.substr(year_start, table.find('<', year_start) - year_start);
                const std::size_t td = table.find("<td>", year_start) + 4;
                const std::string shown = cell_text(table.substr(td, table.find("</td>", td) - td));
                INFO(indicator << " " << year << ": " << shown);
                auto it = download.find({indicator, year});
                REQUIRE(it != download.end());
                const auto& [value, symbol] = it->second;
                if (value.empty()) {
                    CHECK(shown == symbol);
                } else {
                    const std::size_t point = value.find('.');
                    const int decimals = point == std::string::npos ? 0 : int(value.size() - point - 1);
                    CHECK(shown.rfind(norwegian(std::stod(value), decimals), 0) == 0);
                }
                not_available += shown == "..";
                ++rows;
            }
        }
    }
    CHECK(rows > 500);
    CHECK(not_available > 0);
}

// The figure columns whose fields are numbers.
static bool number_column(const std::string& name) {
    return name == "verdi" || name == "teller" || name == "nevner" || name.rfind("ki95", 0) == 0;
}

static std::vector<std::vector<std::string>> csv_rows(const fs::path& csv) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(read_file(csv));
    for (std::string line; std::getline(lines, line);) rows.push_back(split_csv_line(line, ','));
    return rows;
}

TEST_CASE("every download's JSON and JSON-stat hold the CSV's rows; the site's reader reads the JSON-stat",
          "[integration]") {
    const fs::path& site = built_site();
    std::size_t downloads = 0, checked = 0, empty_cells = 0, provisionals = 0;
    for (const auto& entry : fs::recursive_directory_iterator(site)) {
        const fs::path& csv = entry.path();
        fs::path excel = csv;
        excel.replace_filename(csv.stem().string() + "-excel.csv");
        if (csv.extension() != ".csv" || !fs::exists(excel)) continue;  // a download
        INFO(csv);
        const auto rows = csv_rows(csv);
        const auto& header = rows.front();
        if (std::find(header.begin(), header.end(), "verdi") == header.end()) continue;  // an index's
        ++downloads;
        const std::string stem = csv.stem().string();

        // JSON: the rows as records, numbers as numbers, an empty field as null.
        const auto json = nlohmann::json::parse(read_file(csv.parent_path() / (stem + ".json")));
        const auto& records = json.at("tall");
        REQUIRE(records.size() == rows.size() - 1);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto& record = records[r - 1];
            REQUIRE(record.size() == header.size());
            for (std::size_t c = 0; c < header.size(); ++c) {
                const auto& field = record.at(header[c]);
                const std::string& text = rows[r][c];
                INFO(header[c] << " in row " << r << ": " << text << " / " << field.dump());
                if (text.empty()) CHECK(field.is_null());
                else if (number_column(header[c])) CHECK(field.get<double>() == std::stod(text));
                else CHECK(field.get<std::string>() == text);
            }
        }
        std::set<std::string> indicators, defined;
        for (std::size_t r = 1; r < rows.size(); ++r) indicators.insert(rows[r][0]);
        for (const auto& definition : json.at("definisjoner")) defined.insert(definition.at("indikator"));
        CHECK(defined == indicators);

        // JSON-stat, read by the reader the site reads its own data files with.
        kt::Diagnostics diagnostics;
        const std::string file = (csv.parent_path() / (stem + "-json-stat.json")).string();
        const auto table = kt::read_json_stat(read_file(file), file, {}, diagnostics);
        REQUIRE(table);
        CHECK_FALSE(diagnostics.has_errors());
        REQUIRE(table->dimensions.size() == 1);
        const kt::DataDimension& contents = table->dimensions.front();
        CHECK(contents.name == "ContentsCode");
        std::map<std::tuple<std::string, std::string, std::string>, std::string> cube;
        std::set<std::tuple<std::string, std::string, std::string>> provisional;
        for (const kt::DataCell& cell : table->cells) {
            const std::tuple<std::string, std::string, std::string> key{
                cell.area.text, cell.period.text, contents.codes[cell.categories.front()]};
            cube[key] = cell.value.text;
            if (cell.provisional) provisional.insert(key);
        }
        auto column = [&](const std::string& name) {
            return std::find(header.begin(), header.end(), name) - header.begin();
        };
        std::set<std::tuple<std::string, std::string, std::string>> seen;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            auto expect = [&](const std::string& suffix, const std::string& number,
                              const std::string& symbol) {
                const std::tuple<std::string, std::string, std::string> key{
                    row[column("områdekode")], row[column("periode")], row[0] + suffix};
                auto it = cube.find(key);
                INFO(row[0] + suffix << " " << std::get<0>(key) << " " << std::get<1>(key));
                REQUIRE(it != cube.end());
                seen.insert(key);
                if (!number.empty()) CHECK(std::stod(it->second) == std::stod(number));
                else CHECK(it->second == symbol);
            };
            const std::string& symbol = row[column("symbol")];
            expect("", row[column("verdi")], symbol);
            // A provisional figure is SSB's "*", which the reader reads as provisional.
            CHECK(provisional.count({row[column("områdekode")], row[column("periode")], row[0]}) ==
                  (row[column("foreløpig")] == "ja" ? 1u : 0u));
            provisionals += row[column("foreløpig")] == "ja";
            if (std::find(contents.codes.begin(), contents.codes.end(), row[0] + ".teller") ==
                contents.codes.end())
                continue;  // a count: its numerator is its value
            const std::string no_number = symbol.empty() ? ".." : symbol;
            expect(".teller", row[column("teller")],
                   row[column("teller_grunn")].empty() ? no_number : ":");
            expect(".nevner", row[column("nevner")],
                   row[column("nevner_grunn")].empty() ? no_number : ":");
            ++checked;
        }
        // A cell of the cube no row fills is "not available".
        for (const auto& [key, value] : cube)
            if (!seen.count(key) && std::get<2>(key).find(".ki95") == std::string::npos) {
                INFO(std::get<0>(key) << " " << std::get<1>(key) << " " << std::get<2>(key));
                CHECK(value == "..");
                ++empty_cells;
            }
    }
    CHECK(downloads > 400);
    CHECK(provisionals > 0);
    CHECK(checked > 100);
    CHECK(empty_cells > 0);
}

TEST_CASE("an index page's download holds the rows of its ranking table", "[integration]") {
    const fs::path& site = built_site();
    std::size_t pages = 0;
    for (const auto& entry : fs::directory_iterator(site / "indeks")) {
        const std::string id = entry.path().filename().string();
        INFO(id);
        const auto rows = csv_rows(entry.path() / (id + ".csv"));
        for (const std::string form : {"-excel.csv", ".xlsx", ".json"})
            CHECK(fs::exists(entry.path() / (id + form)));
        const std::string page = read_file(entry.path() / "index.html");
        std::size_t at = page.find("<tbody>", page.find("id=\"rangering\""));
        const std::string body = page.substr(at, page.find("</tbody>", at) - at);
        std::size_t r = 1;
        for (std::size_t tr = body.find("<tr>"); tr != std::string::npos; tr = body.find("<tr>", tr + 1), ++r) {
            const std::string html = body.substr(tr, body.find("</tr>", tr) - tr);
            std::vector<std::string> cells;
            for (std::size_t c = html.find("<t"); c != std::string::npos; c = html.find("<t", c + 1)) {
                if (html.compare(c, 3, "<tr") == 0) continue;
                const std::size_t start = html.find('>', c) + 1;
                const std::size_t end = html.find(html[c + 2] == 'h' ? "</th>" : "</td>", start);
                std::string text;
                bool in_tag = false;
                for (char ch : html.substr(start, end - start)) {
                    if (ch == '<') in_tag = true;
                    else if (ch == '>') in_tag = false;
                    else if (!in_tag) text += ch;
                }
                cells.push_back(text);
                c = end;
            }
            REQUIRE(r < rows.size());
            const auto& row = rows[r];
            INFO(row[2]);
            CHECK(cells[0] == row[4]);                                            // plass
            CHECK(cells[1] == (row[5].empty() ? "" : row[5] + "\u2013" + row[6]));  // trolig plass
            CHECK(cells[2] == row[2]);
            CHECK(cells[3] == (row[7].empty() ? "" : norwegian(std::stod(row[7]), 2)));
            if (!row[8].empty()) {
                const double change = std::stod(row[8]);
                CHECK(cells[4] == (change > 0 ? "+" : change < 0 ? "\u2212" : "") +
                                      norwegian(std::fabs(change), 2));
            }
            CHECK(cells[5 + (row.size() - 10) / 3 + 1] == row[9]);  // merknad, after the fylke
            for (std::size_t c = 0; 10 + 3 * c + 2 < row.size(); ++c) {
                const std::string& figure = row[10 + 3 * c];
                const int decimals = figure.find('.') == std::string::npos
                                         ? 0 : int(figure.size() - figure.find('.') - 1);
                if (figure.empty()) CHECK(cells[5 + c].rfind(" ", 0) == 0);
                else CHECK(cells[5 + c].rfind(norwegian(std::stod(figure), decimals), 0) == 0);
            }
        }
        CHECK(r == rows.size());
        ++pages;
    }
    CHECK(pages > 0);
}

TEST_CASE("each indicator's latest figure on an area page has a filled-in citation and address",
          "[integration]") {
    const fs::path& site = built_site();
    const std::string page = read_file(site / "kommune" / "3435-vaga" / "index.html");
    const std::string deltakere =
        norwegian(std::stod(download_value(site / "kommune" / "3435-vaga" / "3435-vaga.csv",
                                           "intro_deltakere", "2023")),
                  0);
    const std::string start = "<span class=\"citation\" id=\"siter-intro_deltakere\">";
    const std::size_t at = page.find(start);
    REQUIRE(at != std::string::npos);
    const std::string citation = page.substr(at, page.find("</span>", at) - at);
    INFO(citation);
    CHECK(citation.find("Deltakere i introduksjonsprogrammet, Vågå, 2023: " + deltakere +
                        " personer.") != std::string::npos);
    CHECK(citation.find("Kilde: IMDi") != std::string::npos);
    CHECK(citation.find("[") == std::string::npos);  // nothing left for the reader to fill in
    // The address names the page and the figure's block, which exists.
    CHECK(citation.find("https://kommunetall.example.no/kommune/3435-vaga/#intro_deltakere") !=
          std::string::npos);
    CHECK(page.find("<details class=\"indicator\" id=\"intro_deltakere\">") != std::string::npos);
}
