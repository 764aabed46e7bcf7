#include "newsdex/search/snippet.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "newsdex/utf8.hpp"

namespace newsdex::search {

using analysis::Analyzer;
using analysis::Token;
using analysis::TokenList;

namespace {

struct Range {
    std::size_t begin, end;
};

struct Passage {
    Range range;
    double score;
};

// Sentence boundaries as byte offsets (ICU over the UTF-8 directly).
// Wire copy is hard-wrapped, and ICU ends a sentence at every line break:
// so single line breaks are read as spaces (same length, same offsets);
// blank lines still end sentences.
std::vector<Range> sentences(std::string_view original) {
    std::string unwrapped(original);
    for (std::size_t i = 0; i < unwrapped.size(); ++i) {
        const bool lone = unwrapped[i] == '\n' && (i == 0 || original[i - 1] != '\n') &&
                          (i + 1 == original.size() || original[i + 1] != '\n');
        if (lone) unwrapped[i] = ' ';
    }
    const std::string_view text(unwrapped);
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

bool token_matches(const Token& token, const MatchWord& word) {
    for (const std::string& term : word) {
        if (term == token.text) return true;
        // "khark*": a wildcard's words start so.
        if (term.size() > 1 && term.back() == '*' &&
            token.text.compare(0, term.size() - 1, term, 0, term.size() - 1) == 0)
            return true;
        for (const std::string& form : token.forms)
            if (term == form) return true;
        if (!token.stem.empty() && term.size() == token.stem.size() + 1 && term[0] == 'Z' &&
            term.compare(1, std::string::npos, token.stem) == 0)
            return true;
        for (const std::string& part : token.part_stems)
            if (term.size() == part.size() + 1 && term[0] == 'Z' &&
                term.compare(1, std::string::npos, part) == 0)
                return true;
    }
    return false;
}

// Which tokens belong to an occurrence of a word or phrase to mark.
std::vector<bool> matched_tokens(const TokenList& tokens, const MatchSequences& sequences) {
    std::vector<bool> matched(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        for (const auto& sequence : sequences) {
            if (sequence.empty() || i + sequence.size() > tokens.size()) continue;
            bool whole = true;
            for (std::size_t k = 0; k < sequence.size() && whole; ++k) {
                whole = token_matches(tokens[i + k], sequence[k]) &&
                        (k == 0 || tokens[i + k].position == tokens[i + k - 1].position + 1);
            }
            if (whole) std::fill_n(matched.begin() + i, sequence.size(), true);
        }
    }
    return matched;
}

// Matched tokens merged into spans: consecutive positions are one span.
std::vector<Range> matched_spans(const TokenList& tokens, const std::vector<bool>& matched) {
    std::vector<Range> spans;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!matched[i]) continue;
        const bool joins =
            i > 0 && matched[i - 1] && tokens[i].position == tokens[i - 1].position + 1;
        if (joins) {
            spans.back().end = tokens[i].end;
        } else {
            spans.push_back({tokens[i].begin, tokens[i].end});
        }
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
                                     const std::vector<bool>& matched) {
    std::vector<Passage> passages;
    std::size_t i = 0;
    for (const Range& s : sentences(text)) {
        std::set<std::string_view> distinct;
        std::size_t hits = 0;
        for (; i < tokens.size() && tokens[i].begin < s.end; ++i) {
            if (matched[i]) {
                distinct.insert(tokens[i].text);
                ++hits;
            }
        }
        // Distinct query words matter more than repeats of one word.
        const double score = distinct.size() * 10.0 + static_cast<double>(hits);
        passages.push_back({s, score});
    }
    return passages;
}

Range trim_space(std::string_view text, Range range) {
    auto space = [&](std::size_t i) { return std::isspace(static_cast<unsigned char>(text[i])); };
    while (range.begin < range.end && space(range.begin))
        ++range.begin;
    while (range.end > range.begin && space(range.end - 1))
        --range.end;
    return range;
}

// Copies text[range] folding runs of white space into one space, and
// translates the spans inside the range to offsets in the output.
void append_passage(std::string_view text, Range range, const std::vector<Range>& spans,
                    Snippet& out) {
    auto span = std::find_if(spans.begin(), spans.end(),
                             [&](const Range& s) { return s.end > range.begin; });
    bool in_space = false;
    for (std::size_t i = range.begin; i < range.end; ++i) {
        if (span != spans.end() && i == span->begin) out.highlights.push_back({out.text.size(), 0});
        const char c = text[i];
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space)
            out.text += c;
        else if (!in_space)
            out.text += ' ';
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
                     const std::set<std::string>& words, const SnippetOptions& options) {
    MatchSequences sequences;
    for (const std::string& word : words)
        sequences.push_back({MatchWord{word}});
    return make_snippet(text, analyzer, sequences, options);
}

Snippet make_snippet(std::string_view text, const Analyzer& analyzer,
                     const MatchSequences& sequences, const SnippetOptions& options) {
    const TokenList tokens = analyzer.analyze(text);
    const std::vector<bool> matched = matched_tokens(tokens, sequences);
    const std::vector<Range> spans = matched_spans(tokens, matched);
    std::vector<Passage> passages = score_sentences(text, tokens, matched);
    // Without any match the lead of the article is the best summary: the
    // stable sort keeps the sentences in text order then.
    std::stable_sort(passages.begin(), passages.end(),
                     [](const Passage& a, const Passage& b) { return a.score > b.score; });

    // Best passages first until the budget is spent.
    std::vector<Range> chosen;
    std::size_t budget = options.max_bytes;
    const bool any_match = !spans.empty();
    for (const Passage& p : passages) {
        if (budget < 40 || (any_match && chosen.size() == options.max_passages)) break;
        if (p.score == 0 && any_match) break;
        const Range r = trim_space(text, fit(p.range, budget, tokens, spans));
        if (r.begin >= r.end) continue;
        chosen.push_back(r);
        budget -= std::min(budget, r.end - r.begin);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Range& a, const Range& b) { return a.begin < b.begin; });

