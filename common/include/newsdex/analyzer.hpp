#pragma once
// Text analysis as PISA arranges it: a tokenizer cuts words out of the
// original text, then a chain of token filters, each with one job, rewrites
// or drops them. The indexer, the query parser and the snippet highlighter
// all use the same Analyzer, so a query word always meets the indexed term.
#include <memory>
#include <string_view>
#include <vector>

#include "newsdex/token.hpp"

namespace newsdex {

// Cuts a UTF-8 text into word tokens with byte offsets (ICU word breaks).
class Tokenizer {
  public:
    virtual ~Tokenizer() = default;
    virtual TokenList tokenize(std::string_view text) const = 0;
};

// Rewrites one token in place; returns false to drop it.
class TokenFilter {
  public:
    virtual ~TokenFilter() = default;
    virtual bool apply(Token& token) const = 0;
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

    // The analysis every field of every document gets by default.
    static Analyzer standard();

  private:
    std::unique_ptr<Tokenizer> tokenizer_;
    std::vector<std::unique_ptr<TokenFilter>> filters_;
};

// ICU word segmentation over the UTF-8 bytes directly (no UTF-16 copy), so
// break positions are byte offsets. Keeps letters, numbers, kana and
// ideographs; drops spaces and punctuation.
class IcuWordTokenizer : public Tokenizer {
  public:
    TokenList tokenize(std::string_view text) const override;
};

// Unicode NFKC case folding: case, compatibility forms (full-width Latin,
// ligatures) and default-ignorable characters (soft hyphen, zero width).
class NfkcCaseFoldFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

// Typographic apostrophes become ASCII ones, so Kim’s and Kim's agree.
class ApostropheFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

// English possessive: ukraine's -> ukraine.
class PossessiveFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

// Drops tokens too long to be words (Xapian terms are limited to ~245
// bytes, and such strings are base64, hashes or garbage anyway).
class LengthFilter : public TokenFilter {
  public:
    explicit LengthFilter(std::size_t max_bytes) : max_bytes_(max_bytes) {}
    bool apply(Token& token) const override;

  private:
    std::size_t max_bytes_;
};

}  // namespace newsdex
