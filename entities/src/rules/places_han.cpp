#include <algorithm>
#include <string>
#include <vector>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Places in words that join a place's name to a word about it or to its
// kind: the analyser reads "长江流域" (the Yangtze basin) or "华北地区" as
// one word, which no gazetteer name matches whole (Korean places:
// places_hangul.cpp).
namespace newsdex::entities::rules {

namespace {

// The listed place whose name `word` starts with, before one of the
// suffixes (cues/han-place-suffixes.txt); null for none.
const Gazetteer::Entry* place_before_suffix(const Context& c, const std::string& word) {
    static const cues::WordList& suffixes = cues::list("han-place-suffixes");
    for (std::string_view suffix : suffixes) {
        if (word.size() < suffix.size() + 6 || !ends_with(word, suffix)) continue;
        const std::string name = word.substr(0, word.size() - suffix.size());
        if (const auto* entries = c.gazetteer.starting_with(name))
            for (const Gazetteer::Entry* e : *entries)
                if (e->type == EntityType::kPlace && e->words.size() == 1) return e;
    }
    return nullptr;
}

constexpr std::string_view kListComma = "\xE3\x80\x81";  // 、

// Where words [first, last] stand, from the least telling to the most.
enum class PlaceSlot {
    kNone,
    // Chinese: right after a place, without a gap (江苏盐城); but a verb
    // follows its subject so too (广东鼓励), so only a city's listed name
    // without its suffix counts here.
    kAfterPlace,
    // Next to a place across an ideographic comma (温州、湖州).
    kBesideInList,
    // Between two such, or before "等" and a word for places (绍兴、金华等城市).
    kInList,
    // Chinese: a word of three characters or more (六盘水), or a word
    // beside a place across "and" (都江堰和雅安): a Chinese city's reading
    // tells it from a word.
    kReadsAsCity,
    // Chinese: before 市 without a gap (娄底市; 柳州市 as one word too), or
    // before 区 (北碚区).
    kBeforeCitySuffix,
    // Japanese: a dateline's city, first in the story before 、 and the
    // date ("金沢、2024年1月2日―").
    kDateline,
};

constexpr std::string_view kCity = "\xE5\xB8\x82";      // 市
constexpr std::string_view kDistrict = "\xE5\x8C\xBA";  // 区

// Before 市 alone, split off by the analyser (娄 底 市); not 市政府 ("将由
// 市政府", by the city government).
bool before_city_suffix(const Context& c, std::size_t last) {
    return c.language == "zh" && last + 1 < c.tokens.size() &&
           separated_by(c, last, last + 1, "") && !c.used[last + 1] &&
           c.tokens[last + 1].text == kCity;
}

// Before 区 alone (北 碚 区): a place only where the name reads as a
// listed Chinese city's (区 ends 社区 and 景区 as well).
bool before_district_suffix(const Context& c, std::size_t last) {
    return c.language == "zh" && last + 1 < c.tokens.size() &&
           separated_by(c, last, last + 1, "") && !c.used[last + 1] &&
           c.tokens[last + 1].text == kDistrict;
}

// Chinese: words [first, last] and a place are joined by "and" (与, 和,
// 及) on one side: "都江堰和雅安", "兴仁与六盘水".
bool joined_to_a_place(const Context& c, std::size_t first, std::size_t last) {
    static const cues::WordSet& ands = cues::set("chinese-place-list-joins");
    const std::size_t n = c.tokens.size();
    return (first >= 2 && c.place[first - 2] && c.is(first - 1, ands) &&
            separated_by(c, first - 2, first - 1, "") && separated_by(c, first - 1, first, "")) ||
           (last + 2 < n && c.place[last + 2] && c.is(last + 1, ands) &&
            separated_by(c, last, last + 1, "") && separated_by(c, last + 1, last + 2, ""));
}

bool listed_place_follows(const Context& c, std::size_t last) {
    return last + 1 < c.tokens.size() && c.place[last + 1] &&
           separated_by(c, last, last + 1, kListComma);
}

bool places_word_follows(const Context& c, std::size_t last) {
    static const cues::WordSet& kinds = cues::set("chinese-places-after-etc");
    const std::size_t etc = last + 1;
    return etc + 1 < c.tokens.size() && c.tokens[etc].text == "\xE7\xAD\x89" &&  // 等
           separated_by(c, last, etc, "") && separated_by(c, etc, etc + 1, "") &&
           c.is(etc + 1, kinds);
}

bool japanese_dateline(const Context& c, std::size_t first, std::size_t last) {
    if (c.language != "ja" || last + 1 >= c.tokens.size() || c.tokens[first].begin < c.body_begin ||
        (first > 0 && c.tokens[first - 1].begin >= c.body_begin) ||
        !separated_by(c, last, last + 1, kListComma))
        return false;
    const char next = c.tokens[last + 1].text[0];
    return next >= '0' && next <= '9';
}

// Japanese: words [first, last] and a place make a journey, "X から Y
// まで" (from X to Y), on either side.
bool japanese_journey(const Context& c, std::size_t first, std::size_t last) {
    if (c.language != "ja") return false;
    const auto word = [&](std::size_t k, std::string_view w) {
        return k < c.tokens.size() && c.tokens[k].text == w;
    };
    return (word(last + 1, "から") && last + 2 < c.tokens.size() && c.place[last + 2] &&
            word(last + 3, "まで")) ||
           (word(last + 1, "まで") && first >= 2 && word(first - 1, "から") && c.place[first - 2]);
}

PlaceSlot place_slot(const Context& c, std::size_t first, std::size_t last) {
    if (japanese_dateline(c, first, last)) return PlaceSlot::kDateline;
    if (japanese_journey(c, first, last)) return PlaceSlot::kBesideInList;
    const bool place_before = first > 0 && c.place[first - 1];
    const bool listed_before = place_before && separated_by(c, first - 1, first, kListComma);
    const bool listed_after = listed_place_follows(c, last);
    if (listed_before && (listed_after || places_word_follows(c, last))) return PlaceSlot::kInList;
    // A list's item is a whole word: not the end of one (北京复地会、).
    const bool whole = (first == 0 || !separated_by(c, first - 1, first, "") || place_before) &&
                       (last + 1 == c.tokens.size() || !separated_by(c, last, last + 1, "") ||
                        places_word_follows(c, last) ||
                        (c.language == "ja" &&  // a particle (埼玉で)
                         entity_words::hiragana_at(c.tokens[last + 1].text, 0)));
    if ((listed_before || listed_after) && whole) return PlaceSlot::kBesideInList;
    // Japanese joins words without a gap too freely (日本外務省).
    if (c.language == "zh" && place_before && separated_by(c, first - 1, first, ""))
        return PlaceSlot::kAfterPlace;
    if (c.language == "zh" &&
        (c.tokens[last].end - c.tokens[first].begin >= 9 || joined_to_a_place(c, first, last)))
        return PlaceSlot::kReadsAsCity;
    return PlaceSlot::kNone;
}

// The listed Chinese city that Han characters read as ("雅安": Ya'an), or "".
std::string city_read_as(const Context& c, const std::string& han) {
    return c.gazetteer.chinese_place_read_as(entity_words::pinyin(han));
}

// The place a bare Chinese or Japanese name stands for in `slot`, or "":
//  - the listed place of that name, where the analyser read it as part of
//    a longer word (太原市: Taiyuan is listed as 太原);
//  - the listed place whose name is the word and a suffix (盐城 for 盐城市;
//    in Japanese, a prefecture first: 千葉 for 千葉県);
//  - in Chinese, the listed Chinese city the word's pinyin reads as
//    (湖州, Huzhou; 雅安, Ya'an: GeoNames has no Chinese name for a third
//    of China's cities);
//  - among places on both sides, in Chinese, the word's pinyin itself.
std::string bare_place(const Context& c, const std::string& word, PlaceSlot slot) {
    static const cues::WordList& chinese = cues::list("chinese-bare-name-suffixes");
    static const cues::WordList& japanese = cues::list("japanese-bare-name-suffixes");
    if (const std::string listed = c.gazetteer.canonical(EntityType::kPlace, word); listed != word)
        return listed;
    cues::WordList suffixes = c.language == "ja" ? japanese : chinese;
    // A dateline names a city, not its prefecture (金沢 for 金沢市).
    if (slot == PlaceSlot::kDateline) std::reverse(suffixes.begin(), suffixes.end());
    for (std::string_view suffix : suffixes) {
        const std::string name = word + std::string(suffix);
        const std::string canonical = c.gazetteer.canonical(EntityType::kPlace, name);
        if (canonical != name) return canonical;
    }
    // After a place, a verb reads as a city too often ("温州接受", Jieshou).
    if (c.language != "zh" || slot == PlaceSlot::kAfterPlace) return {};
    const std::string pinyin = entity_words::pinyin(word);
    const std::string city = c.gazetteer.chinese_place_read_as(pinyin);
    return city.empty() && slot == PlaceSlot::kInList ? pinyin : city;
}

// The Chinese place words [first, last] name, 市 or 区 last ("雅安市": Ya'an),
// by its reading; its text when the reading is no listed city's, or for
// a county or town, which a city of that reading is not (大通县, 河东乡).
std::string named_by_reading(const Context& c, std::size_t first, std::size_t last) {
    std::string name(
        c.text.substr(c.tokens[first].begin, c.tokens[last].end - c.tokens[first].begin));
    if (name.size() < 9) return name;
    const std::string_view suffix = std::string_view(name).substr(name.size() - 3);
    if (suffix != kCity && suffix != kDistrict) return name;
    const std::string city = city_read_as(c, name.substr(0, name.size() - 3));
    return city.empty() ? name : city;
}

}  // namespace

// Kanji only, `least` characters or more (UTF-8: three bytes each, E4-E9).
bool kanji_word(const std::string& word, std::size_t least) {
    if (word.size() < 3 * least || word.empty() || word.size() % 3 != 0) return false;
    for (std::size_t i = 0; i < word.size(); i += 3) {
        const auto b = static_cast<unsigned char>(word[i]);
        if (b < 0xE4 || b > 0xE9) return false;
    }
    return true;
}

// Chinese and Japanese: a place written without its suffix (湖州, 金沢,
// 石川) where a place's name stands (after a province, in a list of
// places). Alone, two kanji are too often a word or a given name.
void bare_places_among_places(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    static const cues::WordSet& not_names = cues::set("han-place-suffixes");  // 东部, 地区
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (c.used[k]) continue;
        const std::size_t first = k;
        std::string word;
        for (std::size_t j = k; j < c.tokens.size() && j < first + 3; ++j) {
            if (c.used[j] || (j > k && c.tokens[j].begin != c.tokens[j - 1].end) ||
                !kanji_word(c.tokens[j].text, 1))
                break;
            word += c.tokens[j].text;
            // The analyser's one word for a city and its 市 (柳州市).
            if (c.language == "zh" && j == k && ends_with(word, kCity)) {
                const std::string name = word.substr(0, word.size() - kCity.size());
                if (name.size() >= 6 && name.size() <= 12)
                    if (const std::string place = bare_place(c, name, PlaceSlot::kBeforeCitySuffix);
                        !place.empty())
                        c.claim(k, k, EntityType::kPlace, place);
                break;
            }
            if (word.size() < 6 || word.size() > 9 || not_names.count(word)) continue;
            const bool suffixed = before_city_suffix(c, j) || before_district_suffix(c, j);
            const PlaceSlot slot = suffixed ? PlaceSlot::kBeforeCitySuffix : place_slot(c, k, j);
            if (slot == PlaceSlot::kNone) continue;
            if (const std::string place = bare_place(c, word, slot); !place.empty()) {
                k = suffixed ? j + 1 : j;
                c.claim(first, k, EntityType::kPlace, place);
                break;
            }
        }
    }
}