    Snippet snippet;
    std::size_t previous_end = 0;
    for (const Range& r : chosen) {
        const bool gap =
            r.begin > previous_end &&
            text.substr(previous_end, r.begin - previous_end).find_first_not_of(" \t\r\n") !=
                std::string_view::npos;
        if (gap)
            snippet.text += snippet.text.empty() ? "… " : " … ";
        else if (!snippet.text.empty())
            snippet.text += ' ';
        append_passage(text, r, spans, snippet);
        previous_end = r.end;
    }
    if (text.substr(previous_end).find_first_not_of(" \t\r\n") != std::string_view::npos)
        snippet.text += " …";
    return snippet;
}

namespace {

bool ascii_equal_folded(char a, char folded) {
    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == folded;
}

// Where a folded word is first written: ASCII case ignored, other scripts
// byte for byte (a lower-case Cyrillic or CJK word is found as written).
std::size_t first_written(std::string_view text, const std::set<std::string>& words) {
    std::size_t first = std::string_view::npos;
    for (const std::string& word : words) {
        if (word.empty()) continue;
        const auto at =
            std::search(text.begin(), text.end(), word.begin(), word.end(), ascii_equal_folded);
        if (at != text.end()) first = std::min<std::size_t>(first, at - text.begin());
    }
    return first;
}

}  // namespace

Snippet make_snippet_in_window(std::string_view text, const Analyzer& analyzer,
                               const MatchSequences& sequences, const std::set<std::string>& words,
                               const SnippetOptions& options) {
    if (text.size() <= kSnippetWindowBytes) return make_snippet(text, analyzer, sequences, options);
    std::size_t begin = first_written(text, words);
    begin = begin == std::string_view::npos || begin < kSnippetWindowBytes / 2
                ? 0
                : utf8::floor_boundary(text, begin - kSnippetWindowBytes / 2);
    const std::size_t end =
        utf8::floor_boundary(text, std::min(text.size(), begin + kSnippetWindowBytes));
    Snippet snippet = make_snippet(text.substr(begin, end - begin), analyzer, sequences, options);
    constexpr std::string_view kEllipsis = "\u2026 ";
    if (begin > 0 && snippet.text.rfind("\u2026", 0) != 0) {
        snippet.text.insert(0, kEllipsis);
        for (Highlight& h : snippet.highlights) {
            h.begin += kEllipsis.size();
            h.end += kEllipsis.size();
        }
    }
    return snippet;
}

}  // namespace newsdex::search
