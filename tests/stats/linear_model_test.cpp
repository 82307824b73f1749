#include "stats/linear_model.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace kt {
namespace {

Eigen::VectorXd vec(std::initializer_list<double> values) {
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (double value : values) v(i++) = value;
    return v;
}

// One row per unit; every row has the same number of columns.
Eigen::MatrixXd rows(std::initializer_list<std::initializer_list<double>> values) {
    const auto n = static_cast<Eigen::Index>(values.size());
    const auto k = static_cast<Eigen::Index>(values.begin()->size());
    Eigen::MatrixXd m(n, k);
    Eigen::Index i = 0;
    for (const auto& row : values) {
        Eigen::Index j = 0;
        for (double value : row) m(i, j++) = value;
        ++i;
    }
    return m;
}

const Eigen::VectorXd no_weights;

// The error a call throws, so tests can look at the term and the message.
template <typename Call>
LinearModelError error_of(Call call) {
    try {
        call();
    } catch (const LinearModelError& e) {
        return e;
    }
    FAIL("expected a LinearModelError");
    return LinearModelError("unreachable");
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Two covariates used by several tests, and the exact values of 2 + 3 x1 - 0.5 x2 on them.
// x1 = 1,2,3,4,0,5; x2 = 1,3,0,2,4,1:
//   2 + 3 - 0.5 = 4.5; 2 + 6 - 1.5 = 6.5; 2 + 9 - 0 = 11; 2 + 12 - 1 = 13; 2 + 0 - 2 = 0;
//   2 + 15 - 0.5 = 16.5.
// The sign pattern s = (1, -1, -1, 1, 0, 0) is orthogonal to every column of the design:
//   intercept 1 - 1 - 1 + 1 = 0; x1 1 - 2 - 3 + 4 = 0; x2 1 - 3 - 0 + 2 = 0.
const std::vector<std::string> two_names{"x1", "x2"};
Eigen::MatrixXd two_covariates() { return rows({{1, 1}, {2, 3}, {3, 0}, {4, 2}, {0, 4}, {5, 1}}); }
Eigen::VectorXd exact_outcome() { return vec({4.5, 6.5, 11, 13, 0, 16.5}); }
Eigen::VectorXd orthogonal_signs() { return vec({1, -1, -1, 1, 0, 0}); }

}  // namespace

TEST_CASE("simple regression computed by hand", "[linear_model]") {
    // x = 1..5, y = 2,4,5,4,5. Means 3 and 4.
    // Sxx = 4+1+0+1+4 = 10; Sxy = (-2)(-2) + (-1)(0) + 0(1) + 1(0) + 2(1) = 6.
    // slope = 6/10 = 0.6; intercept = 4 - 0.6*3 = 2.2.
    // fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2.
    // SSR = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; SST = 4 + 0 + 1 + 0 + 1 = 6; R² = 1 - 2.4/6 = 0.6.
    // sigma² = 2.4 / (5 - 2) = 0.8; SE(slope) = sqrt(0.8/10) = sqrt(0.08);
    // SE(intercept) = sqrt(0.8 (1/5 + 3²/10)) = sqrt(0.88); cov = -0.8 * 3/10 = -0.24.
    const auto model =
        fit_linear_model({"x"}, rows({{1}, {2}, {3}, {4}, {5}}), vec({2, 4, 5, 4, 5}), no_weights);
    REQUIRE(model.terms == std::vector<std::string>{"konstant", "x"});
    CHECK(model.has_intercept);
    CHECK(model.observations == 5);
    CHECK_FALSE(model.is_published());
    CHECK(model.coefficients(0) == Approx(2.2).epsilon(1e-12));
    CHECK(model.coefficients(1) == Approx(0.6).epsilon(1e-12));
    CHECK(model.r_squared == Approx(0.6).epsilon(1e-12));
    CHECK(model.residual_variance == Approx(0.8).epsilon(1e-12));
    CHECK(model.standard_errors(1) == Approx(std::sqrt(0.08)).epsilon(1e-12));
    CHECK(model.standard_errors(0) == Approx(std::sqrt(0.88)).epsilon(1e-12));
    CHECK(model.covariance(0, 1) == Approx(-0.24).epsilon(1e-12));
    CHECK(model.covariance(1, 0) == Approx(-0.24).epsilon(1e-12));

    SECTION("adjusted results: residuals and their standard errors from the leverage") {
        // h_i = 1/5 + (x_i - 3)²/10: 0.6, 0.3, 0.2, 0.3, 0.6.
        // SE_i = sqrt(0.8 (1 - h_i)): sqrt(0.32), sqrt(0.56), sqrt(0.64) = 0.8, ...
        const auto results = adjusted_results(model, rows({{1}, {2}, {3}, {4}, {5}}),
                                              vec({2, 4, 5, 4, 5}), no_weights);
        REQUIRE(results.size() == 5);
        CHECK(results[0].expected == Approx(2.8).epsilon(1e-12));
        CHECK(results[0].actual == 2);
        CHECK(results[0].difference == Approx(-0.8).epsilon(1e-12));
        CHECK(results[0].standard_error == Approx(std::sqrt(0.32)).epsilon(1e-12));
        CHECK(results[1].standard_error == Approx(std::sqrt(0.56)).epsilon(1e-12));
        CHECK(results[4].standard_error == Approx(std::sqrt(0.32)).epsilon(1e-12));
        // Unit 3: difference 1.0, SE 0.8, interval 1 ± 1.959963984540054 * 0.8 = 1 ± 1.5679711876.
        CHECK(results[2].expected == Approx(4.0).epsilon(1e-12));
        CHECK(results[2].difference == Approx(1.0).epsilon(1e-12));
        CHECK(results[2].standard_error == Approx(0.8).epsilon(1e-12));
        CHECK(results[2].low == Approx(-0.5679711876320432).epsilon(1e-12));
        CHECK(results[2].high == Approx(2.5679711876320432).epsilon(1e-12));
    }
}

TEST_CASE("weighted simple regression computed by hand", "[linear_model]") {
    // x = 0,1,2,3; y = 1,2,2,4; w = 1,2,2,1; sum w = 6.
    // weighted means: x = (0+2+4+3)/6 = 1.5; y = (1+4+4+4)/6 = 13/6.
    // Sxx = 1(2.25) + 2(0.25) + 2(0.25) + 1(2.25) = 5.5;
    // Sxy = sum w (x-1.5) y = -1.5 - 2 + 2 + 6 = 4.5.
    // slope = 4.5/5.5 = 9/11; intercept = 13/6 - (9/11)(1.5) = 13/6 - 27/22 = 31/33.
    // fitted 31/33, 58/33, 85/33, 112/33; residuals 2/33, 8/33, -19/33, 20/33.
    // SSR = (4 + 2*64 + 2*361 + 400)/1089 = 1254/1089 = 38/33; sigma² = (38/33)/2 = 19/33.
    // SST = (1 + 8 + 8 + 16) - (13²)/6 = 33 - 169/6 = 29/6; R² = 1 - (38/33)/(29/6) = 1 - 228/957.
    // SE(slope) = sqrt((19/33)/5.5) = sqrt(38/363).
    // leverage h_i = w_i (1/6 + (x_i - 1.5)²/5.5): unit 2: 2(1/6 + 1/22) = 14/33;
    //   unit 4: 1/6 + 9/22 = 19/33.
    // SE_2 = sqrt((19/33)(1 - 14/33)/2) = (19/33)/sqrt(2);
    // SE_4 = sqrt((19/33)(14/33)) = sqrt(266)/33.
    const auto x = rows({{0}, {1}, {2}, {3}});
    const auto y = vec({1, 2, 2, 4});
    const auto w = vec({1, 2, 2, 1});
    const auto model = fit_linear_model({"andel_spor_1"}, x, y, w);
    CHECK(model.coefficients(0) == Approx(31.0 / 33).epsilon(1e-12));
    CHECK(model.coefficients(1) == Approx(9.0 / 11).epsilon(1e-12));
    CHECK(model.residual_variance == Approx(19.0 / 33).epsilon(1e-12));
    CHECK(model.r_squared == Approx(1 - 228.0 / 957).epsilon(1e-12));
    CHECK(model.standard_errors(1) == Approx(std::sqrt(38.0 / 363)).epsilon(1e-12));

    const auto results = adjusted_results(model, x, y, w);
    REQUIRE(results.size() == 4);
    CHECK(results[1].difference == Approx(8.0 / 33).epsilon(1e-12));
    CHECK(results[1].standard_error == Approx((19.0 / 33) / std::sqrt(2.0)).epsilon(1e-12));
    CHECK(results[3].expected == Approx(112.0 / 33).epsilon(1e-12));
    CHECK(results[3].standard_error == Approx(std::sqrt(266.0) / 33).epsilon(1e-12));
}

TEST_CASE("known coefficients are recovered", "[linear_model]") {
    SECTION("exact data, unweighted: R² = 1") {
        const auto model =
            fit_linear_model(two_names, two_covariates(), exact_outcome(), no_weights);
        REQUIRE(model.terms == std::vector<std::string>{"konstant", "x1", "x2"});
        CHECK(model.coefficients(0) == Approx(2).margin(1e-10));
        CHECK(model.coefficients(1) == Approx(3).margin(1e-10));
        CHECK(model.coefficients(2) == Approx(-0.5).margin(1e-10));
        CHECK(model.r_squared == Approx(1).margin(1e-12));
        CHECK(model.residual_variance == Approx(0).margin(1e-20));
    }
    SECTION("exact data, weighted: the weights do not move an exact fit") {
        const auto model = fit_linear_model(two_names, two_covariates(), exact_outcome(),
                                            vec({1, 2, 3, 1, 5, 0.5}));
        CHECK(model.coefficients(0) == Approx(2).margin(1e-10));
        CHECK(model.coefficients(1) == Approx(3).margin(1e-10));
        CHECK(model.coefficients(2) == Approx(-0.5).margin(1e-10));
        CHECK(model.r_squared == Approx(1).margin(1e-12));
    }
    SECTION("noise orthogonal to the design leaves the coefficients exact") {
        // e = 0.3 s: y = 4.8, 6.2, 10.7, 13.3, 0, 16.5. SSR = 4 * 0.09 = 0.36;
        // sigma² = 0.36 / (6 - 3) = 0.12.
        // SST = sum y² - (sum y)²/6 = (23.04 + 38.44 + 114.49 + 176.89 + 0 + 272.25) - 51.5²/6
        //     = 625.11 - 2652.25/6.
        const Eigen::VectorXd y = exact_outcome() + 0.3 * orthogonal_signs();
        const auto model = fit_linear_model(two_names, two_covariates(), y, no_weights);
        CHECK(model.coefficients(0) == Approx(2).margin(1e-10));
        CHECK(model.coefficients(1) == Approx(3).margin(1e-10));
        CHECK(model.coefficients(2) == Approx(-0.5).margin(1e-10));
        CHECK(model.residual_variance == Approx(0.12).epsilon(1e-10));
        CHECK(model.r_squared == Approx(1 - 0.36 / (625.11 - 2652.25 / 6)).epsilon(1e-12));
        const auto results = adjusted_results(model, two_covariates(), y, no_weights);
        CHECK(results[0].difference == Approx(0.3).epsilon(1e-10));
        CHECK(results[2].difference == Approx(-0.3).epsilon(1e-10));
        CHECK(results[4].difference == Approx(0).margin(1e-10));
    }
    SECTION("weighted noise orthogonal to the design leaves the coefficients exact") {
        // w = 1,2,4,1,3,3 and e_i = 0.6 s_i / w_i = 0.6, -0.3, -0.15, 0.6, 0, 0, so
        // X'We = 0.6 X's = 0. y = 5.1, 6.2, 10.85, 13.6, 0, 16.5.
        // weighted SSR = 0.36 + 2(0.09) + 4(0.0225) + 0.36 = 0.99; sigma² = 0.99/3 = 0.33.
        // sum w = 14; sum w y = 5.1 + 12.4 + 43.4 + 13.6 + 0 + 49.5 = 124;
        // sum w y² = 26.01 + 76.88 + 470.89 + 184.96 + 0 + 816.75 = 1575.49;
        // SST = 1575.49 - 124²/14.
        const auto w = vec({1, 2, 4, 1, 3, 3});
        const Eigen::VectorXd y = exact_outcome() + 0.6 * orthogonal_signs().cwiseQuotient(w);
        const auto model = fit_linear_model(two_names, two_covariates(), y, w);
        CHECK(model.coefficients(0) == Approx(2).margin(1e-10));
        CHECK(model.coefficients(1) == Approx(3).margin(1e-10));
        CHECK(model.coefficients(2) == Approx(-0.5).margin(1e-10));
        CHECK(model.residual_variance == Approx(0.33).epsilon(1e-10));
        CHECK(model.r_squared == Approx(1 - 0.99 / (1575.49 - 124.0 * 124.0 / 14)).epsilon(1e-12));
    }
}

TEST_CASE("covariates far from 0 and on different scales", "[linear_model]") {
    // x1 = 1000 + c1 with c1 = -1,1,-1,1,-1,1 (nearly parallel to the intercept, so the pivoted
    // QR takes x2 before x1); x2 = 10 + c2 with c2 = -3,-3,0,0,3,3. c1 . c2 = 3-3+0+0-3+3 = 0,
    // so the centred covariates are orthogonal: Var(b1) = sigma²/6, Var(b2) = sigma²/36.
    // y = 1 + 0.5 c1 + 0.2 c2 + e, e = 0.5, -0.5, -0.5, 0.5, 0, 0 (orthogonal to 1, c1, c2):
    //   0.4, 0.4, 0.0, 2.0, 1.1, 2.1.
    // b0 = 1 - 0.5*1000 - 0.2*10 = -501. SSR = 4 * 0.25 = 1; sigma² = 1/(6-3) = 1/3.
    // Var(b0) = sigma² (1/6 + 1000²/6 + 10²/36); Cov(b0, b1) = -sigma² 1000/6; Cov(b1, b2) = 0.
    // mean y = 6/6 = 1; SST = 0.36 + 0.36 + 1 + 1 + 0.01 + 1.21 = 3.94; R² = 1 - 1/3.94.
    const auto x = rows({{999, 7}, {1001, 7}, {999, 10}, {1001, 10}, {999, 13}, {1001, 13}});
    const auto y = vec({0.4, 0.4, 0.0, 2.0, 1.1, 2.1});
    const auto model = fit_linear_model(two_names, x, y, no_weights);
    const double sigma2 = 1.0 / 3;
    CHECK(model.coefficients(0) == Approx(-501).epsilon(1e-10));
    CHECK(model.coefficients(1) == Approx(0.5).epsilon(1e-10));
    CHECK(model.coefficients(2) == Approx(0.2).epsilon(1e-10));
    CHECK(model.residual_variance == Approx(sigma2).epsilon(1e-10));
    CHECK(model.r_squared == Approx(1 - 1 / 3.94).epsilon(1e-10));
    CHECK(model.standard_errors(1) == Approx(std::sqrt(sigma2 / 6)).epsilon(1e-8));
    CHECK(model.standard_errors(2) == Approx(std::sqrt(sigma2 / 36)).epsilon(1e-8));
    CHECK(model.standard_errors(0) ==
          Approx(std::sqrt(sigma2 * (1.0 / 6 + 1e6 / 6 + 100.0 / 36))).epsilon(1e-8));
    CHECK(model.covariance(0, 1) == Approx(-sigma2 * 1000 / 6).epsilon(1e-8));
    CHECK(model.covariance(1, 2) == Approx(0).margin(1e-10));
}

TEST_CASE("without an intercept the model has only the covariates", "[linear_model]") {
    // y = 2x exactly through the origin, then one unit off by +1:
    // x = 1,2,3; y = 2,4,7. slope = sum xy / sum x² = (2 + 8 + 21)/14 = 31/14.
    // Uncentred R²: SST = sum y² = 4 + 16 + 49 = 69; SSR = sum y² - slope * sum xy
    //   = 69 - (31/14) * 31 = 69 - 961/14 = 5/14; R² = 1 - (5/14)/69 = 1 - 5/966.
    const auto model =
        fit_linear_model({"x"}, rows({{1}, {2}, {3}}), vec({2, 4, 7}), no_weights, false);
    REQUIRE(model.terms == std::vector<std::string>{"x"});
    CHECK_FALSE(model.has_intercept);
    CHECK(model.coefficients(0) == Approx(31.0 / 14).epsilon(1e-12));
    CHECK(model.r_squared == Approx(1 - 5.0 / 966).epsilon(1e-12));
    CHECK(model.residual_variance == Approx((5.0 / 14) / 2).epsilon(1e-12));
    CHECK(predict(model, vec({2})) == Approx(31.0 / 7).epsilon(1e-12));
}

TEST_CASE("a weighted fit equals the unweighted fit on rows repeated by weight", "[linear_model]") {
    // Integer weights 1,2,3,1,2,1 (10 rows when repeated), any outcome.
    const auto x = two_covariates();
    const auto y = vec({4.0, 7.1, 9.8, 13.9, 0.7, 16.2});
    const auto w = vec({1, 2, 3, 1, 2, 1});
    Eigen::MatrixXd x_repeated(10, 2);
    Eigen::VectorXd y_repeated(10);
    Eigen::Index r = 0;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        for (int copy = 0; copy < static_cast<int>(w(i)); ++copy) {
            x_repeated.row(r) = x.row(i);
            y_repeated(r) = y(i);
            ++r;
        }
    }
    REQUIRE(r == 10);
    const auto weighted = fit_linear_model(two_names, x, y, w);
    const auto repeated = fit_linear_model(two_names, x_repeated, y_repeated, no_weights);
    for (Eigen::Index j = 0; j < 3; ++j) {
        CHECK(weighted.coefficients(j) == Approx(repeated.coefficients(j)).epsilon(1e-12));
    }
    CHECK(weighted.r_squared == Approx(repeated.r_squared).epsilon(1e-12));
    // Precision weights: same SSR and (X'WX)^-1, but sigma² divides by 6 - 3 units instead of
    // 10 - 3 rows, so the covariance is 7/3 times as large.
    for (Eigen::Index j = 0; j < 3; ++j) {
        CHECK(weighted.covariance(j, j) ==
              Approx(repeated.covariance(j, j) * 7.0 / 3).epsilon(1e-10));
    }
}

