#pragma once
// Machine-readable CSV for downloads: comma-separated, '.' as decimal point, UTF-8.
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Quotes a field when it holds a comma, quote or line break.
std::string csv_field(std::string_view text);
// One record, fields joined with commas, ended by "\n".
std::string csv_record(const std::vector<std::string>& fields);
// A number with exactly `decimals` fraction digits and '.' as decimal point, whatever
// the process locale ("63.4", "4822").
std::string machine_number(double value, int decimals);

}  // namespace kt
