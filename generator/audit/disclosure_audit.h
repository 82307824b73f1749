#pragma once
// The intruder's attack on a built site: every equation the published figures imply, and for
// each hidden quantity the smallest and largest value linear programming can infer from all
// of them together (counts are whole and not negative; a denominator is below or at least
// min_denominator where a figure's symbol says so; the privacy symbol says nothing more).
//   Relations: an area or group equals the sum of its members, or is at least the sum of
//   those a download has where one has no row at all (an aggregate whose note says members
//   are missing, or that it is the source's own total and not the sum of its members, is
//   left out, and its numbers kept apart); a measure the sum of its parts, a pooled period the
//   sum of its years, a share's numerator no larger than its denominator, a measure no larger
//   than the one the definitions say it lies within. Relations that
//   contradict the ones before them are left out.
//   Narrowed: a cell hidden for privacy or in the source that can take only one value, or one
//   hidden for privacy that is shown to be below min_count without every value from 1 to
//   min_count - 1 left possible, further than the symbols alone narrow it (every cell
//   unknown, the same relations).
#include <string>
#include <vector>

#include "audit/published_site.h"
#include "stats/linear_bounds.h"

namespace kt {

struct NarrowedCell {
    CellKey cell;
    std::string reason;                  // personvern, kilde
    ValueRange range;                    // what the intruder can infer
    std::string where;                   // a row that shows the cell as hidden
    std::vector<std::string> relations;  // the published relations that name it
};

struct AuditReport {
    int published = 0;
    int hidden = 0;  // cells no row shows a number for
    int confidential = 0;  // hidden for privacy (personvern)
    int hidden_in_source = 0;
    int relations = 0;           // equations and limits formed
    int broken_relations = 0;    // relations the published figures break: left out
    int conflicting_cells = 0;   // one quantity published with two numbers
    bool contradiction = false;  // the relations left cannot all hold: nothing is proved
    std::vector<NarrowedCell> narrowed;

    bool passed() const { return narrowed.empty() && !contradiction; }
};

AuditReport audit_disclosure(const PublishedSite& site);

// The report for people: the counts, then up to `worst` narrowed cells with the relations
// that narrow them.
std::string format_audit_report(const AuditReport& report, std::size_t worst);

}  // namespace kt
