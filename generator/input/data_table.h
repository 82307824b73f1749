#pragma once
// A data file after reading and before interpretation: every value with its area and period
// as written and the categories of the file's other dimensions ("Enhet: Personer",
// "Bosetting: Faktisk bosetting"). The long-CSV, pivoted-CSV and JSON-stat readers all produce
// one; observation_mapping decides which catalogue measure each value is.
#include <string>
#include <vector>

#include "input/csv_reader.h"
#include "model/diagnostics.h"

namespace kt {

// A dimension other than area and period, with the categories seen in the file.
struct DataDimension {
    std::string name;                 // column name, header-row dimension or JSON-stat id
    std::vector<std::string> codes;   // category codes (the same as labels in CSV files)
    std::vector<std::string> labels;  // category labels, parallel to codes
    SourceLocation where;             // where the dimension is named

    // Index of the category with this code, adding it (with the label) if new.
    int add_category(const std::string& code, const std::string& label);
};

struct DataCell {
    CsvField area;                // as written: "K3001", "F30", "3001", with its position
    CsvField period;              // as written: "2020"
    CsvField value;               // as written: "1 234,5", ":", "" ; positioned at the value
    int measure_column = 0;       // long tables with a measure column: where that field starts
    std::vector<int> categories;  // one per DataTable::dimensions, index into its codes
    bool provisional = false;     // the source marks the value as provisional
};

struct DataTable {
    std::string file;  // site-relative path of the data file
    std::vector<DataDimension> dimensions;
    std::vector<DataCell> cells;
};

}  // namespace kt
