#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Organisations in Chinese and Japanese text, where a body's name is the
// words right before a word for a body, written without spaces:
// "中国农业大学", "杭州亚运会组委会", "北陸電力", "农业农村部".
namespace newsdex::entities::rules {

namespace {

constexpr std::size_t kMostWords = 6;       // before the word for a body
constexpr std::size_t kMostNameBytes = 30;  // ten characters (UTF-8)

// Hiragana anywhere in the word ("務める", "考える"): a verb or a
// particle, no part of a name.
bool any_hiragana(const std::string& word) {
    // hiragana_at tests a character's lead byte: no continuation byte is one.
    for (std::size_t i = 0; i < word.size(); ++i)
        if (entity_words::hiragana_at(word, i)) return true;
    return false;
}

bool joined(const Context& c, std::size_t a, std::size_t b) {
    return c.tokens[a].end == c.tokens[b].begin && entity_words::han_or_kana(c.tokens[a]);
}

// A word of two characters or more that ends in a preposition the
// dictionary glued onto it ("事由" in "赛事由", "曾在").
bool ends_in_preposition(const Context& c, std::size_t k) {
    static const cues::WordSet& prepositions = cues::set("han-final-prepositions");
    static const cues::WordSet& names = cues::set("han-names-ending-like-prepositions");
    const std::string& word = c.tokens[k].text;
    return word.size() >= 6 && prepositions.count(word.substr(word.size() - 3)) && !c.is(k, names);
}

// A word of the name before the body's word: joined to the next without a
// gap, no hiragana (particles, endings), no function word ("据", "和"),
// determiner or time ("一家", "今年"); a place counts.
bool name_part(const Context& c, std::size_t k) {
    static const cues::WordSet& stops = cues::set("han-name-stops");
    static const cues::WordSet& function_chars = cues::set("han-function-chars");
    static const cues::WordSet& legal_forms = cues::set("japanese-legal-forms");
    const Token& t = c.tokens[k];
    if (!joined(c, k, k + 1) || any_hiragana(t.text) || c.is(k, stops) || c.is(k, function_chars) ||
        c.is(k, legal_forms) || ends_in_preposition(c, k))
        return false;
    return !c.used[k] || c.place[k];
}

// Word k is a word that opens no name ("中央", central) inside a public
// body's name, after a word for a public body's owner: "岩手県立中央病院"
// (県立, 市立, 国立: founded by the prefecture, the city, the state).
bool public_body_inside(const Context& c, std::size_t k) {
    static const cues::WordSet& stops = cues::set("han-name-stops");
    return k > 0 && c.is(k, stops) && !c.used[k] && joined(c, k, k + 1) && joined(c, k - 1, k) &&
           c.tokens[k - 1].text.size() == 6 &&
           ends_with(c.tokens[k - 1].text, "\xE7\xAB\x8B");  // 立
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
    // The analyser may write the body's word with the words before it
    // ("中级人民法院"): a word that ends in one of two characters or more.
    for (const auto& [list, after] :
         {std::pair{&endings, After::kAnything}, std::pair{&after_a_place, After::kAPlace}})
        for (const std::string& ending : *list)
            if (entity_words::length(ending) >= 2 && word.size() > ending.size() &&
                ends_with(word, ending))
                return {k, after};
    // The longest: "保安" "部" is 保安部 (a coast guard office), not 部
    // after a place.
    BodyWord longest{k + 1, After::kAnything};
    for (std::size_t first = k;; --first) {
        if (endings.count(word))
            longest = {first, After::kAnything};
        else if (after_a_place.count(word))
            longest = {first, After::kAPlace};
        else if (c.language == "ja" && japanese.count(word))
            longest = {first, After::kNoPlace};
        if (first == 0 || k - first == 2 || !joined(c, first - 1, first) || c.used[first - 1])
            return longest;
        word.insert(0, c.tokens[first - 1].text);
    }
}

constexpr std::string_view kState = "\xE5\x9B\xBD\xE5\xAE\xB6";  // 国家

// A government office whose remit is "X and Y", named from its place or
// from 国家 (state): "四川省文化和旅游厅", "国家林业和草原局". The name
// [first, body) ran back to 和; the start before it, or `first`.
std::size_t over_and_in_an_office(const Context& c, std::size_t first, std::size_t body) {
    if (first < 3 || c.tokens[first - 1].text != "\xE5\x92\x8C" || !joined(c, first - 1, first) ||
        c.tokens[body].begin - c.tokens[first].begin < 6 ||  // 和; two characters after it
        body_word(c, first - 2).first <= first - 2)  // two bodies: "国家体育总局和山东省..."
        return first;
    for (std::size_t j = first; j < body; ++j)
        if (c.place[j]) return first;  // a remit is no place
    std::size_t start = first - 1;
    while (start > 0 && first - start <= 3 && name_part(c, start - 1) && !c.place[start - 1] &&
           c.tokens[start - 1].text != kState)
        --start;
    if (start == 0 || start == first - 1 || c.tokens[first - 1].begin - c.tokens[start].begin < 6)
        return first;
    if (!joined(c, start - 1, start)) return first;
    if (c.tokens[start - 1].text == kState) return start - 1;
    if (!c.place[start - 1]) return first;
    --start;  // the whole place: "广东" "省"
    while (start > 0 && c.place[start - 1] && joined(c, start - 1, start))
        --start;
    return start;
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

bool small_kana(std::string_view ch) {
    static constexpr std::string_view kSmall[] = {"ァ", "ィ", "ゥ", "ェ", "ォ",
                                                  "ャ", "ュ", "ョ", "ッ", "ー"};
    for (std::string_view s : kSmall)
        if (ch == s) return true;
    return false;
}

// Words a and b are joined, or only a katakana middle dot is between them
// ("ヴァイス・アントリープ").
bool joined_in_name(const Context& c, std::size_t a, std::size_t b) {
    return joined(c, a, b) ||
           (entity_words::han_or_kana(c.tokens[a]) && separated_by(c, a, b, "\xE3\x83\xBB"));
}

// The words of a name that runs on from word k (step +1) or back from it
// (step -1), joined without gaps, at most kMostWords: the last (or first)
// word of the name, or k - step for none.
std::size_t company_name_run(const Context& c, std::size_t k, int step) {
    static const cues::WordSet& stops = cues::set("han-name-stops");
    static const cues::WordSet& function_chars = cues::set("han-function-chars");
    static const cues::WordSet& titles = cues::set("japanese-titles");
    static const cues::WordSet& name_stops = cues::set("japanese-company-name-stops");
    std::size_t end = k - step;
    for (std::size_t j = k; j < c.tokens.size() && (j - k) * step < kMostWords; j += step) {
        const Token& t = c.tokens[j];
        if (c.used[j] || !entity_words::han_or_kana(t) || any_hiragana(t.text) || c.is(j, stops) ||
            c.is(j, function_chars) || c.is(j, titles) || c.is(j, name_stops))
            break;
        if (j != k && !(step > 0 ? joined_in_name(c, j - 1, j) : joined_in_name(c, j, j + 1)))
            break;
        end = j;
        if (j == 0) break;
    }
    if (end == k - step) return end;
    const std::size_t first = step > 0 ? k : end;
    // A word the analyser cut inside a name ("ィ技術研究所"), or a name whose
    // first part is in Latin letters ("Google ジャパン"): none read whole.
    const std::size_t last = step > 0 ? end : k;
    if (first == last && entity_words::length(c.tokens[first].text) < 2) return k - step;
    const bool cut = c.tokens[first].text.size() >= 3 &&
                     small_kana(std::string_view(c.tokens[first].text).substr(0, 3));
    const bool latin_before = first > 0 && !entity_words::han_or_kana(c.tokens[first - 1]) &&
                              c.tokens[first].begin - c.tokens[first - 1].end <= 1;
    return cut || latin_before ? k - step : end;
}

}  // namespace

// Japanese companies by their legal form (株式会社ミナト, ミナト株式会社)
// or by a head office in parentheses after the name
// ("ヴァイス・アントリープ（本社シュツットガルト）").
namespace {

// Word k opens a quotation (「 right before it) that closes within twenty
// characters, with nothing but the name inside: the name's last word, or
// k for none.
std::size_t quoted_to(const Context& c, std::size_t k) {
    static constexpr std::string_view kOpen = "\xE3\x80\x8C", kClose = "\xE3\x80\x8D";  // 「 」
    const std::size_t begin = c.tokens[k].begin;
    if (begin < kOpen.size() || c.text.substr(begin - kOpen.size(), kOpen.size()) != kOpen)
        return k;
    // A name has kanji or katakana in it ("みちのく運輸"; not
    // 「株式会社にすべきだ」, a sentence).
    bool name = false;
    for (std::size_t j = k + 1; j < c.tokens.size() && c.tokens[j].end - begin <= 60; ++j) {
        if (c.used[j] || c.tokens[j].begin != c.tokens[j - 1].end) return k;
        name = name || kanji_word(c.tokens[j].text, 1) ||
               entity_words::katakana_at(c.tokens[j].text, 0);
        if (c.text.substr(c.tokens[j].end, kClose.size()) == kClose) return name ? j : k;
    }
    return k;
}

}  // namespace

void japanese_companies_by_form(Context& c) {
    if (c.language != "ja") return;
    static const cues::WordSet& forms = cues::set("japanese-legal-forms");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (c.used[k]) continue;
        if (c.is(k, forms)) {
            // In quotes the whole quoted name, whatever its script:
            // 「株式会社みちのく運輸サービス」.
            if (const std::size_t close = quoted_to(c, k); close > k) {
                c.claim(k, close, EntityType::kOrganization,
                        std::string(
                            c.text.substr(tokens[k].begin, tokens[close].end - tokens[k].begin)));
                k = close;
                continue;
            }
            // The name after the form, joined; else the name before it.
            const std::size_t last =
                k + 1 < tokens.size() && joined(c, k, k + 1) ? company_name_run(c, k + 1, +1) : k;
            const std::size_t first =
                k > 0 && joined(c, k - 1, k) ? company_name_run(c, k - 1, -1) : k;
            if (last != k)
                c.claim(k, last, EntityType::kOrganization);
            else if (first != k)
                c.claim(first, k, EntityType::kOrganization);
            continue;
        }
        static constexpr std::string_view kHeadOffice =
            "\xEF\xBC\x88\xE6\x9C\xAC\xE7\xA4\xBE";  // （本社
        if (k + 1 < tokens.size() &&
            c.text.substr(tokens[k].end, kHeadOffice.size()) == kHeadOffice &&
            entity_words::han_or_kana(tokens[k])) {
            const std::size_t first = company_name_run(c, k, -1);
            if (first <= k) c.claim(first, k, EntityType::kOrganization);
        }
    }
}

void organizations_in_han(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    for (std::size_t k = 1; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::han_or_kana(c.tokens[k])) continue;
        const auto [body, after] = body_word(c, k);
        // A longer body's word follows: 正興電機製作所, not 正興電機.
        if (body <= k && k + 1 < c.tokens.size() && joined(c, k, k + 1) &&
            body_word(c, k + 1).first <= k + 1)
            continue;
        if (body > k) {
            if (japanese_company(c, k)) c.claim(k, k, EntityType::kOrganization);
            continue;
        }
        std::size_t first = body;
        // Six words, or more single characters: the analyser reads an
        // unknown name so ("楚" "天" "跨" "境" "电" "商" after "湖北").
        while (first > 0 &&
               (body - first < kMostWords ||
                c.tokens[body].begin - c.tokens[first - 1].begin <= kMostNameBytes) &&
               (name_part(c, first - 1) || public_body_inside(c, first - 1)))
            --first;
        first = over_and_in_an_office(c, first, body);
        // A body's branch joined to the body: "北大荒集团建三江分公司" (not
        // "索尼公司", Sony called a company, nor a department, "检察院第二检察部").
        static const cues::WordList& branches = cues::list("han-branch-endings");
        const std::string_view name =
            c.text.substr(c.tokens[first].begin, c.tokens[k].end - c.tokens[first].begin);
        if (first > 0 && joined(c, first - 1, first) && ends_with_any(name, branches))
            if (const Mention* m =
                    c.found.covering(c.tokens[first - 1].begin, c.tokens[first - 1].end);
                m && m->type == EntityType::kOrganization)
                while (first > 0 && c.tokens[first - 1].begin >= m->begin)
                    --first;
        // A province before the city names the place, not the body:
        // "浙江省" + "杭州市中级人民法院"; a body after a place starts there
        // ("该案由" + "杭州市公安局").
        while (
            first + 1 < body && c.place[first] && c.place[first + 1] &&
            (ends_with(c.tokens[first].text, "省") || ends_with(c.tokens[first].text, "自治区")) &&
            !c.found.covering(c.tokens[first].begin, c.tokens[first + 1].end))
            ++first;
        // 国家 (the state) stands for a place before a national office.
        const bool national = c.tokens[first].text == kState && first + 1 < body;
        if (after == After::kAPlace && !national)
            while (first < body && !c.place[first])
                ++first;
        // One character is no name ("保医院": to protect hospitals).
        const std::size_t name_bytes = c.tokens[body].begin - c.tokens[first].begin;
        if (first == body || name_bytes < 6 ||
            (after == After::kAPlace && !c.place[first] && !national) ||
            (after == After::kNoPlace && c.place[first]))
            continue;
        c.claim(first, k, EntityType::kOrganization);
    }
}

}  // namespace newsdex::entities::rules