// Chinese: after a place, the smaller place in it, up to four characters
// and a suffix for a district, county, town or city ("北京市海淀区",
// "保定市涿州市", "阿坝州九寨沟县"), written without a gap and read by the
// analyser as single characters. Each found place can hold the next.
void places_inside_chinese_places(Context& c) {
    if (c.language != "zh") return;
    static const cues::WordSet& suffixes = cues::set("chinese-place-suffixes");
    static const cues::WordSet& function_chars = cues::set("han-function-chars");
    static const cues::WordSet& stops = cues::set("chinese-place-inner-stops");
    static const cues::WordSet& generic = cues::set("chinese-place-generic-ends");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (!c.place[k] || tokens[k].end != tokens[k + 1].begin) continue;
        // The place's own suffix the analyser split off ("青岛" "市").
        while (k + 2 < tokens.size() && !c.used[k + 1] && tokens[k + 1].text.size() == 3 &&
               suffixes.count(tokens[k + 1].text) && tokens[k + 1].end == tokens[k + 2].begin)
            ++k;
        // The smaller place: tokens after k, joined, free, Han, no function
        // character, their text four characters at most before a suffix.
        if (k + 1 >= tokens.size() || stops.count(tokens[k + 1].text.substr(0, 3))) continue;
        std::size_t chars = 0;
        for (std::size_t j = k + 1; j < tokens.size() && chars <= 5; ++j) {
            const Token& t = tokens[j];
            if (c.used[j] || t.begin != tokens[j - 1].end || c.is(j, function_chars) ||
                !kanji_word(t.text, 1))
                break;
            chars += t.text.size() / 3;
            const std::string last = t.text.substr(t.text.size() - 3);
            if (suffixes.count(last)) {
                // One place's name ends at its suffix ("开县" is not the
                // start of "开县白泉乡"), unless another follows ("涿州市").
                const bool another = j + 1 < tokens.size() && tokens[j + 1].text.size() == 3 &&
                                     suffixes.count(tokens[j + 1].text) &&
                                     tokens[j + 1].begin == t.end;
                if (chars < 3 && another) continue;
                if (chars < 3 || chars > 5 || c.is(j, generic)) break;
                c.claim(k + 1, j, EntityType::kPlace, named_by_reading(c, k + 1, j));
                k = j - 1;  // the new place may hold the next
                break;
            }
        }
    }
}

