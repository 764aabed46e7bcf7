#include "newsdex/search/spelling.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

namespace newsdex::search {

namespace {

// Only words that are letters of one script are checked: numbers, names
// with digits and CJK are not spelt wrong this way.
bool checkable(const std::string& word) {
    if (word.size() < 4 || word.size() > 40) return false;
    for (unsigned char c : word)
        if (c < 0x80 && !(c >= 'a' && c <= 'z')) return false;
    return true;
}

// Which bytes a word has, folded into 64 bits (a-z have a bit each).
std::uint64_t letter_set(std::string_view word) {
    std::uint64_t set = 0;
    for (const unsigned char c : word)
        set |= std::uint64_t{1} << (c % 64);
    return set;
}

// A word to correct, and the best spelling found for it so far.
struct Misspelling {
    std::string word;
    Xapian::doccount own = 0;  // its own frequency
    std::size_t limit = 0;     // edits allowed
    std::uint64_t letters = 0;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    Xapian::doccount best_frequency = 0;

    Misspelling(const Xapian::Database& db, std::string w)
        : word(std::move(w)),
          own(db.get_termfreq(word)),
          limit(word.size() <= 5 ? 1 : 2),
          letters(letter_set(word)),
          best_distance(limit + 1) {}

    void consider(const std::string& candidate, const Xapian::TermIterator& term) {
        if (candidate.size() + limit < word.size() || candidate.size() > word.size() + limit ||
            candidate == word)
            return;
        // Each edit adds or removes at most one letter of each word's set
        // of letters: words whose sets differ by more cannot be near.
        if (static_cast<std::size_t>(__builtin_popcountll(letters ^ letter_set(candidate))) >
            2 * limit)
            return;
        const std::size_t distance = edit_distance(word, candidate, limit);
        if (distance > limit) return;
        const Xapian::doccount frequency = term.get_termfreq();
        // Common, and much more common than what was typed.
        if (frequency < 2 || frequency < 5 * own) return;
        if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
            best = candidate;
            best_distance = distance;
            best_frequency = frequency;
        }
    }
};

std::string first_letter(const std::string& word) {
    return word.substr(0, static_cast<unsigned char>(word[0]) < 0x80 ? 1 : 2);
}

// The best spellings of the words among the index's words. Candidates
// share a word's first letter (most misspellings keep it, and it bounds
// the scan); the index's words are read once per first letter.
void find_better_spellings(const Xapian::Database& db, std::vector<Misspelling>& words) {
    std::set<std::string> letters;
    for (const Misspelling& w : words)
        letters.insert(first_letter(w.word));
    for (const std::string& first : letters) {
        std::vector<Misspelling*> group;
        for (Misspelling& w : words)
            if (first_letter(w.word) == first) group.push_back(&w);
        for (auto term = db.allterms_begin(first); term != db.allterms_end(first); ++term) {
            const std::string candidate = *term;
            for (Misspelling* w : group)
                w->consider(candidate, term);
        }
    }
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    // Three rows of the table (a transposition looks two rows back), kept
    // between calls: a suggestion compares a word with thousands of terms.
    thread_local std::vector<std::size_t> rows;
    rows.assign(3 * (m + 1), 0);
    auto row = [&](std::size_t i) { return rows.data() + (i % 3) * (m + 1); };
    for (std::size_t j = 0; j <= m; ++j)
        row(0)[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t* d = row(i);
        const std::size_t* up = row(i - 1);
        const std::size_t* up2 = row(i - 2 + 3);  // row i - 2 (unused when i == 1)
        d[0] = i;
        std::size_t row_min = d[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[j] = std::min({up[j] + 1, d[j - 1] + 1, up[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[j] = std::min(d[j], up2[j - 2] + 1);
            row_min = std::min(row_min, d[j]);
        }
        if (row_min > limit) return limit + 1;
    }
    return row(n)[m];
}

std::optional<std::string> suggest_spelling(const Xapian::Database& db,
                                            const analysis::Analyzer& analyzer,
                                            const std::string& query) {
    std::string corrected = query;
    bool changed = false;
    // The words to correct, right to left, so earlier offsets stay valid
    // as words are replaced.
    const analysis::TokenList tokens = analyzer.analyze(query);
    std::vector<const analysis::Token*> checked;
    std::vector<Misspelling> words;
    for (auto token = tokens.rbegin(); token != tokens.rend(); ++token) {
        if (!checkable(token->text) || db.get_termfreq(token->text) >= 3) continue;
        // Field names, operators and wildcards are not words to correct.
        const std::string_view written(query.data() + token->begin, token->end - token->begin);
        if (token->end < query.size() && (query[token->end] == ':' || query[token->end] == '*'))
            continue;
        if (written == "AND" || written == "OR" || written == "NOT" || written == "NEAR" ||
            written == "ADJ")
            continue;
        checked.push_back(&*token);
        words.emplace_back(db, token->text);
    }
    find_better_spellings(db, words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].best) continue;
        corrected.replace(checked[i]->begin, checked[i]->end - checked[i]->begin, *words[i].best);
        changed = true;
    }
    if (!changed) return std::nullopt;
    return corrected;
}

}  // namespace newsdex::search
