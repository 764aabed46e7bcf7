#include "newsdex/search/snippet.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <unordered_map>

#include "newsdex/search/sentences.hpp"
#include "newsdex/utf8.hpp"

namespace newsdex::search {

using analysis::Analyzer;
using analysis::CutList;
using analysis::Token;
using analysis::TokenList;

// The query's words as lookups, so that a token costs a few hash lookups
// rather than a comparison with every term of every word: which words a
// term (the token's text or a form) or a stem stands for, and the
// wildcards' prefixes ("khark*": a wildcard's words start so).
class WordLookup {
  public:
    explicit WordLookup(const MatchSequences& sequences) {
        for (const auto& sequence : sequences) {
            std::vector<std::size_t>& ids = sequences_.emplace_back();
            for (const MatchWord& word : sequence)
                ids.push_back(id_of(word));
        }
    }

    std::size_t words() const { return words_.size(); }

    // The tokens worth analysing: those whose first letter starts a term,
    // a stem or a wildcard's prefix (all of them where stems may change a
    // word's start).
    analysis::TokenGate gate(const OnDemandStems& on_demand) const {
        analysis::TokenGate gate;
        // Stems from the analyzer (which, unknown) or ones that may start
        // otherwise than their words: every word may match.
        if (!on_demand.stems || (!stems_.empty() && !on_demand.keeps_first_byte)) gate.allow_all();
        for (const auto* map : {&terms_, &stems_})
            for (const auto& [term, ids] : *map)
                if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z'))  // not a prefix
                    gate.allow_first_byte(term[0]);
        for (const auto& [prefix, id] : prefixes_)
            prefix.empty() ? gate.allow_all() : gate.allow_first_byte(prefix[0]);
        return gate;
    }
    const std::vector<std::vector<std::size_t>>& sequences() const { return sequences_; }

    // Sets the bits of the words the token stands for.
    void mark(const Token& token, const OnDemandStems& on_demand, std::uint64_t* bits) const {
        auto set = [&](const std::unordered_map<std::string_view, std::vector<std::size_t>>& map,
                       std::string_view key) {
            if (auto found = map.find(key); found != map.end())
                for (std::size_t id : found->second)
                    bits[id / 64] |= std::uint64_t{1} << (id % 64);
        };
        set(terms_, token.text);
        for (const std::string& form : token.forms)
            set(terms_, form);
        if (!token.stem.empty()) set(stems_, token.stem);
        if (token.stem.empty() && on_demand.stems && may_stem_to_query(token, on_demand))
            set(stems_, on_demand.stems->stem(token.text));
        for (const std::string& part : token.part_stems)
            set(stems_, part);
        for (const auto& [prefix, id] : prefixes_)
            if (token.text.compare(0, prefix.size(), prefix) == 0)
                bits[id / 64] |= std::uint64_t{1} << (id % 64);
    }

  private:
    bool may_stem_to_query(const Token& token, const OnDemandStems& on_demand) const {
        if (stems_.empty() || token.text.empty()) return false;
        return !on_demand.keeps_first_byte ||
               stem_first_bytes_[static_cast<unsigned char>(token.text[0])];
    }

    std::size_t id_of(const MatchWord& word) {
        for (std::size_t id = 0; id < words_.size(); ++id)
            if (*words_[id] == word) return id;
        const std::size_t id = words_.size();
        words_.push_back(&word);
        for (const std::string& term : word) {
            terms_[term].push_back(id);
            if (term.size() > 1 && term.back() == '*')
                prefixes_.emplace_back(std::string_view(term).substr(0, term.size() - 1), id);
            if (term.size() > 1 && term[0] == 'Z') {
                stems_[std::string_view(term).substr(1)].push_back(id);
                stem_first_bytes_[static_cast<unsigned char>(term[1])] = true;
            }
        }
        return id;
    }

    std::vector<const MatchWord*> words_;  // distinct, by id
    std::vector<std::vector<std::size_t>> sequences_;
    std::unordered_map<std::string_view, std::vector<std::size_t>> terms_, stems_;
    std::vector<std::pair<std::string_view, std::size_t>> prefixes_;
    std::array<bool, 256> stem_first_bytes_{};
};

namespace {

struct Range {
    std::size_t begin, end;
};

struct Passage {
    Range range;
    double score;
};

// The sentences of a text in order (see sentences.hpp). Wire copy is
// hard-wrapped, and a sentence ends at every line break: so single line
// breaks are read as spaces (same length, same offsets); blank lines still
// end sentences.
class Sentences {
  public:
    explicit Sentences(std::string_view original)
        : unwrapped_(unwrap(original)), walk_(unwrapped_) {}

