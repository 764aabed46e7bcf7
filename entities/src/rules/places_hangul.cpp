#include <algorithm>
#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Korean places: Korean writes a county, a town, a river or a facility as
// one word with its kind (울주군, 섬진강, 제주국제공항), and a city as
// often without its kind as with it (강릉에서, 강릉시).
namespace newsdex::entities::rules {

namespace {

constexpr std::size_t kSyllable = 3;  // bytes of a Hangul syllable

}  // namespace

// The Korean place a word names by its kind's ending ("울주군은" is the
// county 울주군, "제주국제공항과" the airport), or empty: two syllables or
// more before the ending, a particle at most after it, no army
// ("러시아군") or listed exception ("국제공항", any international airport).
std::string korean_place_word(const Context& c, std::size_t k) {
    static const cues::WordSet& suffixes = cues::set("korean-place-word-suffixes");
    static const cues::WordSet& exceptions = cues::set("korean-place-word-exceptions");
    static const cues::WordList& facilities = cues::list("korean-facility-suffixes");
    const Token& t = c.tokens[k];
    if (!entity_words::hangul(t) || t.end - t.begin != t.text.size()) return {};
    for (std::size_t size = t.text.size(); size >= 3 * kSyllable; size -= kSyllable) {
        const std::string name = t.text.substr(0, size);
        if (!korean_name_then_ending(name, t.text)) continue;
        const std::string kind = name.substr(size - kSyllable);
        // A facility's word of two syllables or more: "제주국제공항",
        // "고리원자력발전소", "중문관광단지".
        const bool facility = std::any_of(facilities.begin(), facilities.end(), [&](const auto& f) {
            return ends_with(name, f) && name.size() >= f.size() + 2 * kSyllable;
        });
        if (!suffixes.count(kind) && !facility) continue;
        if (exceptions.count(name) || ends_with(name, "증후군")) return {};  // a syndrome
        const std::string before = name.substr(0, size - kSyllable);
        if (const auto* entries = c.gazetteer.starting_with(before))
            for (const Gazetteer::Entry* e : *entries)
                if (e->type == EntityType::kPlace &&
                    c.gazetteer.country_of(e->canonical) == e->canonical)
                    return {};  // a country's army
        return name;
    }
    return {};
}

namespace {

// The South Korean city or county that the lists write as `stem` and 시
// or 군 (강릉 -> 강릉시), or null; not 나라시 for 나라 (a country).
const Gazetteer::Entry* korean_city_named(const Context& c, const std::string& stem) {
    if (stem.size() < 2 * kSyllable) return nullptr;
    for (const char* suffix : {"시", "군"})
        if (const auto* entries = c.gazetteer.starting_with(stem + suffix))
            for (const Gazetteer::Entry* e : *entries)
                if (e->type == EntityType::kPlace && e->words.size() == 1 &&
                    c.gazetteer.country_of(e->canonical) == "South Korea")
                    return e;
    return nullptr;
}

// Whether a word begins with a noun that makes the word before it a
// place: 시민 (citizens), 지역 (area), 일대 (around)... ("안산 시민들").
bool korean_place_noun_at(const std::string& word, std::size_t at) {
    static const cues::WordList& nouns = cues::list("korean-place-nouns");
    return std::any_of(nouns.begin(), nouns.end(),
                       [&](std::string_view n) { return word.compare(at, n.size(), n) == 0; });
}

// A South Korean city named without its suffix before a particle of
// place ("강릉에서", "진주로") or a noun of place ("안산지역에서는") in
// the same word, or null.
const Gazetteer::Entry* korean_city_with_ending(const Context& c, const std::string& word) {
    static const cues::WordList& particles = cues::list("korean-place-particles");
    for (std::string_view particle : particles)
        if (ends_with(word, particle))
            if (const auto* city =
                    korean_city_named(c, word.substr(0, word.size() - particle.size())))
                return city;
    for (std::size_t at = 2 * kSyllable; at + kSyllable < word.size() && at <= 4 * kSyllable;
         at += kSyllable)
        if (korean_place_noun_at(word, at))
            if (const auto* city = korean_city_named(c, word.substr(0, at))) return city;
    return nullptr;
}

// Word j is a place already: listed, or named by a rule before (claim()
// marks a place's words as the gazetteer does).
bool place_at(const Context& c, std::size_t j) {
    return c.place[j];
}

// The South Korean city a word names without its suffix, with any
// particle after it ("익산의"), or null.
const Gazetteer::Entry* korean_city_stem(const Context& c, const std::string& word) {
    for (std::size_t size = word.size();
         size >= 2 * kSyllable && size + 3 * kSyllable >= word.size(); size -= kSyllable)
        if (korean_name_then_ending(word.substr(0, size), word))
            if (const auto* city = korean_city_named(c, word.substr(0, size))) return city;
    return nullptr;
}

// Word k ends in "and" (과, 와) after a place or a city without its suffix.
bool place_and(const Context& c, std::size_t k) {
    const std::string& word = c.tokens[k].text;
    if (!ends_with(word, "과") && !ends_with(word, "와")) return false;
    return place_at(c, k) || korean_city_named(c, word.substr(0, word.size() - kSyllable));
}

// A South Korean city or county named without its suffix: the lists write
// it with 시 or 군 (강릉시), and alone many such names are words (진주, a
// pearl; 고양이, a cat). It is the city before a particle or a noun of
// place, joined or not ("강릉에서", "안산지역에서는", "안산 시민들"), and
// beside another place in a list joined by '·' or by "and" ("천안·논산",
// "군산과 익산의"). The listed place, or null.
const Gazetteer::Entry* korean_city_without_suffix(const Context& c, std::size_t k) {
    const std::string& word = c.tokens[k].text;
    if (const auto* city = korean_city_with_ending(c, word)) return city;
    auto place = [&](std::size_t j) {
        const std::string& w = c.tokens[j].text;
        return place_at(c, j) || korean_city_stem(c, w) || korean_city_with_ending(c, w) ||
               !korean_place_word(c, j).empty();
    };
    const bool next = k + 1 < c.tokens.size() && c.adjacent(k, k + 1);
    // "군산과 익산의": a city, "and", a place.
    if (next && place_and(c, k) && place(k + 1))
        return korean_city_named(c, word.substr(0, word.size() - kSyllable));
    if (k > 0 && c.adjacent(k - 1, k) && place_and(c, k - 1))
        if (const auto* city = korean_city_stem(c, word)) return city;
    const Gazetteer::Entry* city = korean_city_named(c, word);
    if (!city) return nullptr;
    if (next && korean_place_noun_at(c.tokens[k + 1].text, 0)) return city;
    // "천안·논산", "춘천, 삼척, 강릉, 원주 등".
    for (std::string_view list : {"·", ", "})
        if ((k + 1 < c.tokens.size() && separated_by(c, k, k + 1, list) && place(k + 1)) ||
            (k > 0 && separated_by(c, k - 1, k, list) && place(k - 1)))
            return city;
    return nullptr;
}

// A province's short name before a place in it ("강원 인제군", "경기
// 수원시"; cue korean-provinces-before-places): the province's listed name,
// or empty.
std::string korean_province_before_place(const Context& c, std::size_t k) {
    static const cues::Table& provinces = cues::table("korean-provinces-before-places");
    const auto province = provinces.find(c.tokens[k].text);
    if (province == provinces.end() || k + 1 >= c.tokens.size() || !c.adjacent(k, k + 1) ||
        !entity_words::hangul(c.tokens[k + 1]))
        return {};
    const bool place = c.place[k + 1] || !korean_place_word(c, k + 1).empty();
    return place ? province->second : std::string();
}

// Word k is a South Korean city's listed name (인천, not 한국 or 서울's
// country).
bool korean_city_listed_at(const Context& c, std::size_t k) {
    const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
    return m && m->type == EntityType::kPlace &&
           c.gazetteer.country_of(m->canonical) == "South Korea" && m->canonical != "South Korea";
}

// A township, ward or village (면, 동, 리; 읍 is a place by its ending
// alone) right after its city or county ("태안군 근흥면", "거제시
// 옥포동"), a city's district (구) after the city: alone the ending makes
// other words (라면, noodles; 5동, five buildings; 연구, research). The
// name, or empty.
std::string korean_district_after_place(const Context& c, std::size_t k) {
    if (k == 0) return {};
    const std::string& before = c.tokens[k - 1].text;
    const bool suffixed =
        ends_with(before, "시") || ends_with(before, "군") || ends_with(before, "구");
    if (!c.adjacent(k - 1, k) || !place_at(c, k - 1)) return {};
    // A city's ward (구) after the city, with its suffix or listed bare:
    // "용인시 처인구", "인천 연수구의"; not after a province (도).
    const bool city =
        suffixed || (c.place[k - 1] && !ends_with(before, "도") && korean_city_listed_at(c, k - 1));
    if (!suffixed && !city) return {};
    const std::string& word = c.tokens[k].text;
    for (std::size_t size = 3 * kSyllable; size <= 4 * kSyllable && size <= word.size();
         size += kSyllable) {
        const std::string name = word.substr(0, size);
        const std::string kind = name.substr(size - kSyllable);
        const bool district = suffixed && (kind == "면" || kind == "동" || kind == "리");
        static const cues::WordSet& exceptions = cues::set("korean-place-word-exceptions");
        if ((district || (city && kind == "구")) && korean_name_then_ending(name, word) &&
            !exceptions.count(name))
            return name;
    }
    return {};
}

}  // namespace

void places_in_korean_words(Context& c) {
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::hangul(c.tokens[k])) continue;
        if (const std::string province = korean_province_before_place(c, k); !province.empty())
            c.claim(k, k, EntityType::kPlace, province);
        else if (const std::string name = korean_place_word(c, k); !name.empty())
            c.claim(k, k, EntityType::kPlace, name);
        else if (const Gazetteer::Entry* city = korean_city_without_suffix(c, k))
            c.claim(k, k, EntityType::kPlace, city->canonical);
        else if (const std::string district = korean_district_after_place(c, k); !district.empty())
            c.claim(k, k, EntityType::kPlace, district);
    }
}

}  // namespace newsdex::entities::rules
