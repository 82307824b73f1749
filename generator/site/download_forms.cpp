#include "site/download_forms.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <stdexcept>

#include "render/csv_writer.h"
#include "render/value_text.h"
#include "render/xlsx_writer.h"
#include "site/site_paths.h"
#include "site/value_cell.h"

namespace kt {

namespace {

constexpr DownloadForm kForms[] = {DownloadForm::csv, DownloadForm::excel_csv, DownloadForm::xlsx,
                                   DownloadForm::json, DownloadForm::json_stat};

const char* form_key(DownloadForm form) {
    switch (form) {
        case DownloadForm::csv:
            return "csv";
        case DownloadForm::excel_csv:
            return "excel_csv";
        case DownloadForm::xlsx:
            return "xlsx";
        case DownloadForm::json:
            return "json";
        case DownloadForm::json_stat:
            return "json_stat";
    }
    return "";
}

// A number column's machine text as a JSON number (whole when written without decimals), or
// null.
nlohmann::ordered_json json_number(const std::string& text) {
    const std::optional<double> value = read_machine_number(text);
    if (!value) return nullptr;
    if (text.find('.') == std::string::npos) return static_cast<long long>(*value);
    return *value;
}

// A table's rows after its header as records keyed by the header; numbers as numbers, an
// empty field as null.
nlohmann::ordered_json records(const DownloadTable& table) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    if (table.rows.empty()) return out;
    const auto& header = table.rows.front();
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        nlohmann::ordered_json record = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string& field = table.rows[r][c];
            if (c < table.numeric.size() && table.numeric[c])
                record[header[c]] = json_number(field);
            else if (field.empty())
                record[header[c]] = nullptr;
            else
                record[header[c]] = field;
        }
        out.push_back(std::move(record));
    }
    return out;
}

// The column's position in the figures table's header.
std::size_t column(const DownloadTable& table, const std::string& name) {
    const auto& header = table.rows.front();
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
}

// "3435-vaga.csv"'s stem: "3435-vaga".
std::string stem_of(const std::string& csv_path) { return csv_path.substr(0, csv_path.size() - 4); }

// Each symbol and each reason code, with what it means.
DownloadTable symbols_table(const SiteData& data) {
    const Words& words = data.words;
    DownloadTable table{{{"tegn", "betydning"}}, {false, false}};
    for (ValueStatus status :
         {ValueStatus::suppressed, ValueStatus::not_available, ValueStatus::not_yet_available,
          ValueStatus::not_applicable, ValueStatus::nil})
        table.rows.push_back({status_symbol(status), status_explanation(words, status)});
    for (Suppression reason :
         {Suppression::confidential, Suppression::small_denominator, Suppression::in_source})
        table.rows.push_back(
            {suppression_code(reason),
             suppression_explanation(words, reason, data.input.config.suppression)});
    table.rows.push_back(
        {suppression_code(Suppression::unpublished), words("download.unpublished")});
    return table;
}

std::time_t updated_time(const SiteConfig& config) {
    std::tm day{};
    if (config.data_updated.size() == 10 &&
        std::sscanf(config.data_updated.c_str(), "%4d-%2d-%2d", &day.tm_year, &day.tm_mon,
                    &day.tm_mday) == 3) {
        day.tm_year -= 1900;
        day.tm_mon -= 1;
        return timegm(&day);
    }
    return 0;
}

std::string workbook_bytes(const SiteData& data, const Download& download) {
    const Words& words = data.words;
    Workbook book{
        data.input.config.title + ": " + download.title,
        data.input.config.publisher,
        updated_time(data.input.config),
        {{words("download.sheet_figures"), download.figures},
         {words("download.sheet_definitions"), definitions_table(data, download.indicators)},
         {words("download.sheet_symbols"), symbols_table(data)},
         {words("download.sheet_columns"), columns_table(data, download.figures)}}};
    std::string error;
    auto bytes = xlsx_bytes(book, error);
    if (!bytes)
        throw std::runtime_error(download_form_path(download.csv_path, DownloadForm::xlsx) + ": " +
                                 error);
    return *bytes;
}