    // The first sentence, then each next; an empty range after the last.
    Range first() { return next({0, 0}); }
    Range next(Range previous) {
        if (previous.end >= unwrapped_.size() && previous.end > 0)
            return {unwrapped_.size(), unwrapped_.size()};
        return {previous.end, walk_.next()};
    }

  private:
    static std::string unwrap(std::string_view original) {
        std::string text(original);
        for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) {
            const bool lone = (i == 0 || original[i - 1] != '\n') &&
                              (i + 1 == original.size() || original[i + 1] != '\n');
            if (lone) text[i] = ' ';
        }
        return text;
    }

    std::string unwrapped_;
    SentenceWalk walk_;
};

// A text's words: every word's place (cuts) and the analysis of those the
// gate let through (tokens, Cut::token).
struct Words {
    const CutList& cuts;
    const TokenList& tokens;
    // The analysis of word i, or null (the gate refused it).
    const Token* token(std::size_t i) const {
        return cuts[i].token < 0 ? nullptr : &tokens[static_cast<std::size_t>(cuts[i].token)];
    }
};

// Which words belong to an occurrence of a word or phrase to mark. Only
// analysed words can (the gate refused the others), so the words each
// stands for are kept per analysed word.
std::vector<char> matched_tokens(const Words& words, const WordLookup& lookup,
                                 const analysis::TokenGate& gate, const OnDemandStems& on_demand) {
    const CutList& cuts = words.cuts;
    const TokenList& analysed = words.tokens;
    const std::size_t blocks = (lookup.words() + 63) / 64;
    std::vector<char> matched(cuts.size(), 0);
    if (blocks == 0) return matched;  // nothing to mark
    std::vector<std::uint64_t> bits(analysed.size() * blocks, 0);
    for (std::size_t t = 0; t < analysed.size(); ++t)
        if (gate.allows(analysed[t].text))
            lookup.mark(analysed[t], on_demand, bits.data() + t * blocks);
    auto is = [&](std::size_t cut, std::size_t word) {
        const std::int32_t t = cuts[cut].token;
        return t >= 0 &&
               (bits[static_cast<std::size_t>(t) * blocks + word / 64] >> (word % 64)) & 1;
    };
    // Single words (most of a query) as one mask; phrases word by word.
    std::vector<std::uint64_t> single(blocks, 0);
    std::vector<const std::vector<std::size_t>*> phrases;
    for (const auto& sequence : lookup.sequences()) {
        if (sequence.size() == 1)
            single[sequence[0] / 64] |= std::uint64_t{1} << (sequence[0] % 64);
        if (sequence.size() > 1) phrases.push_back(&sequence);
    }
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        if (cuts[i].token < 0) continue;
        const std::uint64_t* own = bits.data() + static_cast<std::size_t>(cuts[i].token) * blocks;
        for (std::size_t b = 0; b < blocks && !matched[i]; ++b)
            matched[i] = (own[b] & single[b]) != 0;
    }
    for (const auto* phrase : phrases) {
        for (std::size_t i = 0; i + phrase->size() <= cuts.size(); ++i) {
            bool whole = true;
            for (std::size_t k = 0; k < phrase->size() && whole; ++k) {
                whole = is(i + k, (*phrase)[k]) &&
                        (k == 0 || cuts[i + k].position == cuts[i + k - 1].position + 1);
            }
            if (whole) std::fill_n(matched.begin() + i, phrase->size(), 1);
        }
    }
    return matched;
}

