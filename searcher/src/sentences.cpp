#include "newsdex/search/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include <array>
#include <memory>

#include "newsdex/utf8.hpp"

namespace newsdex::search {

namespace {

// Sentence Break classes (UAX #29) of ASCII characters, from ICU's own
// property data; kIcu: a class the ASCII walk does not handle.
enum class Sb : unsigned char {
    kOther,
    kCr,
    kLf,
    kSp,
    kLower,
    kUpper,
    kNumeric,
    kATerm,
    kSTerm,
    kClose,
    kSContinue,
    kOLetter,
    kIcu
};

Sb from_icu(UChar32 c) {
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
        case U_SB_OTHER:
            return Sb::kOther;
        case U_SB_CR:
            return Sb::kCr;
        case U_SB_LF:
            return Sb::kLf;
        case U_SB_SP:
            return Sb::kSp;
        case U_SB_LOWER:
            return Sb::kLower;
        case U_SB_UPPER:
            return Sb::kUpper;
        case U_SB_NUMERIC:
            return Sb::kNumeric;
        case U_SB_ATERM:
            return Sb::kATerm;
        case U_SB_STERM:
            return Sb::kSTerm;
        case U_SB_CLOSE:
            return Sb::kClose;
        case U_SB_SCONTINUE:
            return Sb::kSContinue;
        case U_SB_OLETTER:
            return Sb::kOLetter;
        default:
            return Sb::kIcu;  // Sep, Format, Extend
    }
}

const std::array<Sb, 256>& classes() {
    static const std::array<Sb, 256> table = [] {
        std::array<Sb, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[c] = c < 0x80 ? from_icu(c) : Sb::kIcu;
        return t;
    }();
    return table;
}

bool walkable_as_ascii(std::string_view text) {
    const auto& table = classes();
    // Every non-ASCII byte goes to ICU, and ASCII bytes of a class the walk
    // leaves to ICU, checked one by one.
    if (!utf8::is_ascii(text)) return false;
    for (int c = 0; c < 0x80; ++c)
        if (table[c] == Sb::kIcu && text.find(static_cast<char>(c)) != std::string_view::npos)
            return false;
    return true;
}

bool is_terminator(Sb c) {
    return c == Sb::kATerm || c == Sb::kSTerm;
}

// The next boundary after `from` in ASCII text, by UAX #29's rules SB3 to
// SB11 (ICU's root rules): a break comes only after a terminator, its
// closing punctuation and spaces (and one paragraph separator), unless the
// sentence plainly goes on (SB6: 3.5; SB7: U.S.; SB8: "etc. and" in lower
// case; SB8a: a comma or another terminator follows).
std::size_t next_ascii_boundary(std::string_view text, std::size_t from) {
    const auto& table = classes();
    const std::size_t n = text.size();
    auto cls = [&](std::size_t i) { return table[static_cast<unsigned char>(text[i])]; };
    auto after_separator = [&](std::size_t i) {  // i holds CR or LF
        return cls(i) == Sb::kCr && i + 1 < n && cls(i + 1) == Sb::kLf ? i + 2 : i + 1;
    };
    // Only a separator or a terminator can end a sentence: skip to one.
    static const std::array<bool, 256> stops = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c)
            t[c] =
                classes()[c] == Sb::kCr || classes()[c] == Sb::kLf || is_terminator(classes()[c]);
        return t;
    }();
    for (std::size_t i = from; i < n; ++i) {
        while (i < n && !stops[static_cast<unsigned char>(text[i])])
            ++i;
        if (i == n) break;
        const Sb c = cls(i);
        if (c == Sb::kCr || c == Sb::kLf) return after_separator(i);
        if (c == Sb::kATerm && i + 1 < n) {
            const Sb next = cls(i + 1);
            const bool letter_before =
                i > 0 && (cls(i - 1) == Sb::kUpper || cls(i - 1) == Sb::kLower);
            if (next == Sb::kNumeric || (next == Sb::kUpper && letter_before))
                continue;  // SB6, SB7
        }
        std::size_t k = i + 1;
        while (k < n && cls(k) == Sb::kClose)
            ++k;
        while (k < n && cls(k) == Sb::kSp)
            ++k;
        if (k == n) return n;
        const Sb next = cls(k);
        if (next == Sb::kCr || next == Sb::kLf) return after_separator(k);  // SB11
        if (next == Sb::kSContinue || is_terminator(next)) {                // SB8a
            i = k - 1;
            continue;
        }
        if (c == Sb::kATerm) {  // SB8: look past what is not a letter or separator
            std::size_t m = k;
            while (m < n && cls(m) != Sb::kOLetter && cls(m) != Sb::kUpper &&
                   cls(m) != Sb::kLower && cls(m) != Sb::kCr && cls(m) != Sb::kLf &&
                   !is_terminator(cls(m)))
                ++m;
            if (m < n && cls(m) == Sb::kLower) {
                i = k - 1;
                continue;
            }
        }
        return k;  // SB11
    }
    return n;
}

icu::BreakIterator* sentence_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? iterator.get() : nullptr;
}

}  // namespace

SentenceWalk::SentenceWalk(std::string_view text) : text_(text), ascii_(walkable_as_ascii(text)) {
    if (ascii_) return;
    UErrorCode status = U_ZERO_ERROR;
    utext_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    icu::BreakIterator* iterator = sentence_iterator();
    if (U_FAILURE(status) || !iterator) return;
    iterator->setText(utext_, status);
    if (U_FAILURE(status)) return;
    iterator->first();
    iterator_ = iterator;
}

SentenceWalk::~SentenceWalk() {
    // Detach the iterator from the UText before closing it.
    if (iterator_) iterator_->setText(icu::UnicodeString());
    utext_close(utext_);
}

std::size_t SentenceWalk::next() {
    if (at_ >= text_.size()) return text_.size();
    if (ascii_) return at_ = next_ascii_boundary(text_, at_);
    const int32_t end = iterator_ ? iterator_->next() : icu::BreakIterator::DONE;
    return at_ = end == icu::BreakIterator::DONE ? text_.size() : static_cast<std::size_t>(end);
}

std::vector<std::size_t> sentence_ends(std::string_view text) {
    std::vector<std::size_t> ends;
    SentenceWalk walk(text);
    while (ends.empty() ? !text.empty() : ends.back() < text.size())
        ends.push_back(walk.next());
    return ends;
}

std::vector<std::size_t> sentence_ends_with_icu(std::string_view text) {
    std::vector<std::size_t> ends;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    iterator->setText(utext, status);
    iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next())
        ends.push_back(static_cast<std::size_t>(end));
    iterator.reset();
    utext_close(utext);
    return ends;
}

}  // namespace newsdex::search
