#pragma once
// The explanations a page's figures carry (why a figure is hidden, what an incomplete sum
// leaves out), written once per page. Each figure with one links to its note, so a page with
// a hundred hidden cells says "hidden for privacy" once, not a hundred times.
#include <nlohmann/json.hpp>

namespace kt {

// Gives every figure cell in `page` with a note ({"status", "note": "…"}, see value_cell) a
// "note_id" naming its note and its "note_number" in the list, and sets "notes":
// [{"id", "text"}] (each text once, in text order with numbers compared as numbers, so the
// n-th is "merknad-n") and "has_notes" on the page.
void gather_notes(nlohmann::json& page);

}  // namespace kt
