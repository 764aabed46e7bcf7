#pragma once
// Language-aware analysis, where Xapian comes in: the standard analyzer
// plus Xapian's Snowball stemmer for the document's language. Documents
// are stemmed in their own language; a query is stemmed in every language
// the index holds, so it matches without the user naming one.
#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"

namespace newsdex::analysis {

// Xapian's stemmer for a language code, or nothing (e.g. "uk", "ko").
std::optional<Xapian::Stem> stemmer_for(std::string_view lang);

// Sets Token::stem with a Snowball stemmer. Stems are remembered: news
// repeats its words (the, said, percent), and a Snowball call costs more
// than a hash lookup; a search's snippets and an indexer lane stem the same
// words over and over. Like Xapian::Stem itself, not thread-safe.
class StemFilter : public TokenFilter {
  public:
    explicit StemFilter(Xapian::Stem stemmer) : stemmer_(std::move(stemmer)) {}
    bool apply(Token& token) const override;
    // The stem of one (analysed) word, for a caller that stems on demand.
    const std::string& stem(const std::string& word) const;

  private:
    // Enough for a large archive's common words; past it the memo starts
    // again (a bound on memory, not an eviction policy worth more code).
    static constexpr std::size_t kMemoWords = 1 << 17;
    Xapian::Stem stemmer_;
    mutable std::unordered_map<std::string, std::string> memo_;
};

// Splits German compounds (Warnstreik, Nahverkehrsstreik) at the longest
// tail that the German word list knows as a word (after a head of three
// letters or more, with or without a linking s), and adds the tail's stem
// to the token's part_stems. The list is Debian's wngerman
// (/usr/share/dict/ngerman, about 356,000 words); without it, nothing is
// split.
class GermanCompoundFilter : public TokenFilter {
  public:
    explicit GermanCompoundFilter(Xapian::Stem stemmer) : stemmer_(std::move(stemmer)) {}
    bool apply(Token& token) const override;
    // Whether the word list is there (read on first use).
    static bool available();

  private:
    Xapian::Stem stemmer_;
};

// Whether the German word list (wngerman) has `word` (as written, any
// case; four letters or more): a common noun, not a name ("Bahn", not
// "Transdev"). False for every word without the list.
bool german_dictionary_word(std::string_view word);

// A language's analysis in two steps, for a reader that needs the stems
// of a few words only (a snippet: which words of a story stem to the
// query's stems): the analysis without stems, then the stem filter word by
// word. `surface` is null where the language's analysis is more than that
// (German compounds) or has no stemmer: use the whole analyzer then.
struct SplitAnalysis {
    const Analyzer* surface = nullptr;
    const StemFilter* stems = nullptr;
    // Snowball's stemmer for the language only strips endings, so a word
    // keeps its first byte in its stem (not so in Arabic, Indonesian or
    // Irish, which strip prefixes too): a word whose first byte starts no
    // stem asked for needs no stemming.
    bool keeps_first_byte = false;
};

// One analyzer per language, made on first use; where Xapian has no
// stemmer for the language, each word is its own stem (not thread-safe: one per
// writer or searcher).
class AnalyzerCache {
  public:
    const Analyzer& for_language(const std::string& lang);
    SplitAnalysis split_for_language(const std::string& lang);

  private:
    struct Split {
        std::unique_ptr<Analyzer> surface;
        std::unique_ptr<StemFilter> stems;
        bool keeps_first_byte = false;
    };
    std::map<std::string, std::unique_ptr<Analyzer>> analyzers_;
    std::map<std::string, Split> splits_;
};

// The stems of a query word in each of a set of languages.
class StemmerSet {
  public:
    explicit StemmerSet(const std::set<std::string>& languages);
    // Distinct stems of the word (without prefix), the word itself among
    // them when a language of the set has no stemmer.
    std::set<std::string> stems(const std::string& word) const;
    // Whether the set stems in this language (its index holds some).
    bool has(std::string_view lang) const;

  private:
    std::vector<std::pair<std::string, Xapian::Stem>> stemmers_;  // language, stemmer
    bool word_as_stem_ = false;  // some language has no stemmer: its stems are its words
};

}  // namespace newsdex::analysis
