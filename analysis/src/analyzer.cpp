#include "newsdex/analysis/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <array>
#include <stdexcept>
#include <string>

#include "newsdex/analysis/token_filters.hpp"
#include "newsdex/utf8.hpp"

namespace newsdex::analysis {

Analyzer::Analyzer(std::unique_ptr<Tokenizer> tokenizer,
                   std::vector<std::unique_ptr<TokenFilter>> filters)
    : tokenizer_(std::move(tokenizer)), filters_(std::move(filters)) {
    for (const auto& filter : filters_)
        if (!filter->leaves_ascii_alone()) ascii_filters_.push_back(filter.get());
}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

TokenList Analyzer::analyze(std::string_view text) const {
    TokenList tokens;
    analyze(text, tokens);
    return tokens;
}

void TokenGate::allow_first_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    allowed_[byte] = true;
    if (byte >= 'a' && byte <= 'z') allowed_[byte - 'a' + 'A'] = true;
}

bool TokenGate::refuses(std::string_view ascii_text, bool may_hold_apostrophe) const {
    // 64 bytes: well under the standard length filter's 200.
    if (all_ || ascii_text.empty() || ascii_text.size() > 64 ||
        allowed_[static_cast<unsigned char>(ascii_text[0])])
        return false;
    if (!may_hold_apostrophe) return true;
    for (const char c : ascii_text)  // a word is short: no call to memchr
        if (c == '\'') return false;
    return true;
}

bool Analyzer::run_filters(Token& token, bool ascii) const {
    // An ASCII token stays ASCII through every filter (case folding,
    // elision and possessives only shorten or lower it).
    if (ascii) {
        for (const TokenFilter* filter : ascii_filters_)
            if (!filter->apply(token)) return false;
        return true;
    }
    for (const auto& filter : filters_)
        if (!filter->apply(token)) return false;
    return true;
}

void Analyzer::analyze(std::string_view text, TokenList& tokens) const {
    tokenizer_->tokenize(text, tokens);
    // Most news is ASCII throughout: one pass over the text then spares a
    // test of every word.
    const bool all_ascii = utf8::is_ascii(text);
    std::size_t kept = 0;
    for (Token& token : tokens) {
        if (!run_filters(token, all_ascii || utf8::is_ascii(token.text))) continue;
        if (&tokens[kept] != &token) tokens[kept] = std::move(token);
        ++kept;
    }
    tokens.resize(kept);
}

void Analyzer::analyze(std::string_view text, const TokenGate& gate, CutList& cuts,
                       TokenList& tokens) const {
    tokenizer_->cut(text, cuts);
    tokens.clear();
    const bool all_ascii = utf8::is_ascii(text);  // as in analyze above
    const bool apostrophes = text.find('\'') != std::string_view::npos;
    std::size_t kept = 0;
    for (Cut cut : cuts) {
        const std::string_view word = text.substr(cut.begin, cut.end - cut.begin);
        const bool ascii = all_ascii || utf8::is_ascii(word);
        if (!ascii || !gate.refuses(word, apostrophes)) {
            Token& token =
                tokens.emplace_back(Token{std::string(word), cut.position, cut.begin, cut.end});
            if (!run_filters(token, ascii)) {
                tokens.pop_back();
                continue;
            }
            cut.token = static_cast<std::int32_t>(tokens.size() - 1);
        }
        cuts[kept++] = cut;
    }
    cuts.resize(kept);
}

void Analyzer::add_filter(std::unique_ptr<TokenFilter> filter) {
    if (!filter->leaves_ascii_alone()) ascii_filters_.push_back(filter.get());
    filters_.push_back(std::move(filter));
}

Analyzer Analyzer::standard() {
    std::vector<std::unique_ptr<TokenFilter>> filters;
    filters.push_back(std::make_unique<NfkcCaseFoldFilter>());
    filters.push_back(std::make_unique<DiacriticFoldFilter>());
    filters.push_back(std::make_unique<ApostropheFilter>());
    filters.push_back(std::make_unique<ElisionFilter>());
    filters.push_back(std::make_unique<PossessiveFilter>());
    filters.push_back(std::make_unique<HangulPrefixFilter>());
    filters.push_back(std::make_unique<LengthFilter>(200));
    return Analyzer(std::make_unique<IcuWordTokenizer>(), std::move(filters));
}

