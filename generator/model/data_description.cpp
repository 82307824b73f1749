#include "model/data_description.h"

namespace kt {

DataDescription tidy_description(const std::string& data_file) {
    DataDescription d;
    d.data_file = data_file;
    d.format = DataFormat::long_table;
    d.encoding = "utf-8";
    d.delimiter = ',';
    d.area = "område";
    d.period = "periode";
    d.measure = "mål";
    d.value = "verdi";
    d.location = {data_file, 0, 0};
    return d;
}

}  // namespace kt