namespace {

// Words k.. hold a place's name of `least` to `most` characters, then its
// suffix from `suffixes` (its own word), all joined, free Han words with no
// function character (the analyser reads unknown names as single
// characters: "坡" "贡" "镇"). One past the suffix, or k for none.
std::size_t chinese_unit_at(const Context& c, std::size_t k, std::size_t least, std::size_t most,
                            const cues::WordSet& suffixes) {
    static const cues::WordSet& function_chars = cues::set("han-function-chars");
    static const cues::WordSet& stops = cues::set("chinese-place-inner-stops");
    const auto& tokens = c.tokens;
    std::size_t chars = 0;
    for (std::size_t j = k; j < tokens.size() && chars <= most; ++j) {
        const Token& t = tokens[j];
        if (c.used[j] || (j > k && t.begin != tokens[j - 1].end) || !kanji_word(t.text, 1) ||
            c.is(j, function_chars) || (j == k && stops.count(t.text.substr(0, 3))))
            return k;
        if (j > k && chars >= least && suffixes.count(t.text)) return j + 1;
        chars += t.text.size() / 3;
    }
    return k;
}

}  // namespace

// Chinese: a county and a town in it, neither listed, written together
// ("关岭县坡贡镇", "洱源县牛街乡"): a county's name alone could be any two
// characters before 县, a pair is a place. A town or township then joined
// by "and" to another ("牛街乡与邓川镇") names that one too.
void chinese_counties_and_towns(Context& c) {
    if (c.language != "zh") return;
    static const cues::WordSet& counties = cues::set("chinese-county-suffixes");
    static const cues::WordSet& towns = cues::set("chinese-town-suffixes");
    static const cues::WordSet& ands = cues::set("chinese-place-list-joins");
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const std::size_t county = chinese_unit_at(c, k, 2, 2, counties);
        if (county == k || county >= c.tokens.size() ||
            c.tokens[county].begin != c.tokens[county - 1].end)
            continue;
        std::size_t town = chinese_unit_at(c, county, 2, 3, towns);
        if (town == county) continue;
        c.claim(k, county - 1, EntityType::kPlace);
        c.claim(county, town - 1, EntityType::kPlace);
        while (town + 1 < c.tokens.size() && c.is(town, ands) &&
               c.tokens[town].begin == c.tokens[town - 1].end) {
            const std::size_t next = chinese_unit_at(c, town + 1, 2, 3, towns);
            if (next == town + 1) break;
            c.claim(town + 1, next - 1, EntityType::kPlace);
            town = next;
        }
        k = town - 1;
    }
}

