#pragma once
// Where one area stands among all: a beeswarm of every municipality's figure along one axis.
// Drawn once per indicator as a standalone SVG (title, subtitle and source inside, one dot per
// municipality with its name and figure), whose <view id="strip"> shows the dots and the axis
// alone; pages show that view as an image and lay a small SVG of marks over it (the area's
// dot, its county, the country), in the same coordinates.
#include <string>
#include <vector>

#include "render/svg_frame.h"

namespace kt {

// The strip: dots and axis, in units of a view box kStripWidth wide.
struct DistributionLayout {
    double radius = 0;
    double axis_min = 0, axis_max = 1, step = 1;
    std::vector<double> x, y;  // each value's dot centre, in the strip's coordinates
    double height = 0;         // of the strip: dots, axis and tick labels

    double x_of(double value) const;
    double dots_top() const;     // the band the dots lie in, for marks across it
    double dots_bottom() const;
};

inline constexpr double kStripWidth = 320;

// Lays out the values (the shown figures, any order). The axis runs between round numbers
// around the values (not necessarily from 0), and the dots shrink if the swarm would grow
// taller than a card can hold; if even the smallest dots pile too high (many equal figures),
// the swarm is squeezed across the axis and dots there overlap. Deterministic.
DistributionLayout layout_distribution(const std::vector<double>& values);

// Subtitle: "Kommunene 2023, prosent. Én prikk per kommune."
struct DistributionChart : ChartText {
    std::vector<std::string> dot_labels;  // one per value: "Vågå: 70,0 %"
};

// The standalone file, with <view id="strip">.
std::string render_distribution(const DistributionLayout& layout, const DistributionChart& chart);

// Marks over the strip view: vertical lines at `lines` (each with its CSS class, e.g.
// "mark-country" at the national figure) and a ring around dot `dot` (-1: none).
struct StripLine {
    double value = 0;
    std::string css_class;
};
std::string render_strip_marks(const DistributionLayout& layout, const std::vector<StripLine>& lines,
                               int dot);

}  // namespace kt
