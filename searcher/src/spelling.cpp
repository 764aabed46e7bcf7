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

    // Common, and much more common than what was typed.
    bool common_enough(Xapian::doccount frequency) const {
        return frequency >= 2 && frequency >= 5 * own;
    }

    std::size_t common_prefix(std::string_view candidate) const {
        const auto [w, c] =
            std::mismatch(word.begin(), word.end(), candidate.begin(), candidate.end());
        return static_cast<std::size_t>(w - word.begin());
    }

    // `frequency()` gives the candidate's number of stories; it is asked
    // only of candidates near enough.
    template <typename Frequency>
    void consider(std::string_view candidate, Frequency&& frequency) {
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
        const Xapian::doccount candidate_frequency = frequency();
        if (!common_enough(candidate_frequency)) return;
        // Nearest, then most common, then keeping more of the word's start
        // as typed (slips come later in a word: missle is missiles rather
        // than messe, both two edits away and in two stories).
        const bool tie = distance == best_distance && candidate_frequency == best_frequency;
        if (distance < best_distance ||
            (distance == best_distance && candidate_frequency > best_frequency) ||
            (tie && common_prefix(candidate) > common_prefix(*best))) {
            best = std::string(candidate);
            best_distance = distance;
            best_frequency = candidate_frequency;
        }
    }
};

std::string first_letter(const std::string& word) {
    return word.substr(0, static_cast<unsigned char>(word[0]) < 0x80 ? 1 : 2);
}

// Calls each(word, frequency) with every word of the index that begins
// with `first`: from the word files when there are some (a word in
// several shards' files is offered once per file, its frequency then
// asked of the database, where the shards add up), else from the term
// list.
template <typename Each>
void for_each_word_from(const IndexWords& index, const std::string& first, Each&& each) {
    if (index.files.empty()) {
        for (auto term = index.db.allterms_begin(first); term != index.db.allterms_end(first);
             ++term)
            each(std::string_view(*term), [&] { return term.get_termfreq(); });
        return;
    }
    const bool one = index.files.size() == 1;
    for (const schema::MappedWordFile* file : index.files) {
        const auto [begin, end] = file->starting_with(first);
        for (std::size_t i = begin; i < end; ++i) {
            const std::string_view word = file->word(i);
            each(word, [&] {
                return one ? file->frequency(i) : index.db.get_termfreq(std::string(word));
            });
        }
    }
}

// The best spellings of the words among the index's words. Candidates
// share a word's first letter (most misspellings keep it, and it bounds
// the walk); the index's words are read once per first letter.
void find_better_spellings(const IndexWords& index, std::vector<Misspelling>& words) {
    std::set<std::string> letters;
    for (const Misspelling& w : words)
        letters.insert(first_letter(w.word));
    for (const std::string& first : letters) {
        std::vector<Misspelling*> group;
        for (Misspelling& w : words)
            if (first_letter(w.word) == first) group.push_back(&w);
        for_each_word_from(index, first, [&](std::string_view candidate, auto&& frequency) {
            for (Misspelling* w : group)
                w->consider(candidate, frequency);
        });
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

std::optional<std::string> suggest_spelling(const IndexWords& index,
                                            const analysis::Analyzer& analyzer,
                                            const std::string& query) {
    const Xapian::Database& db = index.db;
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
    find_better_spellings(index, words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].best) continue;
        // A word file is the database's neighbour, not the database: what
        // it offers is checked there (a damaged or planted file suggests
        // nothing the index does not hold so).
        if (!words[i].common_enough(db.get_termfreq(*words[i].best))) continue;
        corrected.replace(checked[i]->begin, checked[i]->end - checked[i]->begin, *words[i].best);
        changed = true;
    }
    if (!changed) return std::nullopt;
    return corrected;
}

}  // namespace newsdex::search