TEST_CASE("a model that cannot be fitted says why", "[linear_model]") {
    const auto kvinner = vec({0.4, 0.5, 0.6, 0.3, 0.45});
    const auto y = vec({0.6, 0.55, 0.4, 0.7, 0.5});

    SECTION("a share and its complement: the complement is named with the combination") {
        Eigen::MatrixXd x(5, 2);
        x.col(0) = kvinner;
        x.col(1) = Eigen::VectorXd::Ones(5) - kvinner;
        const auto e = error_of([&] {
            fit_linear_model({"andel_kvinner", "andel_menn"}, x, y, no_weights);
        });
        CHECK(e.term == "andel_menn");
        CHECK(contains(e.what(), "'andel_menn'"));
        CHECK(contains(e.what(), "andel_menn = 1*konstant - 1*andel_kvinner"));
        CHECK_THROWS_AS(fit_linear_model({"andel_kvinner", "andel_menn"}, x, y, no_weights),
                        std::invalid_argument);
    }
    SECTION("a covariate that is a combination of two others, weighted") {
        Eigen::MatrixXd x(6, 3);
        x.leftCols(2) = two_covariates();
        x.col(2) = 2 * x.col(0) + x.col(1);
        const auto e = error_of([&] {
            fit_linear_model({"x1", "x2", "x3"}, x, exact_outcome(), vec({1, 2, 3, 4, 5, 6}));
        });
        CHECK(e.term == "x3");
        CHECK(contains(e.what(), "x3 = 2*x1 + 1*x2"));
    }
    SECTION("a covariate with the same value everywhere") {
        const auto e = error_of([&] {
            fit_linear_model({"andel_kvinner", "sentralitet"},
                             rows({{0.4, 3}, {0.5, 3}, {0.6, 3}, {0.3, 3}, {0.45, 3}}), y,
                             no_weights);
        });
        CHECK(e.term == "sentralitet");
        CHECK(contains(e.what(), "same value (3)"));
    }
    SECTION("a covariate that is 0 everywhere") {
        const auto e = error_of([&] {
            fit_linear_model({"andel_kvinner", "nettverk"},
                             rows({{0.4, 0}, {0.5, 0}, {0.6, 0}, {0.3, 0}, {0.45, 0}}), y,
                             no_weights);
        });
        CHECK(e.term == "nettverk");
    }
    SECTION("too few units: 3 terms need at least 4") {
        const auto x = rows({{1, 1}, {2, 3}, {3, 0}});
        CHECK_THROWS_AS(fit_linear_model(two_names, x, vec({1, 2, 4}), no_weights),
                        std::invalid_argument);
        const auto e = error_of([&] {
            fit_linear_model(two_names, x, vec({1, 2, 4}), no_weights);
        });
        CHECK(contains(e.what(), "at least 4"));
        // Four units are enough.
        CHECK_NOTHROW(fit_linear_model(two_names, rows({{1, 1}, {2, 3}, {3, 0}, {4, 2}}),
                                       vec({1, 2, 4, 3}), no_weights));
    }
    SECTION("non-finite input names the covariate and the unit") {
        auto x = two_covariates();
        x(3, 1) = std::numeric_limits<double>::quiet_NaN();
        const auto e =
            error_of([&] { fit_linear_model(two_names, x, exact_outcome(), no_weights); });
        CHECK(e.term == "x2");
        CHECK(e.row == 3);
        CHECK(contains(e.what(), "unit 4"));
        auto y_bad = exact_outcome();
        y_bad(0) = std::numeric_limits<double>::infinity();
        CHECK(error_of([&] {
                  fit_linear_model(two_names, two_covariates(), y_bad, no_weights);
              }).row == 0);
    }
    SECTION("weights must be positive") {
        CHECK(error_of([&] {
                  fit_linear_model(two_names, two_covariates(), exact_outcome(),
                                   vec({1, 1, -2, 1, 1, 1}));
              }).row == 2);
        CHECK(error_of([&] {
                  fit_linear_model(two_names, two_covariates(), exact_outcome(),
                                   vec({1, 1, 1, 1, 0, 1}));
              }).row == 4);
    }
    SECTION("an outcome with the same value everywhere has nothing to explain") {
        CHECK_THROWS_AS(fit_linear_model(two_names, two_covariates(),
                                         vec({0.5, 0.5, 0.5, 0.5, 0.5, 0.5}), no_weights),
                        std::invalid_argument);
    }
    SECTION("names and sizes that do not match") {
        CHECK_THROWS_AS(fit_linear_model({"x1"}, two_covariates(), exact_outcome(), no_weights),
                        std::invalid_argument);
        CHECK_THROWS_AS(fit_linear_model(two_names, two_covariates(), vec({1, 2, 3}), no_weights),
                        std::invalid_argument);
        CHECK_THROWS_AS(fit_linear_model(two_names, two_covariates(), exact_outcome(), vec({1, 2})),
                        std::invalid_argument);
        CHECK(error_of([&] {
                  fit_linear_model({"x1", "x1"}, two_covariates(), exact_outcome(), no_weights);
              }).term == "x1");
        CHECK(
            error_of([&] {
                fit_linear_model({"x1", "konstant"}, two_covariates(), exact_outcome(), no_weights);
            }).term == "konstant");
    }
}

