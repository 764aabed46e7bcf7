#pragma once
// Batch search: one process for a file of queries (qid<TAB>query per
// line), writing a TREC run: "qid Q0 docid rank score tag", docid being
// the document's own id (DOCNO, NEWID, path...). Bad queries are reported
// on stderr and skipped; the rest still run.
#include <iosfwd>
#include <string>

#include "newsdex/search/searcher.hpp"

namespace newsdex::search {

struct BatchSummary {
    std::size_t queries = 0, failed = 0, lines_written = 0;
};

BatchSummary run_batch(const Searcher& searcher, std::istream& queries, std::ostream& run,
                       std::ostream& errors, const SearchRequest& base, const std::string& tag);

}  // namespace newsdex::search
