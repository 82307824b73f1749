#include "site/corrections.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "input/csv_reader.h"
#include "site/dataset_download.h"
#include "site/site_data.h"

namespace kt {

namespace {

using FigureKey = std::tuple<std::string, std::string, std::string>;  // indicator, area, period

struct Figure {
    std::string name, value;  // area name; machine number, "" where none is published
};

const std::vector<std::string> kCorrectionsHeader{
    "dato", "indikator", "områdekode", "områdenavn", "periode", "endring", "tidligere_verdi",
    "ny_verdi"};

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "";
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A table's rows as maps from its header's names to fields; nullopt (with a warning) when the
// text is not CSV or lacks a column.
std::optional<std::vector<std::map<std::string, std::string>>> records(
    const std::string& text, const std::string& file, const std::vector<std::string>& needed,
    Diagnostics& diagnostics) {
    Diagnostics reading;
    const std::vector<CsvRecord> parsed = parse_csv(text, ',', file, reading);
    auto ignored = [&](const std::string& why) {
        diagnostics.warning({file, 1, 1}, "the previous build's " + why +
                                              "; its figures are not compared with this build's");
        return std::nullopt;
    };
    if (reading.has_errors() || parsed.empty()) return ignored("file cannot be read as CSV");
    std::vector<std::string> header;
    for (const CsvField& field : parsed.front().fields) header.push_back(field.text);
    for (const std::string& name : needed)
        if (std::find(header.begin(), header.end(), name) == header.end())
            return ignored("file has no column " + name);
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t r = 1; r < parsed.size(); ++r) {
        if (parsed[r].fields.size() != header.size()) return ignored("file has rows of another width");
        std::map<std::string, std::string> record;
        for (std::size_t c = 0; c < header.size(); ++c) record[header[c]] = parsed[r].fields[c].text;
        out.push_back(std::move(record));
    }
    return out;
}

}  // namespace

PreviousPublication read_previous_publication(const std::filesystem::path& out) {
    return {read_text(out / kDatasetPath), read_text(out / kCorrectionsPath)};
}

Corrections find_corrections(const SiteData& data, const DownloadTable& dataset,
                             const PreviousPublication& previous, Diagnostics& diagnostics) {
    // This build's figures.
    std::map<FigureKey, Figure> now;
    const auto& header = dataset.rows.front();
    auto at = [&](const char* name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    };
    const std::size_t c_indicator = at("indikator"), c_code = at("områdekode"),
                      c_name = at("områdenavn"), c_period = at("periode"), c_value = at("verdi");
    for (std::size_t r = 1; r < dataset.rows.size(); ++r) {
        const auto& row = dataset.rows[r];
        now[{row[c_indicator], row[c_code], row[c_period]}] = {row[c_name], row[c_value]};
    }
    auto published_now = [&](const FigureKey& key) {
        auto it = now.find(key);
        return it != now.end() && !it->second.value.empty();
    };

    std::vector<Correction> list;
    std::set<std::tuple<std::string, std::string, std::string, std::string, std::string,
                        std::string, std::string>>
        listed;
    auto add = [&](Correction c) {
        // Numbers only for a figure published now (see corrections.h).
        if (!published_now({c.indicator, c.area_code, c.period})) c.old_value = c.new_value = "";
        if (listed.insert({c.date, c.indicator, c.area_code, c.period, c.kind, c.old_value,
                           c.new_value})
                .second)
            list.push_back(std::move(c));
    };

    // The corrections published before, carried forward.
    if (!previous.corrections_csv.empty())
        if (auto rows = records(previous.corrections_csv, kCorrectionsPath, kCorrectionsHeader,
                                diagnostics))
            for (auto& row : *rows)
                add({row["dato"], row["indikator"], row["områdekode"], row["områdenavn"],
                     row["periode"], row["endring"], row["tidligere_verdi"], row["ny_verdi"]});

    // This build's changes to figures published before.
    const std::string& date = data.input.config.data_updated;
    if (!previous.figures_csv.empty())
        if (auto rows = records(previous.figures_csv, kDatasetPath,
                                {"indikator", "områdekode", "områdenavn", "periode", "verdi"},
                                diagnostics))
            for (auto& row : *rows) {
                const std::optional<double> old_value = read_machine_number(row["verdi"]);
                if (!old_value) continue;  // nothing was published
                const FigureKey key{row["indikator"], row["områdekode"], row["periode"]};
                auto it = now.find(key);
                Correction change{date, row["indikator"], row["områdekode"], row["områdenavn"],
                                  row["periode"], "", row["verdi"], ""};
                if (it == now.end()) {
                    change.kind = "fjernet";
                } else if (const std::optional<double> new_value = read_machine_number(it->second.value)) {
                    if (*new_value == *old_value) continue;
                    change.kind = "rettet";
                    change.area_name = it->second.name;
                    change.new_value = it->second.value;
                } else {
                    change.kind = "skjult";
                }
                add(std::move(change));
            }

    std::stable_sort(list.begin(), list.end(), [](const Correction& a, const Correction& b) {
        if (a.date != b.date) return a.date > b.date;
        return std::tie(a.indicator, a.area_code, a.period) <
               std::tie(b.indicator, b.area_code, b.period);
    });
    Corrections out{std::move(list), {}};
    for (std::size_t i = 0; i < out.list.size(); ++i)
        out.by_figure[{out.list[i].indicator, out.list[i].area_code}].push_back(i);
    return out;
}

std::string corrections_csv(const Corrections& corrections) {
    DownloadTable table{{kCorrectionsHeader}, std::vector<bool>(kCorrectionsHeader.size(), false)};
    table.numeric[6] = table.numeric[7] = true;
    for (const Correction& c : corrections.list)
        table.rows.push_back({c.date, c.indicator, c.area_code, c.area_name, c.period, c.kind,
                              c.old_value, c.new_value});
    return csv_text(table, CsvForm::machine);
}

}  // namespace kt
