#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Organisations in Chinese and Japanese text, where a body's name is the
// words right before a word for a body, written without spaces:
// "中国农业大学", "杭州亚运会组委会", "北陸電力", "农业农村部".
namespace newsdex::entities::rules {

namespace {

constexpr std::size_t kMostWords = 6;  // before the word for a body

bool joined(const Context& c, std::size_t a, std::size_t b) {
    return c.tokens[a].end == c.tokens[b].begin && entity_words::han_or_kana(c.tokens[a]);
}

// A word of the name before the body's word: joined to the next without a
// gap, no hiragana (particles, endings), no function word ("据", "和"),
// determiner or time ("一家", "今年"); a place counts.
bool name_part(const Context& c, std::size_t k) {
    static const cues::WordSet& stops = cues::set("han-name-stops");
    static const cues::WordSet& function_chars = cues::set("han-function-chars");
    const Token& t = c.tokens[k];
    if (!joined(c, k, k + 1) || entity_words::hiragana_at(t.text, 0) || c.is(k, stops) ||
        c.is(k, function_chars))
        return false;
    return !c.used[k] || c.place[k];
}

// The word for a body ending at word k, written in one to three of the
// analyser's words ("委员" "会", "组" "委" "会").
enum class After { kAnything, kAPlace, kNoPlace };

struct BodyWord {
    std::size_t first;  // k + 1 for none
    After after;        // what the name must start with
};

BodyWord body_word(const Context& c, std::size_t k) {
    static const cues::WordSet& endings = cues::set("han-body-endings");
    static const cues::WordSet& after_a_place = cues::set("han-body-endings-after-a-place");
    static const cues::WordSet& japanese = cues::set("japanese-body-endings");
    std::string word = c.tokens[k].text;
    for (std::size_t first = k;; --first) {
        if (endings.count(word)) return {first, After::kAnything};
        if (after_a_place.count(word)) return {first, After::kAPlace};
        if (c.language == "ja" && japanese.count(word)) return {first, After::kNoPlace};
        if (first == 0 || k - first == 2 || !joined(c, first - 1, first) || c.used[first - 1])
            return {k + 1, After::kAnything};
        word.insert(0, c.tokens[first - 1].text);
    }
}

// A word in katakana that ends in a Japanese body's word, which the
// analyser does not split off: "ソニーグループ", "ニデックホールディングス".
bool japanese_company(const Context& c, std::size_t k) {
    static const cues::WordSet& japanese = cues::set("japanese-body-endings");
    if (c.language != "ja") return false;
    const std::string& word = c.tokens[k].text;
    for (const std::string& ending : japanese)
        if (word.size() >= ending.size() + 6 && ends_with(word, ending) &&
            static_cast<unsigned char>(ending[0]) == 0xE3)  // kana: グループ, not 省
            return true;
    return false;
}

}  // namespace

void organizations_in_han(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    for (std::size_t k = 1; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::han_or_kana(c.tokens[k])) continue;
        const auto [body, after] = body_word(c, k);
        if (body > k) {
            if (japanese_company(c, k)) c.claim(k, k, EntityType::kOrganization);
            continue;
        }
        std::size_t first = body;
        while (first > 0 && body - first < kMostWords && name_part(c, first - 1))
            --first;
        if (first == body || (after == After::kAPlace && !c.place[first]) ||
            (after == After::kNoPlace && c.place[first]))
            continue;
        c.claim(first, k, EntityType::kOrganization);
    }
}

}  // namespace newsdex::entities::rules
