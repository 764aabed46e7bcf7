#pragma once
// Ranking beyond the query's words: more like a given story, a boost for
// recent stories, and the explanation of a hit's score. Private to the
// searcher.
#include <xapian.h>

#include <functional>
#include <set>
#include <string>

namespace newsdex::search {

// Stories like the one with this id (as search prints it): its most
// telling words (Xapian's expand set over the document), never the story
// itself. Throws std::runtime_error when no story has the id.
Xapian::Query more_like(const Xapian::Database& db, const std::string& id,
                        std::set<std::string>& words);

// The document with this id (as search prints it, whatever its format or
// collection); throws std::runtime_error when there is none.
Xapian::docid document_with_id(const Xapian::Database& db, const std::string& id);

// Adds to each match up to `weight` for being recent, halving every
// `half_life_days` back from the archive's newest date.
Xapian::Query with_recency(const Xapian::Query& query, const Xapian::Database& db,
                           double half_life_days);

// Pseudo-relevance feedback, as Anserini's RM3 does it: the `terms` most
// telling stems (Z terms, Bo1 over the analysed words; stopwords and
// short stems left out) of the query's top `documents` hits, weighted by
// their share of the best one, added to the query, which keeps
// `original_weight` of the whole. The stems added go into `added`.
struct Feedback {
    unsigned documents = 10, terms = 10;
    double original_weight = 0.5;
};
Xapian::Query with_feedback(const Xapian::Query& query, const Xapian::Database& db,
                            const Xapian::Weight& weighting, const Feedback& feedback,
                            const std::function<bool(const std::string&)>& stopword,
                            std::set<std::string>& added);

// How a hit's score was made: each matching term's weight for this
// document (BM25, as the search ran it), and what the other parts (entity
// names, recency) added: "kharkiv 3.21 + Zmissil 2.10 + other 2.00 = 7.31".
std::string explain(const Xapian::Database& db, const Xapian::Enquire& enquire,
                    const Xapian::Weight& weighting, const Xapian::MSetIterator& hit);

}  // namespace newsdex::search
