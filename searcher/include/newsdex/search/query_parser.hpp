#pragma once
// The query language, parsed with the same Analyzer the indexer used, so a
// query word becomes exactly the term that was indexed.
//
//   kharkiv missile         either word, ranked by BM25 (default OR)
//   "missile debris"        phrase
//   +kharkiv -moscow        must have / must not have
//   a AND b, a OR b, a NOT b, ( ... )   operators (upper case only)
//   title:kharkiv, title:"kim yo jong"  search the headline only
//   topic:cocoa, lang:de, format:rss    filter (no effect on ranking)
//   person:"Kim Yo Jong", org:IAEA, place:Kiev   entities, aliases resolved
//   date:2024-05-17, date:2024-05, date:2024, date:2024-05-01..2024-05-31,
//   date:2024-05-01.., date:..2023       days, months, years, ranges
//   khark*                  words starting so (at most 1,000 of them)
//   a NEAR b, a NEAR/5 b    within 10 (5) words, in any order
//   a ADJ b, a ADJ/3 b      within 10 (3) words, in this order
//   "missile debris"~3      the phrase's words within 3 more positions
//   杭州亚运会               CJK typed without spaces: its words, phrase boosted
//   Kharkov, Харків         a name the index knows: also the stories tagged
//                           with its entity, whatever script they write it in
//
// Lower-case and/or/not/near/adj are ordinary words. A field name we do not
// know ("body:") is an error that lists the fields.
#include <xapian.h>

#include <functional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/stemming.hpp"
#include "newsdex/entities/entities.hpp"

#include "newsdex/analysis/stopwords.hpp"
#include "newsdex/search/snippet.hpp"

namespace newsdex::search {

class QuerySyntaxError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct ParsedQuery {
    Xapian::Query query;
    // Normalized words in the query (everything not excluded).
    std::set<std::string> highlight_terms;
    // What to mark in snippets: words (with their stems) and phrases.
    MatchSequences highlight_sequences;
};

// Canonical name of an entity as typed (place:Kiev -> Kyiv).
using EntityResolver = std::function<std::string(entities::EntityType, const std::string&)>;
// The boolean term of the entity a name stands for, from the alias table
// the indexer writes (by entities::alias_key), or "" for none.
using EntityAliases = std::function<std::string(const std::string& alias_key)>;

class QueryParser {
  public:
    // `stemmers`: the languages to stem query words in (the index's); none
    // for exact matching only.
    QueryParser(const analysis::Analyzer& analyzer, const analysis::StopwordSet& stopwords,
                const analysis::StemmerSet* stemmers = nullptr,
                const EntityResolver* resolver = nullptr, const EntityAliases* aliases = nullptr)
        : analyzer_(analyzer),
          stopwords_(stopwords),
          stemmers_(stemmers),
          resolver_(resolver),
          aliases_(aliases) {}

    // Throws QuerySyntaxError with a message that says what and where.
    ParsedQuery parse(std::string_view query) const;

  private:
    const analysis::Analyzer& analyzer_;
    const analysis::StopwordSet& stopwords_;
    const analysis::StemmerSet* stemmers_;
    const EntityResolver* resolver_;
    const EntityAliases* aliases_;
};

}  // namespace newsdex::search