std::string json_text(const SiteData& data, const Download& download) {
    const SiteConfig& config = data.input.config;
    nlohmann::ordered_json out{{"tittel", config.title + ": " + download.title},
                               {"utgiver", config.publisher},
                               {"oppdatert", config.data_updated}};
    out["kolonner"] = records(columns_table(data, download.figures));
    out["tall"] = records(download.figures);
    out["definisjoner"] = records(definitions_table(data, download.indicators));
    out["tegn_og_koder"] = records(symbols_table(data));
    return out.dump() + "\n";
}

}  // namespace

std::string ascii_column_name(std::string name) {
    for (const auto& [from, to] :
         {std::pair<std::string, std::string>{"å", "a"}, {"ø", "o"}, {"æ", "ae"}})
        for (std::size_t at; (at = name.find(from)) != std::string::npos;)
            name.replace(at, from.size(), to);
    return name;
}

DownloadTable definitions_table(const SiteData& data,
                                const std::vector<const Indicator*>& indicators) {
    DownloadTable table{
        {{"indikator", "tittel", "definisjon", "kohort_og_tidspunkt", "enhet", "desimaler",
          "beregning", "teller", "nevner", "nasjonalt_mål", "kilde", "oppdatert",
          "neste_oppdatering", "adresse"}},
        {}};
    table.numeric.assign(table.rows.front().size(), false);
    table.numeric[5] = table.numeric[9] = true;
    const SiteConfig& config = data.input.config;
    for (const Indicator* indicator : indicators) {
        const bool ratio = indicator->computation != Computation::count;
        table.rows.push_back(
            {indicator->id, indicator->title,
             indicator->definition.empty() ? indicator->short_definition : indicator->definition,
             indicator->cohort, indicator->unit, std::to_string(indicator->decimals),
             computation_keyword(indicator->computation), indicator->numerator,
             ratio ? indicator->denominator : "",
             indicator->goal ? machine_number(*indicator->goal, indicator->decimals) : "",
             indicator->source, config.data_updated, next_update(data.input.catalogue, *indicator),
             config.base_url.empty() ? "" : config.base_url + indicator_dir(indicator->id)});
    }
    return table;
}

DownloadTable columns_table(const SiteData& data, const DownloadTable& figures) {
    const Words& words = data.words;
    DownloadTable table{{{"kolonne", "betydning"}}, {false, false}};
    for (const std::string& name : figures.rows.front())
        table.rows.push_back({name, words("download.column_" + ascii_column_name(name))});
    return table;
}

std::string download_form_path(const std::string& csv_path, DownloadForm form) {
    switch (form) {
        case DownloadForm::csv:
            return csv_path;
        case DownloadForm::excel_csv:
            return stem_of(csv_path) + "-excel.csv";
        case DownloadForm::xlsx:
            return stem_of(csv_path) + ".xlsx";
        case DownloadForm::json:
            return stem_of(csv_path) + ".json";
        case DownloadForm::json_stat:
            return stem_of(csv_path) + "-json-stat.json";
    }
    return csv_path;
}

nlohmann::json download_links(const std::string& page_dir, const std::string& csv_path,
                              bool figures) {
    nlohmann::json links = nlohmann::json::object();
    for (DownloadForm form : kForms) {
        if (form == DownloadForm::json_stat && !figures) continue;
        const std::string path = download_form_path(csv_path, form);
        links[form_key(form)] = {{"href", file_link(page_dir, path)},
                                 {"name", path.substr(path.rfind('/') + 1)}};
    }
    return links;
}