TEST_CASE("predict and adjusted results check their input", "[linear_model]") {
    const auto model = fit_linear_model(two_names, two_covariates(), exact_outcome(), no_weights);
    CHECK_THROWS_AS(predict(model, vec({1})), std::invalid_argument);
    CHECK(predict(model, vec({1, 2})) == Approx(2 + 3 - 1).margin(1e-10));
    // Fitted on 6 units: the first 5 alone are not the fitted data.
    CHECK_THROWS_AS(
        adjusted_results(model, two_covariates().topRows(5), exact_outcome().head(5), no_weights),
        std::invalid_argument);
    const auto published = published_model({"konstant", "x1", "x2"}, vec({2, 3, -0.5}));
    CHECK_THROWS_AS(adjusted_results(published, two_covariates(), exact_outcome(), no_weights),
                    std::invalid_argument);
    CHECK_THROWS_AS(published_model({"x1", "konstant"}, vec({3, 2})), std::invalid_argument);
    CHECK_THROWS_AS(published_model({"konstant", "x1"}, vec({2})), std::invalid_argument);
}

namespace {

// NIBR (seed 001) table 5.2: linear probability model of being in work or education at the end
// of the introduction programme, N = 22 009, R² = 0.124. References: woman, age 16-24,
// training track (spor) 1, Eritrea, exit cohort 2011, not in an efficiency network.
// "maaneder_i_program" is months in the programme; "log_ledighet" is the natural log of local
// unemployment. The report does not give the unit; we read it as percent (3 % -> ln 3), which
// puts the model's prediction at the table 5.1 means near 0.40, in line with the 35-47 % the
// report's figure 5.1 shows; as a share (ln 0.03) it would be near 0.52.
// Term and coefficient, in the order of table 5.2 (the constant first).
const std::vector<std::pair<std::string, double>> nibr_table_5_2{
    {"konstant", 0.472},        {"mann", 0.146},
    {"alder_25_34", -0.0916},   {"alder_35_44", -0.189},
    {"alder_45_pluss", -0.319}, {"spor_2", 0.119},
    {"spor_3", 0.216},          {"spor_ukjent", 0.0679},
    {"somalia", -0.160},        {"afghanistan", -0.0324},
    {"iran", 0.0203},           {"irak", -0.0611},
    {"syria", -0.0135},         {"sudan", -0.0562},
    {"etiopia", 0.00255},       {"andre_land", -0.0493},
    {"avgang_2012", 0.0413},    {"avgang_2013", 0.0808},
    {"avgang_2014", 0.0547},    {"avgang_2015", 0.104},
    {"avgang_2016", 0.0986},    {"maaneder_i_program", -0.00504},
    {"log_ledighet", -0.0283},  {"nettverk_1", -0.00443},
    {"nettverk_2", 0.0836},     {"nettverk_3", -0.0210},
};

LinearModel nibr_model() {
    std::vector<std::string> terms;
    Eigen::VectorXd coefficients(static_cast<Eigen::Index>(nibr_table_5_2.size()));
    for (const auto& [term, coefficient] : nibr_table_5_2) {
        coefficients(static_cast<Eigen::Index>(terms.size())) = coefficient;
        terms.push_back(term);
    }
    return published_model(std::move(terms), std::move(coefficients));
}

// A participant's covariate row for the NIBR model (without the intercept), by category.
struct Participant {
    bool man = false;
    std::string age = "16-24";  // 16-24, 25-34, 35-44, 45+
    std::string track = "1";    // 1, 2, 3, ukjent
    std::string country = "eritrea";
    int cohort = 2011;
    double months = 24;
    double unemployment_percent = 3;
    int network = 0;  // 0 = not in a network
};

Eigen::VectorXd nibr_row(const Participant& p) {
    Eigen::VectorXd x = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(nibr_table_5_2.size()) - 1);
    auto set = [&](const std::string& term, double value) {
        for (std::size_t j = 1; j < nibr_table_5_2.size(); ++j) {
            if (nibr_table_5_2[j].first == term) {
                x(static_cast<Eigen::Index>(j) - 1) = value;
                return;
            }
        }
        FAIL("no term " << term);
    };
    if (p.man) set("mann", 1);
    if (p.age == "25-34") set("alder_25_34", 1);
    if (p.age == "35-44") set("alder_35_44", 1);
    if (p.age == "45+") set("alder_45_pluss", 1);
    if (p.track == "2") set("spor_2", 1);
    if (p.track == "3") set("spor_3", 1);
    if (p.track == "ukjent") set("spor_ukjent", 1);
    if (p.country == "andre")
        set("andre_land", 1);
    else if (p.country != "eritrea")
        set(p.country, 1);
    if (p.cohort > 2011) set("avgang_" + std::to_string(p.cohort), 1);
    set("maaneder_i_program", p.months);
    set("log_ledighet", std::log(p.unemployment_percent));
    if (p.network > 0) set("nettverk_" + std::to_string(p.network), 1);
    return x;
}

}  // namespace

