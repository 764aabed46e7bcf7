#pragma once
// "Did you mean": a query word the index does not hold (or barely does),
// against the index's own words of a similar length within an edit
// distance of 1 (words up to 5 letters) or 2, the most frequent winning.
// It reads the term list, so it needs no spelling table and works on any
// newsdex database, remote ones too.
#include <xapian.h>

#include <optional>
#include <string>

#include "newsdex/analysis/analyzer.hpp"

namespace newsdex::search {

// The query with each misspelt word replaced, or nothing when every word
// is fine or has no better spelling.
std::optional<std::string> suggest_spelling(const Xapian::Database& db,
                                            const analysis::Analyzer& analyzer,
                                            const std::string& query);

// Damerau-Levenshtein distance (adjacent swaps count 1), over bytes; gives
// up (returns limit + 1) once the distance exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace newsdex::search
