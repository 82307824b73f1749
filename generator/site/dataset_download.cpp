#include "site/dataset_download.h"

#include <nlohmann/json.hpp>

#include "render/csv_writer.h"
#include "site/download_forms.h"
#include "site/downloads.h"

namespace kt {

namespace {

constexpr const char* kDefinitionsName = "indikatorer.csv";

// A table's columns for CSVW: the header as titles, an ASCII name, the datatype (a number
// column is a decimal, anything else a string, an empty field null) and what it holds.
nlohmann::ordered_json csvw_columns(const DownloadTable& table, const DownloadTable* described,
                                    const std::vector<std::string>& whole_numbers) {
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    const auto& header = table.rows.front();
    for (std::size_t c = 0; c < header.size(); ++c) {
        const bool whole =
            std::find(whole_numbers.begin(), whole_numbers.end(), header[c]) != whole_numbers.end();
        nlohmann::ordered_json column{{"name", ascii_column_name(header[c])},
                                      {"titles", header[c]},
                                      {"datatype", whole              ? "integer"
                                                   : table.numeric[c] ? "decimal"
                                                                      : "string"},
                                      {"null", ""}};
        if (described && c + 1 < described->rows.size())
            column["dc:description"] = described->rows[c + 1][1];
        columns.push_back(std::move(column));
    }
    return columns;
}

}  // namespace

DatasetTable dataset_table(const SiteData& data) {
    DatasetTable out{figure_table(), {}};  // the header, even without indicators
    for (const Indicator& indicator : data.input.catalogue.indicators) {
        Download download = indicator_download(data, indicator);
        out.figures.rows.insert(out.figures.rows.end(), download.figures.rows.begin() + 1,
                                download.figures.rows.end());
        out.indicators.insert(out.indicators.end(), download.indicators.begin(),
                              download.indicators.end());
    }
    return out;
}

std::vector<OutputFile> dataset_files(const SiteData& data, const DatasetTable& dataset) {
    const DownloadTable& figures = dataset.figures;
    const std::vector<const Indicator*>& indicators = dataset.indicators;
    const DownloadTable definitions = definitions_table(data, indicators);
    const DownloadTable described = columns_table(data, figures);

    const SiteConfig& config = data.input.config;
    const std::string name =
        std::string(kDatasetPath).substr(std::string(kDatasetPath).rfind('/') + 1);
    nlohmann::ordered_json figures_table{
        {"url", name},
        {"dc:title", config.title},
        {"tableSchema",
         {{"columns", csvw_columns(figures, &described, {})},
          {"primaryKey", {"indikator", "omradekode", "periode"}},
          {"foreignKeys",
           {{{"columnReference", "indikator"},
             {"reference",
              {{"resource", kDefinitionsName}, {"columnReference", "indikator"}}}}}}}}};
    nlohmann::ordered_json definitions_schema{
        {"url", kDefinitionsName},
        {"tableSchema",
         {{"columns", csvw_columns(definitions, nullptr, {"desimaler"})},
          {"primaryKey", "indikator"}}}};
    nlohmann::ordered_json metadata{
        {"@context", {"http://www.w3.org/ns/csvw", {{"@language", "nb"}}}},
        {"dc:title", config.title},
        {"dc:publisher", config.publisher},
        {"dc:modified", config.data_updated},
        {"tables", {figures_table, definitions_schema}}};
    const std::string folder =
        std::string(kDatasetPath).substr(0, std::string(kDatasetPath).rfind('/') + 1);
    return {{kDatasetPath, csv_text(figures, CsvForm::machine)},
            {folder + kDefinitionsName, csv_text(definitions, CsvForm::machine)},
            {std::string(kDatasetPath) + "-metadata.json", metadata.dump(1) + "\n"}};
}

}  // namespace kt
