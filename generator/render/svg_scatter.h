#pragma once
// Two figures of every municipality against each other, as a standalone SVG: first of all an
// adjusted indicator's actual result (y) against the result its model expects (x), with the
// line where the two are equal and the model's R².
#include <string>
#include <vector>

#include "render/svg_frame.h"

namespace kt {

struct ScatterPoint {
    double x = 0;
    double y = 0;
    std::string label;  // "Vågå: faktisk 70,0 %, forventet 64,2 %"
};

// Subtitle: "2021–2023 samlet, prosent".
struct ScatterChart : ChartText {
    std::string x_label;      // "Forventet"
    std::string y_label;      // "Faktisk"
    std::string line_label;   // "Som forventet"; the line y = x is drawn when not empty
    std::string fit_note;     // "R² = 0,41", in the corner
    std::vector<ScatterPoint> points;
};

// Both axes share one round range around every x and y (so y = x is the diagonal).
// Deterministic; thread-safe.
std::string render_scatter(const ScatterChart& chart);

// The height of its view box (440 wide), for an image that keeps its room.
double scatter_height(const ScatterChart& chart);

}  // namespace kt
