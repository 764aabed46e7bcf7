#include <string>
#include <string_view>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Arabic people named after their nationality, as Arabic news names
// players and foreigners (the rest of the Arabic rules: arabic.cpp).
namespace newsdex::entities::rules {

namespace {

// Word k is a nationality, "al-" and a country's name with -i or -iya
// ("البرازيلي", "الأميركي", "الفرنسية", "والسنغالي"): a listed one-word
// place, with or without the article, is its stem.
bool arabic_demonym(const Context& c, std::size_t k) {
    std::string key = entity_words::key(c.tokens[k].text);
    for (std::string_view particle : {"و", "ف", "ب"})
        if (starts_with(key, std::string(particle) + "ال")) key.erase(0, particle.size());
    if (!starts_with(key, "ال")) return false;
    key.erase(0, std::string("ال").size());
    for (std::string_view ending : {"يه", "ي"}) {
        if (!newsdex::ends_with(key, ending) || entity_words::length(key) < 5) continue;
        const std::string stem = key.substr(0, key.size() - ending.size());
        // "الفرنسي": فرنسا; "البريطانية", "الإيطالي": بريطانيا, إيطاليا.
        for (const std::string& name :
             {stem, "ال" + stem, stem + "ا", "ال" + stem + "ا", stem + "يا"})
            if (const auto* entries = c.gazetteer.starting_with(name))
                for (const Gazetteer::Entry* e : *entries)
                    if (e->type == EntityType::kPlace && e->words.size() == 1) return true;
    }
    return false;
}

}  // namespace

bool arabic_nationality(const Context& c, std::size_t k) {
    return arabic_demonym(c, k);
}

// A nationality before a name of two words, as Arabic news names players
// and foreigners: "البرازيلي دودو سيلفا", "الأميركي كارميلو أنطوني".
void people_after_arabic_demonyms(Context& c) {
    for (std::size_t k = 0; k + 2 < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(c.tokens[k]) || !arabic_demonym(c, k)) continue;
        // Not a nationality that describes the noun before it ("الجيش
        // الإسرائيلي يواصل", the Israeli army goes on).
        if (k > 0 && c.adjacent(k - 1, k) &&
            starts_with(entity_words::key(c.tokens[k - 1].text), "ال"))
            continue;
        // A name's word, then one no list has ("سيلفا" too, which starts
        // like a verb); a word with the article after is a description
        // ("المصنفة الأولى", ranked first), not a family name.
        const std::size_t first = k + 1;
        if (!arabic_next_free(c, first) || !arabic_name_word(c, first) ||
            !arabic_next_free(c, first + 1) || !arabic_unlisted_word(c, first + 1))
            continue;
        const std::size_t end = first + 2;
        c.claim(first, end - 1, EntityType::kPerson);
        k = end - 1;
    }
}

}  // namespace newsdex::entities::rules