// Matched tokens merged into spans: consecutive positions are one span.
std::vector<Range> matched_spans(const CutList& tokens, const std::vector<char>& matched) {
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
Range fit(Range range, std::size_t budget, const CutList& tokens, const std::vector<Range>& spans) {
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
    // The words wholly inside [begin, end): the cuts are in text order, so
    // a run from the first that starts there.
    Range out{range.end, range.begin};
    auto t = std::lower_bound(tokens.begin(), tokens.end(), begin,
                              [](const analysis::Cut& c, std::size_t at) { return c.begin < at; });
    for (; t != tokens.end() && t->end <= end; ++t) {
        out.begin = std::min<std::size_t>(out.begin, t->begin);
        out.end = std::max<std::size_t>(out.end, t->end);
    }
    if (out.begin >= out.end) return {begin, begin};
    return out;
}

// The sentences that hold a match, in text order, each scored; the walk
// stops after the last match.
std::vector<Passage> scored_sentences(Sentences& sentences, const Words& words,
                                      const std::vector<char>& matched) {
    const CutList& tokens = words.cuts;
    std::vector<Passage> passages;
    std::size_t i = std::find(matched.begin(), matched.end(), 1) - matched.begin();
    for (Range s = sentences.first(); i < tokens.size() && s.begin < s.end; s = sentences.next(s)) {
        std::set<std::string_view> distinct;
        std::size_t hits = 0;
        for (; i < tokens.size() && tokens[i].begin < s.end; ++i) {
            if (matched[i]) {  // so analysed (see matched_tokens)
                distinct.insert(words.token(i)->text);
                ++hits;
            }
        }
        // Distinct query words matter more than repeats of one word.
        if (hits > 0) passages.push_back({s, distinct.size() * 10.0 + static_cast<double>(hits)});
    }
    return passages;
}

// White space as the C locale's isspace has it, without a call per byte.
bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

Range trim_space(std::string_view text, Range range) {
    auto space = [&](std::size_t i) { return is_space(text[i]); };
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
        const bool space = is_space(c);
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

SnippetMaker::SnippetMaker(const MatchSequences& sequences, const std::set<std::string>& words)
    : lookup_(std::make_unique<const WordLookup>(sequences)), words_(words) {}

SnippetMaker::~SnippetMaker() = default;

Snippet make_snippet(std::string_view text, const Analyzer& analyzer,
                     const MatchSequences& sequences, const SnippetOptions& options,
                     const OnDemandStems& stems) {
    const std::set<std::string> no_words;
    return SnippetMaker(sequences, no_words).make(text, analyzer, options, stems);
}

Snippet SnippetMaker::make(std::string_view text, const Analyzer& analyzer,
                           const SnippetOptions& options, const OnDemandStems& stems) const {
    // Lists kept per thread for every snippet: their memory is touched
    // once, not per hit. Only the words that may meet a query word are
    // analysed; the others keep their places (a cut is 16 bytes, a token
    // 128).
    thread_local CutList cuts;
    thread_local TokenList analysed;
    const WordLookup& lookup = *lookup_;
    const analysis::TokenGate gate = lookup.gate(stems);
    analyzer.analyze(text, gate, cuts, analysed);
    const Words words{cuts, analysed};
    const CutList& tokens = cuts;
    const std::vector<char> matched = matched_tokens(words, lookup, gate, stems);
    const std::vector<Range> spans = matched_spans(tokens, matched);
    Sentences sentences(text);
    std::vector<Range> chosen;
    std::size_t budget = options.max_bytes;
    auto choose = [&](Range sentence) {
        const Range r = trim_space(text, fit(sentence, budget, tokens, spans));
        if (r.begin >= r.end) return;
        chosen.push_back(r);
        budget -= std::min(budget, r.end - r.begin);
    };
    if (spans.empty()) {
        // Without any match the lead of the article is the best summary.
        for (Range r = sentences.first(); budget >= 40 && r.begin < r.end; r = sentences.next(r))
            choose(r);
    } else {
        // Best passages first (ties in text order) until the budget is spent.
        std::vector<Passage> passages = scored_sentences(sentences, words, matched);
        std::stable_sort(passages.begin(), passages.end(),
                         [](const Passage& a, const Passage& b) { return a.score > b.score; });
        for (const Passage& p : passages) {
            if (budget < 40 || chosen.size() == options.max_passages) break;
            choose(p.range);
        }
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

Snippet SnippetMaker::make_in_window(std::string_view text, const Analyzer& analyzer,
                                     const SnippetOptions& options,
                                     const OnDemandStems& stems) const {
    if (text.size() <= kSnippetWindowBytes) return make(text, analyzer, options, stems);
    std::size_t begin = first_written(text, words_);
    begin = begin == std::string_view::npos || begin < kSnippetWindowBytes / 2
                ? 0
                : utf8::floor_boundary(text, begin - kSnippetWindowBytes / 2);
    const std::size_t end =
        utf8::floor_boundary(text, std::min(text.size(), begin + kSnippetWindowBytes));
    Snippet snippet = make(text.substr(begin, end - begin), analyzer, options, stems);
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
