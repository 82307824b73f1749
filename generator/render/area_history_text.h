#pragma once
// What happened to an area in the reforms, in sentences for readers (in the words of the
// site's language file):
// "Slått sammen med Rygge (0136) 1.1.2020.", "Ble delt 1.1.2024 mellom Ålesund (1508) og
// Haram (1580)."
#include <string>
#include <vector>

#include "model/area.h"
#include "model/words.h"

namespace kt {

// "2020-01-01" -> "1.1.2020".
std::string short_date(const std::string& iso_date);

// How a current area came to be, newest change first: new numbers are followed back to the
// merge or split that created the area, e.g. for 3103 Moss:
// "Fikk kommunenummer 3103 1.1.2024 (før: 3002)." and
// "Slått sammen med Rygge (0136) 1.1.2020 (Moss hadde før kommunenummer 0104)."
// Empty when nothing changed since 2017.
std::vector<std::string> origin_sentences(const Words& words, const Registry& registry,
                                          const Area& area);

// What became of a historical area, oldest change first, e.g. for 0136 Rygge:
// "Slått sammen med Moss (0104) til Moss (3002) 1.1.2020.",
// "Moss fikk kommunenummer 3103 1.1.2024 (før: 3002)."
std::vector<std::string> fate_sentences(const Words& words, const Registry& registry,
                                        const Area& area);

// Notes for a municipality's time series: where a split gave it new borders,
// "Brudd i serien: Heim fikk nye grenser 1.1.2020. Tall fra før 2020 kan ikke …", and where
// the figures of earlier years sum the old municipalities,
// "Tall til og med 2019 er summen for Moss (0104) og Rygge (0136), som i dag er én kommune."
std::string series_break_note(const Words& words, const std::string& name,
                              int first_comparable_year);
std::string predecessor_sum_note(const Words& words, int last_summed_year,
                                 const std::vector<std::string>& parts);

}  // namespace kt