// Chinese and Japanese: a name in kanji and the word for a facility
// ("清水寺", "京都" "駅", "首都国际" "机场", "北京火车站"): a temple, station,
// airport, port or power station is a place. The name is one to three
// words of two kanji or more together, written without a gap; not a
// determiner ("各駅", "同空港", "国際空港").
void facilities_in_han(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    static const cues::WordList& japanese = cues::list("japanese-facility-suffixes");
    static const cues::WordList& chinese = cues::list("chinese-facility-suffixes");
    const cues::WordList& facilities = c.language == "ja" ? japanese : chinese;
    static const cues::WordSet& not_names = cues::set("han-facility-name-stops");
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::han_or_kana(c.tokens[k])) continue;
        // The facility's word may be split: "大" "桥", "会" "展" "中心".
        std::size_t suffix_first = k;
        std::string word = c.tokens[k].text;
        for (std::size_t j = k;
             j > 0 && k - j < 2 && !c.used[j - 1] && c.tokens[j - 1].end == c.tokens[j].begin;
             --j) {
            const std::string longer = c.tokens[j - 1].text + word;
            if (std::find(facilities.begin(), facilities.end(), longer) == facilities.end()) {
                if (std::none_of(facilities.begin(), facilities.end(),
                                 [&](std::string_view f) { return ends_with(f, longer); }))
                    break;
                word = longer;
                continue;
            }
            word = longer;
            suffix_first = j - 1;
        }
        if (suffix_first == k) word = c.tokens[k].text;
        const auto suffix = std::find_if(facilities.begin(), facilities.end(),
                                         [&](std::string_view f) { return ends_with(word, f); });
        if (suffix == facilities.end()) continue;
        const std::string stem = word.substr(0, word.size() - suffix->size());
        // Kanji, at most four of them: "あき竹城" is a person's name.
        if (!stem.empty() && (!kanji_word(stem, 1) || stem.size() > 4 * 3)) continue;
        std::size_t first = suffix_first;
        if (stem.empty() || not_names.count(stem)) {
            // The name in the words before ("京都" "駅", "首都" "国际" "机场"),
            // a listed place among them; not a function word ("在万象站"),
            // a verb of place ("位于大钟寺") nor a determiner ("该机场").
            static const cues::WordSet& function_chars = cues::set("han-function-chars");
            while (first > 0 && suffix_first - first < 3 &&
                   (!c.used[first - 1] || c.place[first - 1]) &&
                   c.tokens[first - 1].end == c.tokens[first].begin &&
                   kanji_word(c.tokens[first - 1].text, 1) && !c.is(first - 1, function_chars) &&
                   !c.is(first - 1, not_names))
                --first;
            if (first == suffix_first) continue;
        }
        // Two to four kanji of name before the word (3 bytes each).
        const std::size_t name = c.tokens[k].end - c.tokens[first].begin - suffix->size();
        if (name < 2 * 3 || name > 4 * 3) continue;
        c.claim(first, k, EntityType::kPlace);
    }
}

