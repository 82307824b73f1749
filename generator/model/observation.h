#pragma once
// One published figure: a measure for an area and a period, with its SSB status.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostics.h"

namespace kt {

// SSB's table symbols are states of their own; none of them is a number.
enum class ValueStatus : std::uint8_t {
    present,            // a number
    nil,                // "-"   nothing to report (a true zero)
    not_applicable,     // "."   cannot occur
    not_available,      // ".."  not available
    not_yet_available,  // "..." not yet available
    suppressed,         // ":"   suppressed to protect privacy
};

struct Observation {
    std::string area;     // area code
    int period = 0;       // year
    std::string measure;  // measure id from the catalogue
    ValueStatus status = ValueStatus::present;
    double value = 0;  // meaningful only when status is present (nil reads as 0)
    bool provisional = false;
    SourceLocation where;

    bool has_number() const { return status == ValueStatus::present || status == ValueStatus::nil; }
    double number() const { return status == ValueStatus::nil ? 0.0 : value; }
};

// All observations, looked up by (measure, area, period).
class ObservationTable {
  public:
    // Returns the earlier observation if the key exists already (and does not insert).
    const Observation* insert(Observation obs);
    const Observation* find(const std::string& measure, const std::string& area, int period) const;
    // Whether any period has a row for the measure and area.
    bool reports(const std::string& measure, const std::string& area) const;
    const std::deque<Observation>& all() const { return rows_; }
    std::vector<int> periods() const;  // sorted, distinct
    std::size_t size() const { return rows_.size(); }

  private:
    const Observation* find_pair(std::string_view measure, std::string_view area) const;

    std::deque<Observation> rows_;  // grows without moving rows or reserving room twice over
    // The rows by the hash of their (measure, area, period), and the first row of each
    // (measure, area) by the hash of that pair. The keys are the rows' own: the index holds no
    // copy of them, so it costs a few words a row however long the names are.
    std::unordered_multimap<std::size_t, std::uint32_t> by_key_, by_pair_;
};

}  // namespace kt
