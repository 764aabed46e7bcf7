#include "newsdex/search/snippet.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace newsdex::search {

namespace {

struct Range {
    std::size_t begin, end;
};

struct Passage {
    Range range;
    double score;
};

// Sentence boundaries as byte offsets (ICU over the UTF-8 directly).
std::vector<Range> sentences(std::string_view text) {
    std::vector<Range> out;
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status) || !iterator) {
        utext_close(utext);
        return {{0, text.size()}};
    }
    iterator->setText(utext, status);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next())
        out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    iterator->setText(icu::UnicodeString());
    utext_close(utext);
    return out;
}

// Matched tokens merged into spans: consecutive positions are one span.
std::vector<Range> matched_spans(const TokenList& tokens, const std::set<std::string>& terms) {
    std::vector<Range> spans;
    std::uint32_t last_position = 0;
    for (const Token& token : tokens) {
        if (!terms.count(token.text)) continue;
        if (!spans.empty() && token.position == last_position + 1) {
            spans.back().end = token.end;
        } else {
            spans.push_back({token.begin, token.end});
        }
        last_position = token.position;
    }
    return spans;
}

// Narrows a range to at most `budget` bytes around its first match,
// snapping both ends to token boundaries.
Range fit(Range range, std::size_t budget, const TokenList& tokens,
          const std::vector<Range>& spans) {
    if (range.end - range.begin <= budget) return range;
    std::size_t anchor = range.begin;
    for (const Range& s : spans)
        if (s.begin >= range.begin && s.begin < range.end) {
            anchor = s.begin;
            break;
        }
    // Start a little before the match so it has some context.
    std::size_t begin = anchor > range.begin + budget / 4 ? anchor - budget / 4 : range.begin;
    std::size_t end = std::min(range.end, begin + budget);
    Range out{range.end, range.begin};
    for (const Token& t : tokens) {
        if (t.begin >= begin && t.end <= end) {
            out.begin = std::min<std::size_t>(out.begin, t.begin);
            out.end = std::max<std::size_t>(out.end, t.end);
        }
    }
    if (out.begin >= out.end) return {begin, begin};
    return out;
}

std::vector<Passage> score_sentences(std::string_view text, const TokenList& tokens,
                                     const std::set<std::string>& terms) {
    std::vector<Passage> passages;
    auto token = tokens.begin();
    for (const Range& s : sentences(text)) {
        std::set<std::string> distinct;
        std::size_t hits = 0;
        for (; token != tokens.end() && token->begin < s.end; ++token) {
            if (terms.count(token->text)) {
                distinct.insert(token->text);
                ++hits;
            }
        }
        // Distinct query words matter more than repeats of one word.
        const double score = distinct.size() * 10.0 + static_cast<double>(hits);
        passages.push_back({s, score});
    }
    return passages;
}

// Copies text[range] folding runs of white space into one space, and
// translates the spans inside the range to offsets in the output.
void append_passage(std::string_view text, Range range, const std::vector<Range>& spans,
                    Snippet& out) {
    while (range.begin < range.end && std::isspace(static_cast<unsigned char>(text[range.begin])))
        ++range.begin;
    while (range.end > range.begin && std::isspace(static_cast<unsigned char>(text[range.end - 1])))
        --range.end;
    auto span = std::find_if(spans.begin(), spans.end(),
                             [&](const Range& s) { return s.end > range.begin; });
    bool in_space = false;
    for (std::size_t i = range.begin; i < range.end; ++i) {
        if (span != spans.end() && i == span->begin) out.highlights.push_back({out.text.size(), 0});
        const char c = text[i];
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space) out.text += c;
        else if (!in_space) out.text += ' ';
        in_space = space;
        if (span != spans.end() && i + 1 == span->end) {
            if (!out.highlights.empty() && out.highlights.back().end == 0)
                out.highlights.back().end = out.text.size();
            ++span;
        }
    }
    // A span cut by the end of the passage ends with it.
    if (!out.highlights.empty() && out.highlights.back().end == 0)
        out.highlights.back().end = out.text.size();
}

}  // namespace

Snippet make_snippet(std::string_view text, const Analyzer& analyzer,
                     const std::set<std::string>& terms, const SnippetOptions& options) {
    const TokenList tokens = analyzer.analyze(text);
    const std::vector<Range> spans = matched_spans(tokens, terms);
    std::vector<Passage> passages = score_sentences(text, tokens, terms);
    std::stable_sort(passages.begin(), passages.end(),
                     [](const Passage& a, const Passage& b) { return a.score > b.score; });

    // Best passages first until the budget is spent; without any match the
    // lead of the article is the best summary.
    std::vector<Range> chosen;
    std::size_t budget = options.max_bytes;
    for (const Passage& p : passages) {
        if (chosen.size() == options.max_passages || budget < 40) break;
        if (p.score == 0 && !chosen.empty()) break;
        Range r = fit(p.range, budget, tokens, spans);
        if (r.begin >= r.end) continue;
        chosen.push_back(r);
        budget -= std::min(budget, r.end - r.begin);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Range& a, const Range& b) { return a.begin < b.begin; });

    Snippet snippet;
    std::size_t previous_end = 0;
    for (const Range& r : chosen) {
        const bool gap = r.begin > previous_end &&
                         text.substr(previous_end, r.begin - previous_end)
                                 .find_first_not_of(" \t\r\n") != std::string_view::npos;
        if (gap) snippet.text += snippet.text.empty() ? "… " : " … ";
        else if (!snippet.text.empty()) snippet.text += ' ';
        append_passage(text, r, spans, snippet);
        previous_end = r.end;
    }
    if (text.substr(previous_end).find_first_not_of(" \t\r\n") != std::string_view::npos)
        snippet.text += " …";
    return snippet;
}

}  // namespace newsdex::search
