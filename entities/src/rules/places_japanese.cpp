#include <string>
#include <string_view>

#include "rules.hpp"
#include "words.hpp"

// Japanese places named with a municipality's or a prefecture's suffix:
// an address's smaller places, a name and its split-off suffix, a listed
// prefecture with its suffix, a Tokyo ward whose name a foreign place has
// (bare names among places: places_han.cpp).
namespace newsdex::entities::rules {

namespace {

constexpr std::string_view kPrefectureSuffixes[] = {"県", "都", "府"};
constexpr std::string_view kMunicipalSuffixes[] = {"区", "市", "町", "村"};

template <std::size_t N>
bool one_of(const std::string& word, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
        if (word == w) return true;
    return false;
}

// Word k is free and joined to word k - 1.
bool joined_free(const Context& c, std::size_t k) {
    return k < c.tokens.size() && !c.used[k] && c.tokens[k].begin == c.tokens[k - 1].end;
}

}  // namespace

// "福島" "県": the prefecture's listed name and the suffix the analyser
// split off are one mention ("福島県", as news writes it); "東京都" "台東"
// "区": in an address a ward, not Taiwan's Taitung that a list writes so.
void japanese_places_with_suffixes(Context& c) {
    if (c.language != "ja") return;
    for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k) {
        if (!c.place[k] || c.place[k + 1]) continue;
        const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
        if (!m || m->type != EntityType::kPlace || m->end != c.tokens[k].end) continue;
        const std::string& next = c.tokens[k + 1].text;
        if (!joined_free(c, k + 1)) continue;
        const std::string canonical = m->canonical;
        if (one_of(next, kPrefectureSuffixes) && c.gazetteer.country_of(canonical) == "Japan") {
            const std::size_t start = mention_start(c, k, *m);
            // The prefecture's own listing, where the bare name is its city's
            // (広島県: Hiroshima Prefecture, 広島: the city).
            const std::string whole(
                c.text.substr(c.tokens[start].begin, c.tokens[k + 1].end - c.tokens[start].begin));
            const std::string listed = c.gazetteer.canonical(EntityType::kPlace, whole);
            c.claim(start, k + 1, EntityType::kPlace, listed != whole ? listed : canonical);
        } else if (k > 0 && one_of(next, kMunicipalSuffixes) && c.place[k - 1] &&
                   c.tokens[k - 1].end == c.tokens[k].begin &&
                   c.gazetteer.country_of(canonical) != "Japan" && m->begin == c.tokens[k].begin) {
            c.claim(k, k + 1, EntityType::kPlace);
        }
    }
}

namespace {

// Word j ends a place's name in a municipality's or a prefecture's
// suffix ("尾道" "市", "渋谷区", "徳島" "県"), and a free word follows. (The
// suffix first: the rule asks this of every word.)
bool ends_an_address_part(const Context& c, std::size_t j) {
    static const cues::WordSet& suffixes = cues::set("japanese-address-suffixes");
    const std::string& word = c.tokens[j].text;
    return word.size() >= 3 && suffixes.count(word.substr(word.size() - 3)) && c.place[j] &&
           j + 1 < c.tokens.size() && !c.used[j + 1];
}

// A Japanese particle ("と", "は", "の"; cue japanese-particles).
bool particle(const std::string& word) {
    static const cues::WordSet& particles = cues::set("japanese-particles");
    return particles.count(word) > 0;
}

// Any katakana in the word ("千駄ケ谷", "秋ノ宮").
bool katakana_in(const std::string& word) {
    for (std::size_t i = 0; i < word.size(); ++i)
        if (entity_words::katakana_at(word, i)) return true;
    return false;
}

}  // namespace

// Japanese addresses: after a prefecture, city or ward, the smaller place
// in it, written on without a gap: a name and its suffix ("神戸市" "灘区",
// "尾道市" "因島土生町", "つるぎ町"), or a district's name before の
// ("渋谷区千駄ケ谷の", "湯沢市秋ノ宮の"). Each can hold the next.
void japanese_places_inside_places(Context& c) {
    if (c.language != "ja") return;
    static const cues::WordSet& suffixes = cues::set("japanese-place-suffixes");
    static const cues::WordSet& exceptions = cues::set("japanese-place-suffix-exceptions");
    const auto& tokens = c.tokens;
    for (std::size_t j = 0; j + 1 < tokens.size(); ++j) {
        if (!ends_an_address_part(c, j)) continue;
        std::size_t k = j + 1, chars = 0;
        // A name of one to five characters, then its suffix; not a
        // particle ("尾道市と刈羽村", "は鳥羽市").
        while (k < tokens.size() && !c.used[k] && tokens[k].begin == tokens[k - 1].end &&
               entity_words::han_or_kana(tokens[k]) && !suffixes.count(tokens[k].text) &&
               !particle(tokens[k].text) && chars < 5)
            chars += entity_words::length(tokens[k++].text);
        const bool suffixed = k < tokens.size() && k > j + 1 && chars <= 5 && !c.used[k] &&
                              tokens[k].begin == tokens[k - 1].end &&
                              suffixes.count(tokens[k].text);
        // A district's name with a katakana or ケ, ノ in it: "千駄ケ谷",
        // "秋ノ宮" (not "市長の", the mayor's).
        const bool district = k == j + 2 && chars >= 2 && chars <= 4 && k < tokens.size() &&
                              tokens[k].text == "の" && tokens[k].begin == tokens[k - 1].end &&
                              katakana_in(tokens[j + 1].text);
        const std::size_t single = j + 1;  // "北区": name and suffix in one word
        if (suffixed) {
            c.claim(j + 1, k, EntityType::kPlace);
            j = k - 1;
        } else if (district) {
            c.claim(j + 1, j + 1, EntityType::kPlace);
        } else if (tokens[single].begin == tokens[j].end && tokens[single].text.size() == 6 &&
                   kanji_word(tokens[single].text, 2) &&
                   suffixes.count(tokens[single].text.substr(3)) && !c.is(single, exceptions) &&
                   !exceptions.count(tokens[single].text.substr(0, 3))) {
            c.claim(single, single, EntityType::kPlace);
        }
    }
}

// Japanese: a name in kanji and a municipality's suffix the analyser split
// off it ("志賀" "町", "此花" "区") name a place: 志賀町.
void places_by_japanese_suffix(Context& c) {
    if (c.language != "ja") return;
    static const cues::WordSet& suffixes = cues::set("japanese-place-suffixes");
    static const cues::WordSet& exceptions = cues::set("japanese-place-suffix-exceptions");
    for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k) {
        const Token& name = c.tokens[k];
        if (c.used[k] || c.used[k + 1] || name.end != c.tokens[k + 1].begin ||
            !c.is(k + 1, suffixes) || !kanji_word(name.text, 2) || c.is(k, exceptions))
            continue;
        c.claim(k, k + 1, EntityType::kPlace);
        ++k;
    }
}

}  // namespace newsdex::entities::rules
