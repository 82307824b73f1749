#pragma once
// One computed indicator figure (count, share or rate) for an area and a period, with the
// status rules that keep SSB's symbols, and suppression in particular, from turning into numbers.
#include <cstdint>
#include <string>

#include "model/catalogue.h"
#include "model/observation.h"

namespace kt {

// Why a figure is not shown (status suppressed).
enum class Suppression : std::uint8_t {
    none,
    in_source,          // the data file has ":"
    // Hidden for privacy: made from a count of persons below the site's minimum, or hidden
    // so that such a count cannot be worked out. Readers are not told which: "fewer than
    // min_count" beside "not fewer" would tell them the second is 0 or at least min_count.
    confidential,
    small_denominator,  // a share or rate on a denominator below the site's minimum
    unpublished,        // (a numerator or denominator only) no published figure shows it
};

// A computed indicator for one area and period.
struct IndicatorValue {
    double value = 0;          // in the indicator's unit (percent for a share)
    double numerator = 0;      // count: the count itself
    double denominator = 0;    // 0 for a count
    ValueStatus status = ValueStatus::not_available;  // present when `value` holds a number
    bool provisional = false;  // any input observation provisional
    // For aggregates only: how many member areas the sum covers and how many were left out
    // because their numerator or denominator was missing or hidden in the source, and for a
    // group (which adds only published figures) also hidden here.
    int parts_total = 0;
    int parts_missing = 0;
    bool leaves_out_hidden = false;  // a group's sum: members hidden here are left out too
    // An official total (the source's own row) that is not the sum of its members' figures.
    bool differs_from_members = false;
    // The year lies before a split that gave the area new borders: no sum of the data's rows
    // matches the area as it is today.
    bool incomparable = false;
    Suppression suppression = Suppression::none;  // set when status is suppressed
    // Why the numerator and the denominator themselves are hidden, when they are: a share
    // hidden for its small numerator may have a denominator that is published elsewhere.
    Suppression numerator_suppression = Suppression::none;
    Suppression denominator_suppression = Suppression::none;
    // A hidden figure, or one over 0 ("."), whose numerator (denominator) is published all
    // the same, elsewhere or beside it: `numerator` (`denominator`) keeps it, so downloads can
    // show what the disclosure control counts as known. Otherwise they are 0.
    bool numerator_published = false;
    bool denominator_published = false;
    bool has_number() const { return status == ValueStatus::present; }
    // The data say something of the year: a number, a symbol, or a break in the borders.
    bool in_data() const { return status != ValueStatus::not_available || incomparable; }
};

// The indicator for one area from that area's own observations.
// A missing observation reads as not_available; nil ("-") as a present 0. When an input is not
// a number the result takes its status (the more severe of the two, see status_severity);
// a present denominator of 0 gives not_applicable. Numerator and denominator are filled only
// when both inputs are numbers, so nothing derived from a suppressed input is carried along.
IndicatorValue compute_value(const Indicator& indicator, const ObservationTable& table,
                             const std::string& area, int period);

// --- Small extras shared with aggregation ---

// True for share and rate_per_1000, which divide by a denominator measure.
bool has_denominator(const Indicator& indicator);

// Which non-number status wins when two inputs disagree:
// suppressed (4) > not_yet_available (3) > not_available (2) > not_applicable (1);
// present and nil (numbers) are 0.
int status_severity(ValueStatus status);
ValueStatus more_severe(ValueStatus a, ValueStatus b);

// The figure from a numerator and a denominator that are both numbers (for a count the
// denominator is ignored and reported as 0). A zero denominator gives not_applicable.
// parts_total/parts_missing and provisional are left at their defaults.
IndicatorValue value_from_numbers(const Indicator& indicator, double numerator, double denominator);

}  // namespace kt
