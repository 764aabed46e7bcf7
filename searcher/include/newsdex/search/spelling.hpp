#pragma once
// "Did you mean": a query word the index does not hold (or barely does),
// against the index's own words of a similar length within an edit
// distance of 1 (words up to 5 letters) or 2, the most frequent winning.
// It reads the index's own words (the word files the indexer writes, else
// the term list), so it needs no spelling table and works on any newsdex
// database, remote ones too.
#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/schema/word_file.hpp"

namespace newsdex::search {

// Where the index's words are read: the word file of each local database
// searched (schema/word_file.hpp), or, with none (a file missing or stale,
// a remote shard), the term list of `db`.
struct IndexWords {
    const Xapian::Database& db;  // everything searched, as one
    std::vector<const schema::MappedWordFile*> files;
};

// The query with each misspelt word replaced, or nothing when every word
// is fine or has no better spelling.
std::optional<std::string> suggest_spelling(const IndexWords& index,
                                            const analysis::Analyzer& analyzer,
                                            const std::string& query);

// Damerau-Levenshtein distance (adjacent swaps count 1), over bytes; gives
// up (returns limit + 1) once the distance exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace newsdex::search
