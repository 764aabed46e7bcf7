#pragma once
// Text analysis as PISA arranges it: a tokenizer cuts words out of the
// original text, then a chain of token filters, each with one job, rewrites
// or drops them. The indexer, the query parser and the snippet highlighter
// all use the same Analyzer, so a query word always meets the indexed term.
#include <memory>
#include <string_view>
#include <vector>

#include "newsdex/analysis/token.hpp"

namespace newsdex::analysis {

// Cuts a UTF-8 text into word tokens with byte offsets.
class Tokenizer {
  public:
    virtual ~Tokenizer() = default;
    // Replaces `tokens` with the text's: a caller that analyses many texts
    // keeps one list, whose memory is then touched once, not per text.
    virtual void tokenize(std::string_view text, TokenList& tokens) const = 0;
    // The same words as places only (text.substr(begin, end - begin) is
    // each token's text).
    virtual void cut(std::string_view text, CutList& cuts) const = 0;
};

// Rewrites one token in place (its text, forms or stem); returns false to
// drop it.
class TokenFilter {
  public:
    virtual ~TokenFilter() = default;
    virtual bool apply(Token& token) const = 0;
    // Whether an ASCII token always comes out as it went in (diacritics,
    // typographic apostrophes, Hangul): most news is ASCII, and the
    // analyzer skips such filters for it.
    virtual bool leaves_ascii_alone() const { return false; }
};

// Which ASCII tokens a reader needs analysed, by their first letter: a
// snippet needs only the words that may meet a query word, and most words
// of a story start with a letter no query word starts with. A refused
// word keeps its place but is not analysed. Only what the standard
// filters cannot change at a word's start is refused: ASCII tokens,
// without an apostrophe (elisions strip a head), short enough to be kept
// (the length filter drops long ones).
class TokenGate {
  public:
    // Lets every token through until a first byte is named.
    void allow_first_byte(char c);
    void allow_all() { all_ = true; }
    // Whether an ASCII word can be left unanalysed: its first byte was not
    // named, and no apostrophe (l'Europe) hides a named one (the caller
    // may know there is none in the whole text).
    bool refuses(std::string_view ascii_text, bool may_hold_apostrophe = true) const;
    // Whether an analysed token may be one the reader wants: its first
    // byte was named (what analysis leaves of a word keeps its start).
    bool allows(std::string_view analysed_text) const {
        return all_ || analysed_text.empty() ||
               allowed_[static_cast<unsigned char>(analysed_text[0])];
    }

  private:
    bool all_ = false;
    bool allowed_[256] = {};
};

class Analyzer {
  public:
    Analyzer(std::unique_ptr<Tokenizer> tokenizer,
             std::vector<std::unique_ptr<TokenFilter>> filters);
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    // Tokens keep the position the tokenizer gave them, so dropping a token
    // leaves a gap and phrases do not match across what was removed.
    TokenList analyze(std::string_view text) const;
    // The same into a list the caller keeps (see Tokenizer::tokenize).
    void analyze(std::string_view text, TokenList& tokens) const;
    // Every word's place in `cuts`, and in `tokens` the analysis of the
    // words the gate lets through (Cut::token); a word the filters drop
    // loses its cut too, as analyze() drops its token.
    void analyze(std::string_view text, const TokenGate& gate, CutList& cuts,
                 TokenList& tokens) const;

    // Appends a filter at the end of the chain (e.g. a stemmer).
    void add_filter(std::unique_ptr<TokenFilter> filter);

    // The analysis of every field in every language: ICU words, NFKC case
    // folding, diacritic folding, apostrophes, elisions and possessives,
    // Korean particle stripping, length limit. Stemming is added per
    // language by the index library (it needs Xapian's stemmers).
    static Analyzer standard();

  private:
    // Runs the filter chain on one token; false when a filter drops it.
    bool run_filters(Token& token, bool ascii) const;

    std::unique_ptr<Tokenizer> tokenizer_;
    std::vector<std::unique_ptr<TokenFilter>> filters_;
    std::vector<const TokenFilter*> ascii_filters_;  // the filters an ASCII token needs
};

// ICU word segmentation over the UTF-8 bytes directly (no UTF-16 copy), so
// break positions are byte offsets. Dictionary-based for Chinese,
// Japanese, Thai, Khmer, Lao and Burmese. Keeps letters, numbers, kana and
// ideographs; drops spaces and punctuation.
class IcuWordTokenizer : public Tokenizer {
  public:
    // ASCII text is split by the same rules without ICU (5 times faster);
    // any other text by ICU.
    void tokenize(std::string_view text, TokenList& tokens) const override;
    void cut(std::string_view text, CutList& cuts) const override;
    TokenList tokenize(std::string_view text) const;
    // Always ICU: what the ASCII path must agree with.
    static TokenList tokenize_with_icu(std::string_view text);
};

}  // namespace newsdex::analysis
