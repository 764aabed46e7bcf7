#pragma once
// Sentence boundaries as byte offsets into UTF-8 text, by ICU's root rules
// (UAX #29). A snippet walks a story's sentences in every search: pure
// ASCII text is walked by the same rules without ICU (whose UTF-8 walk was
// a tenth of a search process), any other text by ICU.
#include <cstddef>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace newsdex::search {

// The sentences of a text in order. The text must outlive the walk.
class SentenceWalk {
  public:
    explicit SentenceWalk(std::string_view text);
    ~SentenceWalk();
    SentenceWalk(const SentenceWalk&) = delete;
    SentenceWalk& operator=(const SentenceWalk&) = delete;

    // The end of the next sentence (the first from the text's start), or
    // the text's size once every sentence was given.
    std::size_t next();

  private:
    std::string_view text_;
    std::size_t at_ = 0;
    bool ascii_ = false;
    UText* utext_ = nullptr;
    icu::BreakIterator* iterator_ = nullptr;  // null: ASCII, or ICU failed (one sentence)
};

// Every sentence end of a text, by the walk above and by ICU alone (what
// the ASCII walk must agree with).
std::vector<std::size_t> sentence_ends(std::string_view text);
std::vector<std::size_t> sentence_ends_with_icu(std::string_view text);

}  // namespace newsdex::search
