#include <string>
#include <unordered_set>

#include "arabic_words.hpp"
#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Arabic places whose name the lists cannot hold, and places named after
// a word for a settlement or a facility (the rest of the Arabic rules:
// arabic.cpp).
namespace newsdex::entities::rules {

namespace {

using arabic_words::Keys;

// How many words of the text, without a particle or the article, are in
// `keys`.
std::size_t words_in(const Context& c, const Keys& keys) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < c.tokens.size(); ++k)
        n += entity_words::arabic(c.tokens[k]) && arabic_words::listed_with_particle(c, k, keys);
    return n;
}

bool names_amman_or_oman(const Context& c, std::size_t k) {
    static const Keys amman_or_oman = {entity_words::key("عمان")};
    return !c.used[k] && entity_words::arabic(c.tokens[k]) &&
           arabic_words::listed_with_particle(c, k, amman_or_oman);
}

}  // namespace

// "عمان" is both Amman and Oman: Arabic writes them alike but for a
// shadda that news mostly leaves out ("عمّان", Amman; "عُمان", Oman), and
// the key folds both away, so no list can hold either spelling. The word
// with the shadda is Amman; otherwise the words about Jordan or about Oman
// in the text decide (cues arabic-jordan-words, arabic-oman-words), and
// where they do not, the word is left alone.
void amman_or_oman(Context& c) {
    static const Keys jordan = arabic_keys("arabic-jordan-words");
    static const Keys oman = arabic_keys("arabic-oman-words");
    std::string reading;  // decided at the first such word: the text is one story
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (!names_amman_or_oman(c, k)) continue;
        const bool shadda = c.tokens[k].text.find("\u0651") != std::string::npos;
        if (!shadda && reading.empty()) {
            const std::size_t about_jordan = words_in(c, jordan), about_oman = words_in(c, oman);
            reading = about_jordan > about_oman   ? "Amman"
                      : about_oman > about_jordan ? "Oman"
                                                  : "-";
        }
        if (shadda || reading != "-") c.claim(k, k, EntityType::kPlace, shadda ? "Amman" : reading);
    }
}

using namespace arabic_words;
using newsdex::starts_with;

namespace {

// Word k is "ولاية" (with a particle or not): a wilaya, the province of
// Oman, Algeria, Tunisia or Sudan (a state of the US), which news names
// with its word ("ولاية ثمريت"), not the town of the same name.
bool wilaya(const Context& c, std::size_t k) {
    static const Keys word = {entity_words::key("\xD9\x88\xD9\x84\xD8\xA7\xD9\x8A\xD8\xA9")};
    // Not "الولاية الثانية", the second term of office.
    return !c.used[k] && listed_with_particle(c, k, word) &&
           entity_words::key(c.tokens[k].text).find("\xD8\xA7\xD9\x84\xD9\x88\xD9\x84") ==
               std::string::npos;  // الول
}

// "ولاية" before a listed place: the wilaya, by the place's name.
void wilayas_of_listed_places(Context& c) {
    for (std::size_t k = 1; k < c.tokens.size(); ++k) {
        if (!c.place[k] || !c.adjacent(k - 1, k) || !wilaya(c, k - 1)) continue;
        const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
        if (!m || m->type != EntityType::kPlace || m->begin != c.tokens[k].begin) continue;
        const std::size_t end = past_mention(c, k, *m);
        c.claim(k - 1, end - 1, EntityType::kPlace, std::string(m->canonical));
    }
}

}  // namespace

void places_after_arabic_settlement_words(Context& c) {
    static const Keys nouns = arabic_keys("arabic-settlement-nouns");
    static const Keys facilities = arabic_keys("arabic-facility-nouns");
    static const Keys not_names = arabic_keys("arabic-settlement-not-names");
    for (std::size_t k = 1; k < c.tokens.size(); ++k) {
        // A facility's word without the article, then a name with it:
        // "ميناء الشويخ" (not "مطار دولي", an international airport).
        // (al-, not li-: "ميناء للحاويات", a port for containers; not a
        // title: "مطار الملكة علياء" is named after the queen, whole.)
        const bool facility =
            listed_with_particle(c, k - 1, facilities) && !c.used[k - 1] &&
            !with_article(c, k - 1) && starts_with(entity_words::key(c.tokens[k].text), "ال") &&
            !arabic_nationality(c, k) && !listed_with_particle(c, k, person_titles());
        if (!next_free(c, k) || !(facility || listed_with_particle(c, k - 1, nouns)) ||
            listed(c, k, not_names) || listed(c, k, not_name_words()) ||
            listed(c, k, not_family_names()) ||
            entity_words::length(entity_words::key(c.tokens[k].text)) < 3)
            continue;
        // A facility's word is part of its name: "ميناء الشويخ", "منفذ
        // العبدلي" (a port, a border crossing).
        if (facility)
            c.claim(k - 1, k, EntityType::kPlace, without_particle(c, k - 1, k, facilities));
        else if (wilaya(c, k - 1))
            c.claim(k - 1, k, EntityType::kPlace, without_particle(c, k - 1, k, nouns));
        else
            c.claim(k, k, EntityType::kPlace);
    }
    wilayas_of_listed_places(c);
}

}  // namespace newsdex::entities::rules
