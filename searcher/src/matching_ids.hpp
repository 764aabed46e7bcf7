#pragma once
// The ids of the documents a query matches, for facets: where the query is
// set algebra over terms (OR, AND, AND_NOT, FILTER, SYNONYM of terms, as
// "grain exports" becomes Zgrain OR Zexport), straight from the terms'
// posting lists, a tenth of the cost of Xapian's matcher visiting every
// match; otherwise (phrases, wildcards, ranges...) nothing, and the caller
// runs the matcher.
#include <optional>
#include <vector>

#include <xapian.h>

namespace newsdex::search {

// In ascending order, as the matcher gives them.
std::optional<std::vector<Xapian::docid>> matching_ids_from_postings(const Xapian::Database& db,
                                                                     const Xapian::Query& query);

}  // namespace newsdex::search
