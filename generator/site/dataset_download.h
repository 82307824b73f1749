#pragma once
// The whole dataset in one download, described as statistics offices publish tables on the
// web (CSV on the Web, https://www.w3.org/TR/tabular-metadata/):
//   nedlasting/kommunetall.csv                every indicator's rows, as in its own download
//   nedlasting/indikatorer.csv                each indicator's definition, unit and source
//   nedlasting/kommunetall.csv-metadata.json  the two tables' columns (name, title, datatype,
//                                             what each holds), the symbols' columns, the keys
//                                             that make a row unique and tie it to its
//                                             indicator, the publisher and the update date
#include <string>
#include <vector>

#include "model/output_file.h"
#include "render/csv_writer.h"
#include "site/site_data.h"

namespace kt {

inline constexpr const char* kDatasetPath = "nedlasting/kommunetall.csv";

// Every indicator's rows (as in its own download), and the indicators that have any.
struct DatasetTable {
    DownloadTable figures;
    std::vector<const Indicator*> indicators;
};
DatasetTable dataset_table(const SiteData& data);

std::vector<OutputFile> dataset_files(const SiteData& data, const DatasetTable& dataset);

}  // namespace kt