TEST_CASE("NIBR table 5.2 predicts participant profiles computed by hand", "[linear_model]") {
    const auto model = nibr_model();
    REQUIRE(model.has_intercept);
    REQUIRE(model.is_published());
    REQUIRE(model.terms.size() == 26);

    SECTION("Eritrean man, 16-24, track 3, exit 2016, 24 months, unemployment 3 %") {
        // 0.472 + 0.146 + 0.216 + 0.0986 = 0.9326; - 0.00504*24 = -0.12096 -> 0.81164;
        // - 0.0283 ln 3 = -0.0283 * 1.0986122887 = -0.0310907278 -> 0.7805492722.
        Participant p;
        p.man = true;
        p.track = "3";
        p.cohort = 2016;
        CHECK(predict(model, nibr_row(p)) == Approx(0.7805492722).margin(1e-9));
    }
    SECTION("Somali woman, 45+, track 1, exit 2011, 36 months, unemployment 4 %") {
        // 0.472 - 0.319 - 0.160 = -0.007; - 0.00504*36 = -0.18144 -> -0.18844;
        // - 0.0283 ln 4 = -0.0283 * 1.3862943611 = -0.0392321304 -> -0.2276721304.
        // A linear probability model can fall below 0 for an unfavourable profile.
        Participant p;
        p.age = "45+";
        p.country = "somalia";
        p.months = 36;
        p.unemployment_percent = 4;
        CHECK(predict(model, nibr_row(p)) == Approx(-0.2276721304).margin(1e-9));
    }
    SECTION("Afghan man, 25-34, track 2, exit 2014, 24 months, 2.5 %, network 2") {
        // 0.472 + 0.146 - 0.0916 + 0.119 - 0.0324 + 0.0547 = 0.6677; - 0.12096 -> 0.54674;
        // + 0.0836 -> 0.63034; - 0.0283 ln 2.5 = -0.0283 * 0.9162907319 = -0.0259310277
        // -> 0.6044089723.
        Participant p;
        p.man = true;
        p.age = "25-34";
        p.track = "2";
        p.country = "afghanistan";
        p.cohort = 2014;
        p.unemployment_percent = 2.5;
        p.network = 2;
        CHECK(predict(model, nibr_row(p)) == Approx(0.6044089723).margin(1e-9));
    }
    SECTION("Syrian woman, 35-44, unknown track, exit 2015, 30 months, 3.5 %, network 3") {
        // 0.472 - 0.189 + 0.0679 - 0.0135 + 0.104 = 0.4414; - 0.00504*30 = -0.1512 -> 0.2902;
        // - 0.0210 -> 0.2692; - 0.0283 ln 3.5 = -0.0283 * 1.2527629685 = -0.0354531920
        // -> 0.2337468080.
        Participant p;
        p.age = "35-44";
        p.track = "ukjent";
        p.country = "syria";
        p.cohort = 2015;
        p.months = 30;
        p.unemployment_percent = 3.5;
        p.network = 3;
        CHECK(predict(model, nibr_row(p)) == Approx(0.2337468080).margin(1e-9));
    }
}