// Chinese: a river or a lake read as one word of three characters
// (钱塘江, 嘉陵江, 鄱阳湖), two characters of name and 江, 河 or 湖,
// named by its pinyin (Qiantang River); not a kind of water (护城河, a
// moat; 人工湖: cue chinese-waters-not-names).
void chinese_rivers_and_lakes(Context& c) {
    if (c.language != "zh") return;
    static const cues::WordSet& kinds = cues::set("chinese-water-suffixes");
    static const cues::WordSet& not_names = cues::set("chinese-waters-not-names");
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const std::string& word = c.tokens[k].text;
        if (c.used[k] || !kanji_word(word, 3) || word.size() != 9 || !kinds.count(word.substr(6)) ||
            c.is(k, not_names))
            continue;
        // Named in English as such waters are: Qiantang River, Poyang Lake.
        const std::string name = entity_words::pinyin(word.substr(0, 6));
        const bool lake = ends_with(word, "\xE6\xB9\x96");  // 湖
        c.claim(k, k, EntityType::kPlace,
                name.empty() ? std::string() : name + (lake ? " Lake" : " River"));
    }
}

void places_in_han_compounds(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::han_or_kana(c.tokens[k])) continue;
        if (const Gazetteer::Entry* place = place_before_suffix(c, c.tokens[k].text))
            c.claim(k, k, EntityType::kPlace, place->canonical);
    }
}

}  // namespace newsdex::entities::rules
