#pragma once
// The token filters of the standard analyzer, one job each. The folds
// they apply, per script (see docs/analysis.md):
//   all scripts  NFKC case folding: case, full-width forms, ligatures,
//                ß -> ss, soft hyphen and zero-width characters removed
//   Latin, Greek every diacritic removed (Máximo = Maximo, Kyïv = Kyiv,
//                ά = α), and ø -> o, ł -> l, đ -> d, æ -> ae, œ -> oe, þ -> th
//   Cyrillic     only ё -> е; й, ї, ў keep their marks: they are
//                letters of their own, and folding them would merge words
#include <cstddef>
#include <string>

#include "newsdex/analysis/analyzer.hpp"

namespace newsdex::analysis {

class NfkcCaseFoldFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

class DiacriticFoldFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
    // Always through ICU's normalisers: what apply's shortcut for words
    // that fold to themselves must agree with. False: nothing is left.
    static bool fold_with_icu(std::string& text);
    bool leaves_ascii_alone() const override { return true; }
};

// Typographic apostrophes become ASCII ones, so Kim’s and Kim's agree.
class ApostropheFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
    bool leaves_ascii_alone() const override { return true; }
};

// French and Italian elisions: l'armée -> armée, dell'anno -> anno.
class ElisionFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

// English possessive: ukraine's -> ukraine.
class PossessiveFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
};

// Korean writes particles onto nouns (북한이, 탄도미사일을). A word with
// Hangul also gets its leading parts (2 characters and longer) as forms at
// the same position, so a search for the noun finds it with any particle.
class HangulPrefixFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override;
    bool leaves_ascii_alone() const override { return true; }
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

}  // namespace newsdex::analysis