TEST_CASE("NIBR model at a municipality's mean covariates is the mean prediction",
          "[linear_model]") {
    // Four completers in one municipality, local unemployment 3 % (ln 3 -> -0.0310907278):
    // 1. Eritrean man, 16-24, track 3, 2016, 24 months: 0.7805492722 (as above).
    // 2. Somali woman, 45+, track 1, 2011, 36 months:
    //    0.472 - 0.319 - 0.160 - 0.18144 - 0.0310907278 = -0.2195307278.
    // 3. Afghan man, 25-34, track 2, 2014, 24 months:
    //    0.472 + 0.146 - 0.0916 + 0.119 - 0.0324 + 0.0547 - 0.12096 - 0.0310907278
    //    = 0.5156492722.
    // 4. Eritrean woman, 25-34, track 2, 2015, 18 months:
    //    0.472 - 0.0916 + 0.119 + 0.104 - 0.09072 - 0.0310907278 = 0.4815892722.
    // Mean = (0.7805492722 - 0.2195307278 + 0.5156492722 + 0.4815892722)/4
    //      = 1.5582570888/4 = 0.3895642722.
    // Municipality means: mann 0.5, alder_25_34 0.5, alder_45_pluss 0.25, spor_2 0.5,
    // spor_3 0.25, somalia 0.25, afghanistan 0.25, avgang_2014/2015/2016 0.25 each,
    // months (24+36+24+18)/4 = 25.5, log_ledighet ln 3:
    // 0.472 + 0.073 - 0.0458 - 0.07975 + 0.0595 + 0.054 - 0.04 - 0.0081 + 0.013675 + 0.026
    // + 0.02465 - 0.12852 - 0.0310907278 = 0.3895642722, the same.
    const auto model = nibr_model();
    std::vector<Participant> people(4);
    people[0].man = true;
    people[0].track = "3";
    people[0].cohort = 2016;
    people[1].age = "45+";
    people[1].country = "somalia";
    people[1].months = 36;
    people[2].man = true;
    people[2].age = "25-34";
    people[2].track = "2";
    people[2].country = "afghanistan";
    people[2].cohort = 2014;
    people[3].age = "25-34";
    people[3].track = "2";
    people[3].cohort = 2015;
    people[3].months = 18;

    const std::vector<double> expected{0.7805492722, -0.2195307278, 0.5156492722, 0.4815892722};
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(25);
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto row = nibr_row(people[i]);
        CHECK(predict(model, row) == Approx(expected[i]).margin(1e-9));
        mean += row / 4.0;
    }
    CHECK(mean(0) == 0.5);    // share of men
    CHECK(mean(20) == 25.5);  // mean months in the programme
    CHECK(predict(model, mean) == Approx(0.3895642722).margin(1e-9));
}