std::string json_stat_text(const SiteData& data, const Download& download) {
    const DownloadTable& figures = download.figures;
    const std::size_t c_indicator = column(figures, "indikator"),
                      c_code = column(figures, "områdekode"),
                      c_name = column(figures, "områdenavn"), c_period = column(figures, "periode"),
                      c_value = column(figures, "verdi"), c_symbol = column(figures, "symbol"),
                      c_numerator = column(figures, "teller"),
                      c_denominator = column(figures, "nevner"),
                      c_numerator_reason = column(figures, "teller_grunn"),
                      c_denominator_reason = column(figures, "nevner_grunn"),
                      c_low = column(figures, "ki95_nedre"), c_high = column(figures, "ki95_ovre"),
                      c_provisional = column(figures, "foreløpig"), c_reason = column(figures, "grunn");
    // The categories of each dimension, in the order first met.
    struct Categories {
        std::vector<std::string> codes, labels;
        std::map<std::string, std::size_t> index;
        void add(const std::string& code, const std::string& label) {
            if (index.try_emplace(code, codes.size()).second) {
                codes.push_back(code);
                labels.push_back(label);
            }
        }
    } regions, periods, contents;
    struct Unit {
        std::string base;
        int decimals;
    };
    std::vector<Unit> units;
    const Catalogue& catalogue = data.input.catalogue;
    const Words& words = data.words;
    // ContentsCode: each indicator's value, then for a share or rate its numerator and
    // denominator, and the interval where the indicator has one.
    for (const Indicator* indicator : download.indicators) {
        auto add = [&](const std::string& suffix, const std::string& label, Unit unit) {
            contents.add(indicator->id + suffix, label);
            if (units.size() < contents.codes.size()) units.push_back(std::move(unit));
        };
        add("", indicator->title, {indicator->unit, indicator->decimals});
        if (indicator->computation == Computation::count) continue;
        const Measure* numerator = catalogue.measure(indicator->numerator);
        const Measure* denominator = catalogue.measure(indicator->denominator);
        const int numerator_decimals =
            indicator->computation == Computation::mean ? indicator->decimals : 0;
        add(".teller",
            words("download.numerator",
                  {{"indicator", indicator->title},
                   {"measure", numerator ? numerator->title : indicator->numerator}}),
            {numerator ? numerator->unit : "", numerator_decimals});
        add(".nevner",
            words("download.denominator",
                  {{"indicator", indicator->title},
                   {"measure", denominator ? denominator->title : indicator->denominator}}),
            {denominator ? denominator->unit : "", 0});
        const bool has_interval =
            std::any_of(figures.rows.begin() + 1, figures.rows.end(), [&](const auto& row) {
                return row[c_indicator] == indicator->id && !row[c_low].empty();
            });
        if (has_interval) {
            add(".ki95_nedre", words("download.interval_low", {{"indicator", indicator->title}}),
                {indicator->unit, indicator->decimals + 1});
            add(".ki95_ovre", words("download.interval_high", {{"indicator", indicator->title}}),
                {indicator->unit, indicator->decimals + 1});
        }
    }
    for (std::size_t r = 1; r < figures.rows.size(); ++r) {
        regions.add(figures.rows[r][c_code], figures.rows[r][c_name]);
        periods.add(figures.rows[r][c_period], figures.rows[r][c_period]);
    }
    // Years in order, then the pooled periods ("2021-2023").
    std::vector<std::string> period_codes = periods.codes;
    std::sort(period_codes.begin(), period_codes.end(),
              [](const std::string& a, const std::string& b) {
                  return std::pair(a.size(), a) < std::pair(b.size(), b);
              });
    Categories sorted_periods;
    for (const std::string& code : period_codes) sorted_periods.add(code, code);

    const std::size_t n_periods = sorted_periods.codes.size(), n_contents = contents.codes.size();
    const std::size_t size = regions.codes.size() * n_periods * n_contents;
    nlohmann::ordered_json values(size, nullptr);
    nlohmann::ordered_json status = nlohmann::ordered_json::object();
    // Why a hidden cell is hidden, as the CSV's reason codes: JSON-stat has no place for it
    // but its "extension".
    nlohmann::ordered_json reasons = nlohmann::ordered_json::object();
    auto put = [&](std::size_t at, const std::string& number, const std::string& symbol,
                   const std::string& reason = "") {
        values[at] = json_number(number);
        if (!symbol.empty()) status[std::to_string(at)] = symbol;
        if (number.empty() && !reason.empty()) reasons[std::to_string(at)] = reason;
    };
    for (std::size_t r = 1; r < figures.rows.size(); ++r) {
        const auto& row = figures.rows[r];
        const std::size_t cell =
            (regions.index.at(row[c_code]) * n_periods + sorted_periods.index.at(row[c_period])) *
            n_contents;
        const std::string& id = row[c_indicator];
        // A field without a number: hidden (":") where a reason is given, else the row's symbol.
        auto symbol_for = [&](const std::string& number, const std::string& reason) -> std::string {
            if (!number.empty()) return row[c_symbol] == "-" ? "-" : "";
            if (!reason.empty()) return ":";
            return row[c_symbol].empty() ? ".." : row[c_symbol];
        };
        // A provisional number has SSB's status "*" ("foreløpig tall").
        put(cell + contents.index.at(id), row[c_value],
            row[c_provisional] == "ja" ? "*" : row[c_symbol], row[c_reason]);
        if (auto it = contents.index.find(id + ".teller"); it != contents.index.end())
            put(cell + it->second, row[c_numerator],
                symbol_for(row[c_numerator], row[c_numerator_reason]), row[c_numerator_reason]);
        if (auto it = contents.index.find(id + ".nevner"); it != contents.index.end())
            put(cell + it->second, row[c_denominator],
                symbol_for(row[c_denominator], row[c_denominator_reason]),
                row[c_denominator_reason]);
        if (auto it = contents.index.find(id + ".ki95_nedre"); it != contents.index.end())
            put(cell + it->second, row[c_low], symbol_for(row[c_low], ""));
        if (auto it = contents.index.find(id + ".ki95_ovre"); it != contents.index.end())
            put(cell + it->second, row[c_high], symbol_for(row[c_high], ""));
    }

    auto dimension = [](const std::string& label, const Categories& categories) {
        nlohmann::ordered_json index = nlohmann::ordered_json::object(),
                               labels = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < categories.codes.size(); ++i) {
            index[categories.codes[i]] = i;
            labels[categories.codes[i]] = categories.labels[i];
        }
        return nlohmann::ordered_json{{"label", label},
                                      {"category", {{"index", index}, {"label", labels}}}};
    };
    const SiteConfig& config = data.input.config;
    nlohmann::ordered_json out{
        {"version", "2.0"},
        {"class", "dataset"},
        {"label", config.title + ": " + download.title},
        {"source", config.publisher.empty() ? config.title : config.publisher}};
    if (!config.data_updated.empty()) out["updated"] = config.data_updated + "T00:00:00Z";
    out["id"] = {"Region", "Tid", "ContentsCode"};
    out["size"] = {regions.codes.size(), n_periods, n_contents};
    out["role"] = {{"geo", {"Region"}}, {"time", {"Tid"}}, {"metric", {"ContentsCode"}}};
    out["dimension"]["Region"] = dimension(words("download.dimension_area"), regions);
    out["dimension"]["Tid"] = dimension(words("download.dimension_period"), sorted_periods);
    nlohmann::ordered_json contents_dimension =
        dimension(words("download.dimension_contents"), contents);
    nlohmann::ordered_json unit = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < contents.codes.size(); ++i)
        unit[contents.codes[i]] = {
            {"base", units[i].base}, {"label", units[i].base}, {"decimals", units[i].decimals}};
    contents_dimension["category"]["unit"] = unit;
    out["dimension"]["ContentsCode"] = contents_dimension;
    out["value"] = values;
    out["status"] = status;
    out["extension"] = {{"grunn", reasons}};
    return out.dump() + "\n";
}

