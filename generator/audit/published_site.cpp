#include "audit/published_site.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "input/csv_reader.h"
#include "input/number_syntax.h"

namespace kt {

namespace {

namespace fs = std::filesystem;

// The stronger reason wins where rows disagree: what must be protected most.
int reason_rank(const std::string& reason) {
    if (reason == "personvern") return 3;
    if (reason == "kilde") return 2;
    if (reason == "ikke_publisert") return 1;
    return 0;
}

void record(PublishedCell& cell, const std::optional<double>& value, const std::string& reason,
            const std::string& where) {
    if (cell.where.empty()) cell.where = where;
    if (value) {
        if (cell.value && *cell.value != *value) cell.conflicting = true;
        if (!cell.value) cell.value = value;
    } else if (reason_rank(reason) > reason_rank(cell.hidden_reason)) {
        cell.hidden_reason = reason;
        cell.where = where;
    }
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

void read_definitions(PublishedSite& site, std::string_view json, const std::string& file,
                      Diagnostics& diagnostics) {
    const auto doc = nlohmann::json::parse(json, nullptr, false);
    auto fail = [&](const std::string& what) {
        diagnostics.error({file, 0, 0}, "not the definitions a build writes: " + what);
    };
    if (doc.is_discarded() || !doc.is_object()) return fail("not a JSON object");
    try {
        const auto& min_count = doc.at("min_count");
        if (!min_count.is_number_integer() || min_count.get<long long>() < 2 ||
            min_count.get<long long>() > 1000)
            return fail("min_count must be a whole number from 2 to 1000");
        site.min_count = min_count.get<int>();
        const auto& min_denominator = doc.at("min_denominator");
        if (!min_denominator.is_number() || min_denominator.get<double>() < 0)
            return fail("min_denominator must be a number of 0 or more");
        site.min_denominator = min_denominator.get<double>();
        for (const auto& entry : doc.at("indicators")) {
            PublishedIndicator indicator{entry.at("computation").get<std::string>(),
                                         entry.at("numerator").get<std::string>(), ""};
            if (!entry.at("denominator").is_null())
                indicator.denominator = entry.at("denominator").get<std::string>();
            site.indicators[entry.at("id").get<std::string>()] = indicator;
        }
        for (const auto& entry : doc.at("measures")) {
            const auto id = entry.at("id").get<std::string>();
            auto breakdowns = entry.at("breakdowns").get<std::vector<std::vector<std::string>>>();
            if (!breakdowns.empty()) site.breakdowns[id] = std::move(breakdowns);
            if (entry.contains("within")) {
                site.within[id] = entry.at("within").get<std::string>();
                if (site.within[id] == id) return fail("the measure " + id.substr(0, 80) +
                                                       " is within itself");
            }
        }
        for (const auto& entry : doc.at("sums")) {
            const auto code = entry.at("code").get<std::string>();
            auto members = entry.at("members").get<std::vector<std::string>>();
            std::set<std::string> distinct(members.begin(), members.end());
            if (distinct.size() != members.size() || distinct.count(code))
                return fail("the sum " + code.substr(0, 80) + " names a member twice or itself");
            site.sums.emplace_back(code, std::move(members));
        }
        for (const auto& [measure, breakdowns] : site.breakdowns) {
            for (const auto& parts : breakdowns) {
                std::set<std::string> distinct(parts.begin(), parts.end());
                if (distinct.size() != parts.size() || distinct.count(measure))
                    return fail("the measure " + measure.substr(0, 80) +
                                " names a part twice or itself");
            }
        }
    } catch (const nlohmann::json::exception& e) {
        fail(e.what());
    }
}

void read_download(PublishedSite& site, std::string_view csv, const std::string& file,
                   Diagnostics& diagnostics) {
    // The spreadsheet form starts with a byte-order mark: ';' between fields, decimal comma,
    // an apostrophe before a text that a spreadsheet would take for a formula, and a code with
    // a leading zero as a text constant (="0301").
    const bool spreadsheet = csv.substr(0, 3) == "\xEF\xBB\xBF";
    if (spreadsheet) csv.remove_prefix(3);
    const std::vector<CsvRecord> records =
        parse_csv(csv, spreadsheet ? ';' : ',', file, diagnostics);
    if (records.empty()) return;
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < records.front().fields.size(); ++i)
        column[records.front().fields[i].text] = i;
    // Other tables (an adjustment's fitted values) repeat figures of these; only the figure
    // downloads are read.
    for (const char* name : {"indikator", "områdekode", "periode", "verdi", "symbol", "teller",
                             "nevner", "teller_grunn", "nevner_grunn", "merknad"})
        if (!column.count(name)) return;
    const NumberSyntax syntax{spreadsheet ? ',' : '.', false, 0};
    std::set<std::pair<CellKey, CellKey>> shares(site.shares.begin(), site.shares.end());
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& record_ = records[r];
        auto field = [&](const char* name) -> std::string {
            const std::size_t i = column.at(name);
            if (i >= record_.fields.size()) return "";
            const std::string& text = record_.fields[i].text;
            if (spreadsheet && text.size() > 2 && text[0] == '\'' &&
                std::string_view("=+-@\t\r").find(text[1]) != std::string_view::npos)
                return text.substr(1);
            if (spreadsheet && text.size() > 3 && text.starts_with("=\"") && text.back() == '"')
                return text.substr(2, text.size() - 3);  // a code kept as text: ="0301"
            return text;
        };
        const std::string where = file + ":" + std::to_string(record_.line);
        auto it = site.indicators.find(field("indikator"));
        if (it == site.indicators.end()) {
            diagnostics.error({file, record_.line, 1},
                              "indicator '" + field("indikator").substr(0, 80) +
                                  "' is not in the definitions (the rest of the file is skipped)");
            return;
        }
        const PublishedIndicator& indicator = it->second;
        const std::string& code = field("områdekode");
        const std::string& period = field("periode");
        // A sum with members missing, or a source's own total that its members do not add
        // up to: no equation.
        const bool partial = field("merknad").starts_with("Summen mangler") ||
                             field("merknad").starts_with("Kildens eget tall");
        // A sum with members missing is a quantity of its own, for this indicator alone (its
        // numerator need not be the measure's whole count shown elsewhere).
        const std::string numerator =
            partial ? indicator.numerator + " (delsum, " + field("indikator") + ")"
                    : indicator.numerator;
        const std::string denominator =
            partial && !indicator.denominator.empty()
                ? indicator.denominator + " (delsum, " + field("indikator") + ")"
                : indicator.denominator;
        auto add = [&](const std::string& measure, const char* number, const char* reason) {
            if (!field(reason).empty() && reason_rank(field(reason)) == 0) {
                diagnostics.error({file, record_.line, 1},
                                  "unknown reason code in " + std::string(reason));
                return;
            }
            std::optional<double> value = parse_number(field(number), syntax);
            if (!field(number).empty() && (!value || *value < 0)) {
                diagnostics.error({file, record_.line, 1},
                                  std::string(number) + " is not a count of persons");
                return;
            }
            if (!value && indicator.denominator.empty() && field(reason).empty())
                value = parse_number(field("verdi"), syntax);  // a count is its own value
            if (!value && field(reason).empty()) return;       // nothing said: no row, "..", "."
            PublishedCell& cell = site.cells[{measure, code, period}];
            record(cell, value, field(reason), where);
            cell.partial_sum = cell.partial_sum || partial;
        };
        add(numerator, "teller", "teller_grunn");
        if (denominator.empty()) continue;
        add(denominator, "nevner", "nevner_grunn");
        // Too few in the base is said before privacy, so a figure with a number or the privacy
        // symbol rests on at least min_denominator persons.
        const std::string& shown = field("verdi");
        if (column.count("grunn") && field("grunn") == "lite_nevner")
            site.small_denominators.insert({denominator, code, period});
        else if ((column.count("grunn") && field("grunn") == "personvern") ||
                 parse_number(shown, syntax))
            site.large_denominators.insert({denominator, code, period});
        if (const auto value = parse_number(shown, syntax);
            value && (field("teller").empty() || field("nevner").empty())) {
            const auto point = shown.find('.');
            const int decimals =
                point == std::string::npos ? 0 : static_cast<int>(shown.size() - point - 1);
            const double half = 0.5 * std::pow(10.0, -decimals);
            site.rounded_ratios.push_back(
                {{numerator, code, period},
                 {denominator, code, period},
                 indicator.computation == "rate_per_1000" ? 1000.0
                 : indicator.computation == "mean"        ? 1.0
                                                          : 100.0,
                 *value - half,
                 *value + half,
                 where});
        }
        if (indicator.computation == "share")
            shares.insert({{numerator, code, period}, {denominator, code, period}});
    }
    site.shares.assign(shares.begin(), shares.end());
}

PublishedSite read_published_site(const fs::path& folder, Diagnostics& diagnostics) {
    PublishedSite site;
    const fs::path definitions = folder / "nedlasting" / "definisjoner.json";
    if (!fs::is_regular_file(definitions)) {
        diagnostics.error({definitions.string(), 0, 0},
                          "no definitions: is this a site built by kommunetall?");
        return site;
    }
    read_definitions(site, read_text(definitions), definitions.string(), diagnostics);
    if (diagnostics.has_errors()) return site;
    // A built site has no links; one that does (a loop, a file elsewhere) is not followed.
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        if (it->is_symlink(error)) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(error) && it->path().extension() == ".csv")
            files.push_back(it->path());
    }
    if (error) diagnostics.error({folder.string(), 0, 0}, "cannot read: " + error.message());
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files)
        read_download(site, read_text(path), fs::relative(path, folder).string(), diagnostics);
    if (site.cells.empty())
        diagnostics.error({folder.string(), 0, 0}, "no figure downloads to audit");
    return site;
}

}  // namespace kt
