#include "render/beeswarm.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace kt {

std::vector<double> beeswarm_offsets(const std::vector<double>& x, double radius) {
    const double diameter = 2 * radius;
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> y(x.size(), 0);
    std::vector<std::size_t> placed;  // in order of x
    std::vector<std::pair<double, double>> blocked;
    std::size_t first_near = 0;  // placed dots before this are more than a diameter to the left
    for (std::size_t i : order) {
        while (first_near < placed.size() && x[i] - x[placed[first_near]] >= diameter) ++first_near;
        // Offsets within reach of a placed neighbour are blocked: |y - yj| < sqrt(d² - dx²).
        blocked.clear();
        for (std::size_t k = first_near; k < placed.size(); ++k) {
            const std::size_t j = placed[k];
            const double dx = x[i] - x[j];
            const double reach = std::sqrt(std::max(0.0, diameter * diameter - dx * dx));
            blocked.emplace_back(y[j] - reach, y[j] + reach);
        }
        const auto is_free = [&](double candidate) {
            // A hair of tolerance, so a dot exactly touching another counts as free.
            return std::none_of(blocked.begin(), blocked.end(), [&](const auto& b) {
                return candidate > b.first + 1e-9 && candidate < b.second - 1e-9;
            });
        };
        // The free offset nearest 0 is 0 itself or the edge of a blocked interval.
        double best = 0;
        if (!is_free(0)) {
            double best_distance = INFINITY;
            for (const auto& [low, high] : blocked)
                for (double candidate : {high, low}) {
                    const double distance = std::abs(candidate);
                    const bool nearer = distance < best_distance - 1e-9 ||
                                        (std::abs(distance - best_distance) <= 1e-9 && candidate > best);
                    if (nearer && is_free(candidate)) {
                        best = candidate;
                        best_distance = distance;
                    }
                }
        }
        y[i] = best;
        placed.push_back(i);
    }
    return y;
}

}  // namespace kt
