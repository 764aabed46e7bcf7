#pragma once
// The query language, parsed with the same Analyzer the indexer used, so a
// query word becomes exactly the term that was indexed.
//
//   kharkiv missile         either word, ranked by BM25 (default OR)
//   "missile debris"        phrase
//   +kharkiv -moscow        must have / must not have
//   a AND b, a OR b, a NOT b, ( ... )   operators (upper case only)
//   title:kharkiv, title:"kim yo jong"  search the headline only
//
// Lower-case and/or/not are ordinary words. A field name we do not know
// (e.g. "note:") is read as text, not an error.
#include <xapian.h>

#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/analyzer.hpp"
#include "newsdex/stopwords.hpp"

namespace newsdex::search {

class QuerySyntaxError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct ParsedQuery {
    Xapian::Query query;
    // Normalized words in the query (everything not excluded).
    std::set<std::string> highlight_terms;
    // The same as words and phrases: a phrase is marked only where its
    // words stand together.
    std::vector<std::vector<std::string>> highlight_sequences;
};

class QueryParser {
  public:
    QueryParser(const Analyzer& analyzer, const StopwordSet& stopwords)
        : analyzer_(analyzer), stopwords_(stopwords) {}

    // Throws QuerySyntaxError with a message that says what and where.
    ParsedQuery parse(std::string_view query) const;

  private:
    const Analyzer& analyzer_;
    const StopwordSet& stopwords_;
};

}  // namespace newsdex::search
