#include "input/pivot_table_reader.h"

namespace kt {

namespace {

struct Label {
    std::string dimension;
    std::string category;
};

// "Kjønn: Menn" -> {"Kjønn", "Menn"}; nullopt when the text is not so labelled.
std::optional<Label> split_label(const std::string& text) {
    const auto colon = text.find(": ");
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    return Label{text.substr(0, colon), text.substr(colon + 2)};
}

}  // namespace

std::optional<DataTable> read_pivot_table(CsvTable csv, const DataDescription& description,
                                          Diagnostics& diagnostics) {
    const std::string& file = description.data_file;
    // The header rows are ordinary rows of the CSV table, all as wide as its first.
    std::vector<CsvRecord> records;
    records.reserve(csv.rows.size() + 1);
    records.push_back(std::move(csv.header));
    for (CsvRecord& row : csv.rows) records.push_back(std::move(row));
    const CsvRecord& first = records.front();
    const std::size_t width = first.fields.size();

    std::vector<std::size_t> value_columns;
    int area_col = -1;
    for (std::size_t c = 0; c < width; ++c) {
        if (split_label(first.fields[c].text)) {
            value_columns.push_back(c);
        } else if (first.fields[c].text == description.area) {
            area_col = static_cast<int>(c);
        }
    }
    if (value_columns.empty()) {
        diagnostics.error({file, first.line, 1},
                          "no column is labelled \"Dimension: category\" in the first row; is "
                          "this a pivoted table?");
        return std::nullopt;
    }
    if (area_col < 0) {
        diagnostics.error({file, first.line, 1},
                          "no label column named '" + description.area + "' in the first row");
        return std::nullopt;
    }

    // Header rows: every value column labelled, each row one dimension.
    std::size_t header_rows = 0;
    std::vector<std::string> row_dimension;
    for (; header_rows < records.size(); ++header_rows) {
        const CsvRecord& row = records[header_rows];
        auto label = split_label(row.fields[value_columns.front()].text);
        if (!label) break;
        for (std::size_t c : value_columns) {
            auto other = split_label(row.fields[c].text);
            if (!other || other->dimension != label->dimension) {
                diagnostics.error({file, row.line, row.fields[c].column},
                                  "header row " + std::to_string(header_rows + 1) +
                                      " labels its columns '" + label->dimension +
                                      ": …', but this one reads '" + row.fields[c].text + "'");
                return std::nullopt;
            }
        }
        row_dimension.push_back(label->dimension);
    }

    DataTable table;
    table.file = file;
    int period_row = -1;
    std::vector<int> dimension_row;  // header row of each DataDimension
    for (std::size_t h = 0; h < header_rows; ++h) {
        if (row_dimension[h] == description.period) {
            period_row = static_cast<int>(h);
            continue;
        }
        DataDimension dimension;
        dimension.name = row_dimension[h];
        const CsvField& named = records[h].fields[value_columns.front()];
        dimension.where = {file, named.line, named.column};
        table.dimensions.push_back(std::move(dimension));
        dimension_row.push_back(static_cast<int>(h));
    }
    if (period_row < 0) {
        std::string seen;
        for (const std::string& d : row_dimension) seen += (seen.empty() ? "" : ", ") + d;
        diagnostics.error({file, first.line, 1}, "no header row labels the period '" +
                                                     description.period +
                                                     ": …' (header rows: " + seen + ")");
        return std::nullopt;
    }

    // Categories of each value column, resolved once.
    std::vector<std::vector<int>> column_categories(value_columns.size());
    std::vector<CsvField> column_period(value_columns.size());
    for (std::size_t v = 0; v < value_columns.size(); ++v) {
        const std::size_t c = value_columns[v];
        for (std::size_t d = 0; d < table.dimensions.size(); ++d) {
            const std::string category =
                split_label(records[dimension_row[d]].fields[c].text)->category;
            column_categories[v].push_back(table.dimensions[d].add_category(category, category));
        }
        const CsvField& period = records[period_row].fields[c];
        column_period[v] = {split_label(period.text)->category, period.line, period.column};
    }

    for (std::size_t r = header_rows; r < records.size(); ++r) {
        const CsvRecord& row = records[r];
        for (std::size_t v = 0; v < value_columns.size(); ++v) {
            DataCell cell;
            cell.area = row.fields[area_col];
            cell.period = column_period[v];
            cell.value = row.fields[value_columns[v]];
            cell.categories = column_categories[v];
            table.cells.push_back(std::move(cell));
        }
    }
    return table;
}

}  // namespace kt