namespace {

// Creating a BreakIterator loads rules and dictionaries; do it once per
// thread and reuse it.
icu::BreakIterator& word_break_iterator() {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator unavailable");
        return it;
    }();
    return *iterator;
}

bool is_word_status(int32_t status) {
    return status >= UBRK_WORD_NONE_LIMIT;
}

}  // namespace

namespace {

// Word Break classes (UAX #29) of the ASCII characters the fast path
// knows; any other character sends the text to ICU.
enum class Wb : unsigned char { kOther, kLetter, kNumeric, kMidNumLet, kMidNum, kQuote, kNone };

constexpr Wb classify_ascii(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Wb::kLetter;
    if (c >= '0' && c <= '9') return Wb::kNumeric;
    switch (c) {
        case '.':
            return Wb::kMidNumLet;
        case ',':
        case ';':
            return Wb::kMidNum;
        case '\'':
            return Wb::kQuote;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case '"':
        case '-':
        case '(':
        case ')':
        case '!':
        case '?':
        case '/':
        case '&':
        case '$':
        case '%':
        case '[':
        case ']':
        case '*':
        case '+':
        case '=':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
        case ':':
        case '{':
        case '}':
        case '^':
        case '`':
        case '\\':
            return Wb::kOther;
        default:
            return Wb::kNone;  // '_' (joins words), '@' (ICU differs), controls, non-ASCII
    }
}

// The classes as a table: the tokenizer asks for every byte, some twice.
constexpr auto kAsciiClasses = [] {
    std::array<Wb, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = c < 0x80 ? classify_ascii(static_cast<unsigned char>(c)) : Wb::kNone;
    return table;
}();

Wb ascii_class(unsigned char c) {
    return kAsciiClasses[c];
}

// The bytes a word runs over without a rule to ask: ASCII letters and
// digits.
constexpr auto kAsciiWordBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = kAsciiClasses[c] == Wb::kLetter || kAsciiClasses[c] == Wb::kNumeric;
    return table;
}();

bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A word into either kind of list: a token with its text, or its place.
void add_word(TokenList& tokens, std::string_view text, std::size_t begin, std::size_t end,
              std::uint32_t position) {
    tokens.push_back(Token{std::string(text.substr(begin, end - begin)), position,
                           static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
}
void add_word(CutList& cuts, std::string_view, std::size_t begin, std::size_t end,
              std::uint32_t position) {
    cuts.push_back(
        Cut{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), position});
}

// Where the chunk (the text up to a space) that starts at `begin` ends.
std::size_t chunk_end_at(std::string_view text, std::size_t begin) {
    while (begin < text.size() && !ascii_space(text[begin]))
        ++begin;
    return begin;
}

// Whether the fast path below handles `chunk` (ASCII, classes known).
bool ascii_chunk(std::string_view chunk) {
    for (const char c : chunk)
        if (ascii_class(static_cast<unsigned char>(c)) == Wb::kNone) return false;
    return true;
}

// The words ICU's root word break rules find in an ASCII chunk of `text`
// (from `begin` to the next space; rules WB5 to WB12 of UAX #29: letters
// and digits run together, and join across one "." or "'" between
// letters, one "." "," ";" or "'" between digits), without ICU's
// per-character work. Returns where the chunk ends, or npos at a byte the
// rules here do not know (the caller then takes back what was added).
template <class List>
std::size_t ascii_chunk_words(std::string_view text, std::size_t begin, std::uint32_t& position,
                              List& words) {
    auto cls = [&](std::size_t i) {
        return i < text.size() ? ascii_class(static_cast<unsigned char>(text[i])) : Wb::kOther;
    };
    for (std::size_t i = begin; i < text.size();) {
        if (ascii_space(text[i])) return i;
        const Wb first = cls(i);
        if (first == Wb::kNone) return std::string_view::npos;
        if (first != Wb::kLetter && first != Wb::kNumeric) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        for (;;) {
            while (end < text.size() && kAsciiWordBytes[static_cast<unsigned char>(text[end])])
                ++end;
            const Wb before = cls(end - 1), here = cls(end);
            const Wb after = cls(end + 1);
            const bool letters = before == Wb::kLetter && after == Wb::kLetter &&
                                 (here == Wb::kMidNumLet || here == Wb::kQuote);
            const bool digits =
                before == Wb::kNumeric && after == Wb::kNumeric &&
                (here == Wb::kMidNumLet || here == Wb::kMidNum || here == Wb::kQuote);
            if (!letters && !digits) break;
            end += 2;
        }
        add_word(words, text, i, end, position++);
        i = end;
    }
    return text.size();
}

// ICU's words of text[from, until).
template <class List>
void icu_words(std::string_view whole, std::size_t from, std::size_t until, std::uint32_t& position,
               List& words) {
    const std::string_view text = whole.substr(from, until - from);
    if (text.empty()) return;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open text");
    icu::BreakIterator& breaks = word_break_iterator();
    breaks.setText(utext, status);
    int32_t start = breaks.first();
    for (int32_t end = breaks.next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks.next()) {
        if (!is_word_status(breaks.getRuleStatus())) continue;
        add_word(words, whole, from + static_cast<std::size_t>(start),
                 from + static_cast<std::size_t>(end), position++);
    }
    // Detach the iterator from the UText before closing it.
    breaks.setText(icu::UnicodeString());
    utext_close(utext);
}

// No word runs across a space, so the text goes chunk by chunk (between
// spaces): ASCII chunks by the fast path, runs of the others through ICU
// in one go (a Chinese sentence stays one run for its dictionary).
template <class List>
void cut_words(std::string_view text, List& words) {
    words.clear();
    // News averages six bytes a word with its space: one allocation, no
    // moving of tokens as the list grows.
    words.reserve(text.size() / 5 + 1);
    std::uint32_t position = 0;
    std::size_t pending = std::string_view::npos;  // where text for ICU starts
    auto flush = [&](std::size_t until) {
        if (pending == std::string_view::npos) return;
        icu_words(text, pending, until, position, words);
        pending = std::string_view::npos;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (ascii_space(text[i])) {
            ++i;
            continue;
        }
        // Split as ASCII while the chunk looks so; with ICU text waiting
        // before it, it is flushed first, so ask only when the chunk is ASCII.
        const std::size_t mark = words.size();
        const std::uint32_t mark_position = position;
        std::size_t end = std::string_view::npos;
        if (pending == std::string_view::npos) {
            end = ascii_chunk_words(text, i, position, words);
        } else if (std::size_t chunk_end = chunk_end_at(text, i);
                   ascii_chunk(text.substr(i, chunk_end - i))) {
            flush(i);
            end = ascii_chunk_words(text, i, position, words);
        }
        if (end == std::string_view::npos) {
            words.resize(mark);
            position = mark_position;
            if (pending == std::string_view::npos) pending = i;
            end = chunk_end_at(text, i);
        }
        i = end;
    }
    flush(text.size());
}

}  // namespace

TokenList IcuWordTokenizer::tokenize(std::string_view text) const {
    TokenList tokens;
    tokenize(text, tokens);
    return tokens;
}

void IcuWordTokenizer::tokenize(std::string_view text, TokenList& tokens) const {
    cut_words(text, tokens);
}

void IcuWordTokenizer::cut(std::string_view text, CutList& cuts) const {
    cut_words(text, cuts);
}

TokenList IcuWordTokenizer::tokenize_with_icu(std::string_view text) {
    TokenList tokens;
    std::uint32_t position = 0;
    icu_words(text, 0, text.size(), position, tokens);
    return tokens;
}

}  // namespace newsdex::analysis
