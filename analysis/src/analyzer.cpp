#include "newsdex/analysis/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

#include "newsdex/analysis/token_filters.hpp"

namespace newsdex::analysis {

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

void Analyzer::add_filter(std::unique_ptr<TokenFilter> filter) {
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

}  // namespace newsdex::analysis
