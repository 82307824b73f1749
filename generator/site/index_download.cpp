#include "site/index_download.h"

#include "render/value_text.h"
#include "site/site_paths.h"

namespace kt {

std::string index_score_note(const Words& words, const IndexTable& table, const IndexScore& score) {
    if (score.score) return "";
    return words("index.too_few_figures",
                 {{"with_data", static_cast<double>(score.components_with_data)},
                  {"total", static_cast<double>(table.indicators.size())},
                  {"required", std::to_string(score.components_required)}});
}

std::string index_download_path(const IndexTable& table) {
    return index_dir(table.spec->id) + table.spec->id + ".csv";
}

DownloadTable index_download_table(const SiteData& data, const IndexTable& table) {
    // Each component's columns are named after its indicator behind a prefix, so no indicator
    // id can give two columns one name.
    std::vector<std::string> header{"indeks",           "områdekode",       "områdenavn",
                                    "fylke",            "plass",            "trolig_plass_fra",
                                    "trolig_plass_til", "indeksverdi",      "endring",
                                    "merknad"};
    for (const Indicator* indicator : table.indicators)
        for (const char* prefix : {"verdi_", "år_", "poeng_"})
            header.push_back(prefix + indicator->id);
    DownloadTable out{{header}, std::vector<bool>(header.size(), true)};
    for (std::size_t c : {0, 1, 2, 3, 9}) out.numeric[c] = false;
    // The page's precision: scores and their change to 2 decimals, grades to 1, points whole.
    const int points_decimals = table.spec->method == IndexMethod::grades ? 1 : 0;
    for (const IndexScore& score : table.scores) {
        const Area& area = data.area(score.area);
        std::vector<std::string> row{table.spec->id, area.code, area.name,
                                     data.area(area.parent).name};
        row.push_back(score.rank ? std::to_string(*score.rank) : "");
        row.push_back(score.plausible ? std::to_string(score.plausible->best) : "");
        row.push_back(score.plausible ? std::to_string(score.plausible->worst) : "");
        row.push_back(score.score ? machine_number(round_to_decimals(*score.score, 2), 2) : "");
        auto previous = table.previous_score.find(score.area);
        row.push_back(score.score && previous != table.previous_score.end()
                          ? machine_number(round_to_decimals(*score.score, 2) -
                                               round_to_decimals(previous->second, 2),
                                           2)
                          : "");
        row.push_back(index_score_note(data.words, table, score));
        const auto& figures = table.figures.at(score.area);
        for (std::size_t c = 0; c < table.indicators.size(); ++c) {
            const int decimals = table.indicators[c]->decimals;
            row.push_back(figures[c]
                              ? machine_number(round_to_decimals(*figures[c], decimals), decimals)
                              : "");
            row.push_back(figures[c] ? std::to_string(table.years[c]) : "");
            const auto& points = score.component_scores[c];
            row.push_back(points ? machine_number(round_to_decimals(*points, points_decimals),
                                                  points_decimals)
                                 : "");
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace kt