TEST_CASE("a fit on data generated by NIBR coefficients recovers them", "[linear_model]") {
    // 40 synthetic completers generated without noise by a subset of table 5.2:
    // y = 0.472 + 0.146 mann + 0.119 spor_2 + 0.216 spor_3 - 0.00504 months - 0.0283 ln(u %).
    const std::vector<std::string> names{"mann", "spor_2", "spor_3", "maaneder_i_program",
                                         "log_ledighet"};
    const int n = 40;
    Eigen::MatrixXd x(n, 5);
    Eigen::VectorXd y(n);
    for (int i = 0; i < n; ++i) {
        const double man = i % 2;
        const double track_2 = i % 3 == 1 ? 1 : 0;
        const double track_3 = i % 3 == 2 ? 1 : 0;
        const double months = 18 + (i * 7) % 25;
        const double log_unemployment = std::log(2.0 + 0.25 * (i % 5));
        x.row(i) << man, track_2, track_3, months, log_unemployment;
        y(i) = 0.472 + 0.146 * man + 0.119 * track_2 + 0.216 * track_3 - 0.00504 * months -
               0.0283 * log_unemployment;
    }
    const auto model = fit_linear_model(names, x, y, no_weights);
    const std::vector<double> generating{0.472, 0.146, 0.119, 0.216, -0.00504, -0.0283};
    for (std::size_t j = 0; j < generating.size(); ++j) {
        CHECK(model.coefficients(static_cast<Eigen::Index>(j)) ==
              Approx(generating[j]).margin(1e-10));
    }
    CHECK(model.r_squared == Approx(1).margin(1e-12));
}

}  // namespace kt
