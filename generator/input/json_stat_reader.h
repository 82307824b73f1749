#pragma once
// JSON-stat 2.0 datasets (https://json-stat.org/full/), the default format of SSB's
// statistics API (PxWebApi v2, "json-stat2"), read into a DataTable: one cell per cell of
// the cube, with the area and period codes, the other dimensions' categories and the value
// as text, each positioned at `file:line:col`.
#include <optional>
#include <string>
#include <string_view>

#include "input/data_table.h"
#include "model/diagnostics.h"

namespace kt {

// Which dimensions hold the area and the period. Empty: use the dataset's role.geo / role.time
// (exactly one dimension each), else a dimension named "Region" / "Tid".
struct JsonStatRoles {
    std::string area;
    std::string period;
};

// Reads one JSON-stat 2.0 dataset (UTF-8 text; a leading byte-order mark is skipped). Also
// accepted: a collection (class "collection") whose single link.item is an embedded dataset,
// and an object whose single member is a dataset with class "dataset"; several datasets in
// one file are reported. JSON-stat 1.x (no "class", no "version") is reported as such.
//
// Every cell of the cube becomes a DataCell, in the dataset's row-major order (last
// dimension fastest). `area` / `period` are the category codes of the area and period
// dimensions; every other dimension becomes a DataDimension (name = dimension id, codes and
// labels in index order) and cell.categories holds the category index per such dimension.
//
// Value text: a number in plain machine format ("1234", "12.5", never an exponent); a null
// (or, in a sparse value object, absent) value takes the cell's status symbol (":", "..",
// ".", "-", "..." or whatever the file says, which observation mapping then checks) or ".."
// when it has none. A number whose status is "*" (SSB's "foreløpig tall") or "p"
// (Eurostat's "provisional") is provisional. A number whose status says there is no number
// (":", "..", ".", "...", or "-" on a number other than 0) is an error, and so is a value that
// is neither a number nor null; such cells are reported and left out.
//
// Positions (1-based line, column in characters): `value` is at the value's element in the
// "value" array (in a sparse "value" object at the member's value; an absent member at the
// "value" object itself); `area` and `period` are at the category's code in the dimension's
// category.index (at its key in category.label when a one-category dimension has no index);
// DataDimension::where is at the dimension's key in "dimension".
//
// Problems are reported to `diagnostics` as they are found. Returns nullopt when the cube
// cannot be read: not JSON, not a JSON-stat 2.0 dataset, `id`/`size`/`dimension` disagreeing,
// a `value` or `status` that does not fit the cube, or no area or period dimension.
std::optional<DataTable> read_json_stat(std::string_view utf8_text, const std::string& file,
                                        const JsonStatRoles& roles, Diagnostics& diagnostics);

}  // namespace kt
