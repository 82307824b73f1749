// The boundary file reader on any text, and whatever it accepts projected, simplified with
// GEOS and fitted into a map.
#include "fuzz_input.h"
#include "geo/boundaries.h"
#include "geo/coverage_simplification.h"
#include "geo/map_geometry.h"
#include "geo/projection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    kt::Diagnostics diagnostics;
    auto shapes = kt::parse_boundaries(kt::fuzz::text_of(data, size), "fuzz.geojson",
                                       "kommunenummer", diagnostics);
    if (!shapes) return 0;
    try {
        static const kt::Projection projection;
        projection.forward(*shapes);
        kt::fit_map(kt::simplify_coverage(*shapes, {1000, 1e6, 1}));
    } catch (const std::runtime_error&) {
        // PROJ or GEOS refused the input: make_map_geometry reports it as an error.
    }
    return 0;
}
