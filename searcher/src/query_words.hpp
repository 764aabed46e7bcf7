#pragma once
// What one word or phrase of a query becomes, through the analyzer the
// index used: stems in the index's languages, wildcards over the exact
// words, phrases (with slop), CJK runs typed without spaces, German
// spellings without umlauts, and the entity a name stands for in any
// script. Collects what snippets must mark. Private to the query parser.
#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/stemming.hpp"
#include "newsdex/analysis/stopwords.hpp"
#include "newsdex/search/query_parser.hpp"
#include "query_lexer.hpp"

namespace newsdex::search {

class QueryWords {
  public:
    struct Context {
        const analysis::Analyzer& analyzer;
        const analysis::StopwordSet* stopwords;  // none: keep stopwords
        const analysis::StemmerSet* stemmers;    // none: exact terms only
        const EntityAliases* aliases;            // none: names are words only
    };
    explicit QueryWords(Context context) : c_(context) {}

    // A word, word*, "phrase" or "phrase"~n; nothing for a dropped stopword.
    std::optional<Xapian::Query> text(const query::Lexeme& lexeme, std::string_view prefix,
                                      bool keep_stopwords, bool excluded);
    // The exact (positional) terms of a word or phrase, for NEAR and ADJ
    // (Xapian takes terms there, not phrases: a phrase's words join the
    // list).
    std::vector<Xapian::Query> positional(const std::string& text, bool excluded);
    // The boost for a name of several words typed apart (Kim Yo Jong).
    std::optional<Xapian::Query> entity_boost(const std::vector<std::string>& folded_words) const;
    // The folded word of a plain one-word lexeme, or "" (for name runs).
    std::string folded_word(const query::Lexeme& lexeme) const;

    std::set<std::string> highlights;
    MatchSequences sequences;
    bool dropped_stopword = false;

  private:
    Xapian::Query word_query(const analysis::Token& token, std::string_view prefix, bool excluded);
    Xapian::Query phrase_query(const analysis::TokenList& tokens, std::string_view prefix,
                               unsigned slop, bool excluded);
    Xapian::Query wildcard(const std::string& text, std::string_view prefix, bool excluded);
    std::optional<Xapian::Query> with_entity(Xapian::Query query,
                                             const analysis::TokenList& tokens) const;

    Context c_;
};

}  // namespace newsdex::search