std::vector<OutputFile> download_files(const SiteData& data, const Download& download) {
    const std::string& path = download.csv_path;
    return {{path, csv_text(download.figures, CsvForm::machine)},
            {download_form_path(path, DownloadForm::excel_csv),
             csv_text(download.figures, CsvForm::spreadsheet)},
            {download_form_path(path, DownloadForm::xlsx), workbook_bytes(data, download)},
            {download_form_path(path, DownloadForm::json), json_text(data, download)},
            {download_form_path(path, DownloadForm::json_stat), json_stat_text(data, download)}};
}

std::vector<OutputFile> table_download_files(const SiteData& data, const std::string& csv_path,
                                             const std::string& title, const DownloadTable& table) {
    const SiteConfig& config = data.input.config;
    std::string error;
    auto workbook = xlsx_bytes({config.title + ": " + title,
                                config.publisher,
                                updated_time(config),
                                {{data.words("download.sheet_figures"), table}}},
                               error);
    const std::string xlsx_path = download_form_path(csv_path, DownloadForm::xlsx);
    if (!workbook) throw std::runtime_error(xlsx_path + ": " + error);
    nlohmann::ordered_json json{{"tittel", config.title + ": " + title},
                                {"utgiver", config.publisher},
                                {"oppdatert", config.data_updated},
                                {"tall", records(table)}};
    return {{csv_path, csv_text(table, CsvForm::machine)},
            {download_form_path(csv_path, DownloadForm::excel_csv),
             csv_text(table, CsvForm::spreadsheet)},
            {xlsx_path, *workbook},
            {download_form_path(csv_path, DownloadForm::json), json.dump() + "\n"}};
}

}  // namespace kt
