#pragma once
// A token is one indexable unit cut from a text: its normalized form plus
// where it came from, so that phrase search (position) and highlighting
// (byte offsets into the original UTF-8) work in every script.
#include <cstdint>
#include <string>
#include <vector>

namespace newsdex::analysis {

struct Token {
    std::string text;        // normalized form, the term that is indexed
    std::uint32_t position;  // ordinal of the word in its field, from 0
    std::uint32_t begin;     // byte offset of the first byte in the original text
    std::uint32_t end;       // byte offset one past the last byte
    // Other forms indexed at the same position (Korean: the noun without
    // its particle, 북한 for 북한이).
    std::vector<std::string> forms = {};
    // The stem in the document's language, when a stemmer applies and it
    // differs from nothing (indexed without position, prefixed Z).
    std::string stem = {};
    // Stems of the parts of a compound (German Warnstreik: streik), indexed
    // like the stem, so a query for the part finds the compound.
    std::vector<std::string> part_stems = {};
};

using TokenList = std::vector<Token>;

// Where the tokenizer cut a word, without its text: a reader that needs
// every word's place but few words' analysis (a snippet) keeps these, a
// tenth of a token's size, and analyses only the words it wants.
struct Cut {
    std::uint32_t begin;  // byte offsets in the original text, as Token's
    std::uint32_t end;
    std::uint32_t position;   // as Token's
    std::int32_t token = -1;  // its analysis in the reader's TokenList, or -1 (not analysed)
};
using CutList = std::vector<Cut>;

}  // namespace newsdex::analysis
