#include "newsdex/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

namespace newsdex {

Analyzer::Analyzer(std::unique_ptr<Tokenizer> tokenizer,
                   std::vector<std::unique_ptr<TokenFilter>> filters)
    : tokenizer_(std::move(tokenizer)), filters_(std::move(filters)) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

TokenList Analyzer::analyze(std::string_view text) const {
    TokenList tokens = tokenizer_->tokenize(text);
    std::size_t kept = 0;
    for (Token& token : tokens) {
        bool keep = true;
        for (const auto& filter : filters_) {
            if (!filter->apply(token)) {
                keep = false;
                break;
            }
        }
        if (keep) {
            if (&tokens[kept] != &token) tokens[kept] = std::move(token);
            ++kept;
        }
    }
    tokens.resize(kept);
    return tokens;
}

Analyzer Analyzer::standard() {
    std::vector<std::unique_ptr<TokenFilter>> filters;
    filters.push_back(std::make_unique<NfkcCaseFoldFilter>());
    filters.push_back(std::make_unique<ApostropheFilter>());
    filters.push_back(std::make_unique<PossessiveFilter>());
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

TokenList IcuWordTokenizer::tokenize(std::string_view text) const {
    TokenList tokens;
    if (text.empty()) return tokens;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot open text");
    icu::BreakIterator& breaks = word_break_iterator();
    breaks.setText(utext, status);
    std::uint32_t position = 0;
    int32_t start = breaks.first();
    for (int32_t end = breaks.next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks.next()) {
        if (!is_word_status(breaks.getRuleStatus())) continue;
        tokens.push_back(Token{std::string(text.substr(start, end - start)), position++,
                               static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    }
    // Detach the iterator from the UText before closing it.
    breaks.setText(icu::UnicodeString());
    utext_close(utext);
    return tokens;
}

namespace {

bool is_ascii(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

const icu::Normalizer2& nfkc_casefold() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold unavailable");
        return n;
    }();
    return *instance;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

}  // namespace

bool NfkcCaseFoldFilter::apply(Token& token) const {
    // NFKC_Casefold of ASCII is plain lower-casing; most news text is ASCII,
    // so skip ICU for it.
    if (is_ascii(token.text)) {
        for (char& c : token.text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return true;
    }
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(token.text.size()));
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold().normalizeUTF8(0, token.text, sink, nullptr, status);
    if (U_FAILURE(status)) return true;  // keep the raw form rather than lose the word
    token.text = std::move(folded);
    return !token.text.empty();  // a token of only ignorable characters vanishes
}

bool ApostropheFilter::apply(Token& token) const {
    if (is_ascii(token.text)) return true;
    replace_all(token.text, "\u2019", "'");  // right single quotation mark
    replace_all(token.text, "\u2018", "'");  // left single quotation mark
    replace_all(token.text, "\u02bc", "'");  // modifier letter apostrophe
    replace_all(token.text, "\uff07", "'");  // full-width apostrophe
    return true;
}

bool PossessiveFilter::apply(Token& token) const {
    std::string& t = token.text;
    if (t.size() > 2 && t.compare(t.size() - 2, 2, "'s") == 0) t.resize(t.size() - 2);
    return true;
}

bool LengthFilter::apply(Token& token) const {
    return token.text.size() <= max_bytes_;
}

}  // namespace newsdex
