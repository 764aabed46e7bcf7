#pragma once
// Snippets cut with the same analyzer that indexed the text: a passage is
// chosen by query-term density, cut on sentence or word boundaries (never
// inside a UTF-8 character), and every matched original span is marked,
// whatever its folded form (Kyïv for kyiv). Adjacent matches (a phrase)
// make one span.
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/stemming.hpp"

namespace newsdex::search {

struct Highlight {
    std::size_t begin;  // byte offsets into Snippet::text
    std::size_t end;
};

struct Snippet {
    std::string text;
    std::vector<Highlight> highlights;
};

// A word to mark, as the terms that count as it: the word itself and its
// stems as Z-prefixed terms (Zballoon). A text token matches when its
// text, one of its forms, or "Z" + its stem is among them.
using MatchWord = std::vector<std::string>;
// Each entry is a word (one element) or a phrase, which is marked only
// where its words stand together in the text.
using MatchSequences = std::vector<std::vector<MatchWord>>;

struct SnippetOptions {
    std::size_t max_bytes = 300;  // of original text, ellipses not counted
    std::size_t max_passages = 3;
};

// Where `analyzer` leaves the stems out (AnalyzerCache::split_for_language),
// the snippet stems on demand the words that may meet a query's stem: a
// story's words are mostly not the query's, and stemming was half the cost
// of a snippet.
struct OnDemandStems {
    const analysis::StemFilter* stems = nullptr;
    bool keeps_first_byte = false;  // see analysis::SplitAnalysis
};

class WordLookup;

// The query's side of the snippets of one search, made once for all its
// hits: the words to mark as lookups (a token costs a few hash lookups).
// It refers to `sequences` and `words`, which must outlive it.
class SnippetMaker {
  public:
    // `words`: the folded query words, for make_in_window.
    SnippetMaker(const MatchSequences& sequences, const std::set<std::string>& words);
    ~SnippetMaker();
    SnippetMaker(const SnippetMaker&) = delete;
    SnippetMaker& operator=(const SnippetMaker&) = delete;

    Snippet make(std::string_view text, const analysis::Analyzer& analyzer,
                 const SnippetOptions& options = {}, const OnDemandStems& stems = {}) const;
    // The same over a window of a long text, so that a 60 MB story costs
    // what a short one does: the window (kSnippetWindowBytes) around the
    // first place one of the words is written, found by a plain byte
    // search, else the text's start. Shorter texts are read whole.
    Snippet make_in_window(std::string_view text, const analysis::Analyzer& analyzer,
                           const SnippetOptions& options = {},
                           const OnDemandStems& stems = {}) const;

  private:
    std::unique_ptr<const WordLookup> lookup_;
    const std::set<std::string>& words_;
};

inline constexpr std::size_t kSnippetWindowBytes = 64 * 1024;

// One snippet, its lookups made for it alone.
Snippet make_snippet(std::string_view text, const analysis::Analyzer& analyzer,
                     const MatchSequences& sequences, const SnippetOptions& options = {},
                     const OnDemandStems& stems = {});

// For single words only.
Snippet make_snippet(std::string_view text, const analysis::Analyzer& analyzer,
                     const std::set<std::string>& words, const SnippetOptions& options = {});

}  // namespace newsdex::search
