#include <algorithm>

#include "cues.hpp"
#include "rules.hpp"
#include "words.hpp"

// The gate a small town's name passes (kind "town" in places-packaged.tsv):
// many are named after people or firms, so the text must say it is a place.
namespace newsdex::entities::rules {

namespace {

// A person's age as news writes it after the name: one to three digits.
bool age(const std::string& word) {
    return !word.empty() && word.size() <= 3 &&
           std::all_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Whether the text says that words [first, last] name a place: a
// preposition of place before them ("in Shelton", "в Пикалёво"), a
// settlement noun before or after ("the town of Sousa", "Stadt Lüneburg",
// "Uelzen district"), or a listed place after a comma ("Pocatello, Idaho").
bool said_to_be_a_place(const Context& c, std::size_t first, std::size_t last) {
    static const cues::WordSet& settlements = cues::set("settlement-nouns");
    const std::string language(c.language);
    const cues::WordSet* prepositions = cues::find_set("town-prepositions-" + language);
    const cues::WordSet* own_settlements = cues::find_set("settlement-nouns-" + language);
    auto settlement = [&](std::size_t k) {
        return c.is(k, settlements) || (own_settlements && c.is(k, *own_settlements));
    };
    // In a list after a place: "Panama City, Colón and La Chorrera".
    if (first > 0 && c.place[first - 1] && separated_by(c, first - 1, first, ", ")) return true;
    if (first > 1 && c.tokens[first - 1].text == "and" && c.adjacent(first - 1, first) &&
        c.adjacent(first - 2, first - 1) && c.place[first - 2])
        return true;
    if (first > 0 && c.adjacent(first - 1, first)) {
        const std::size_t k = first - 1;
        if (after_preposition_of_place(c, first) || settlement(k) ||
            (prepositions && c.is(k, *prepositions)))
            return true;
        const std::string& link = c.tokens[k].text;
        if ((link == "of" || link == "de") && k > 0 && c.adjacent(k - 1, k) && settlement(k - 1))
            return true;
        // Where a person named with their age lives: "Marcus Hale, 38, of
        // Guildford", "Margaret Dunlop, 74, from Paisley".
        if ((link == "of" || link == "from") && k > 1 && separated_by(c, k - 1, k, ", ") &&
            separated_by(c, k - 2, k - 1, ", ") && age(c.tokens[k - 1].text))
            return true;
    }
    const std::size_t next = last + 1;
    if (next >= c.tokens.size()) return false;
    if (c.adjacent(last, next) && settlement(next)) return true;
    const std::string_view between =
        c.text.substr(c.tokens[last].end, c.tokens[next].begin - c.tokens[last].end);
    if (between.find(',') == std::string_view::npos || between.size() > 2) return false;
    const Gazetteer::Entry* after = listed_name_at(c, next);
    return after && after->type == EntityType::kPlace && !after->town;
}

// Words [first, last] run on into another capitalised word ("Champlin
// Petroleum", "Burton Group"; after one too, unless the text says it is
// a place: "À Kaffrine") or take a possessive ("Shaw's"): a name of
// something else. (German writes every noun with a capital.)
bool part_of_a_longer_name(const Context& c, std::size_t first, std::size_t last,
                           bool said_to_be_a_place) {
    static const cues::WordSet& settlements = cues::set("settlement-nouns");
    if (c.possessive(last)) return true;
    if (c.language == "de") return false;
    const std::size_t next = last + 1;
    return (c.after_capital(first) && !said_to_be_a_place) ||
           (next < c.tokens.size() && c.adjacent(last, next) && c.capitalized(next) &&
            !c.is(next, settlements));
}

// German news names the towns of German-speaking countries bare
// ("Friedrichshafen", "Wernigerode"): one no word of the German word list
// ("Datteln", "Bergen") and no given name is the town there.
bool home_town_in_german(const Context& c, std::size_t i, const Gazetteer::Entry& e) {
    if (c.language != "de" || e.words.size() != 1) return false;
    const std::string country = c.gazetteer.country_of(e.canonical);
    if (country != "Germany" && country != "Austria" && country != "Switzerland") return false;
    const Token& t = c.tokens[i];
    const bool hyphenated = (t.begin > 0 && c.text[t.begin - 1] == '-') ||
                            (t.end < c.text.size() && c.text[t.end] == '-');  // Bernkastel-Wittlich
    return !hyphenated && !c.gazetteer.is_given_name(e.words.front()) &&
           !german_dictionary_word_at(c, i);
}

}  // namespace

// A small town's name is the town where the text says so, at one of its
// mentions (as far as the places listed before it go), and never runs
// into a longer name: elsewhere it is likely a person's or a company's
// (Shelton said, Gillette Co).
bool town_out_of_context(const Context& c, std::size_t i, const Gazetteer::Entry& e,
                         TownVerdicts& towns) {
    if (!e.town) return false;
    // A name in a script without capitals is listed with its settlement
    // suffix (輪島市, 남원시), which says it is a place.
    if (entity_words::hangul(c.tokens[i]) || entity_words::han_or_kana(c.tokens[i])) return false;
    // A word the text also writes in lower case ("the metro") is that word.
    if (e.words.size() == 1 && c.written_in_lower_case(i)) return true;
    if (home_town_in_german(c, i, e)) return false;
    // A town's name in Latin letters is written as listed: "bei Palmers"
    // (the firm) is no Palmer.
    if (e.words.size() == 1 && !entity_words::cyrillic(c.tokens[i]) &&
        entity_words::key(c.tokens[i].text) != e.words.front())
        return true;
    const auto [verdict, first_time] = towns.verdicts.try_emplace(e.canonical, true);
    if (!first_time) return verdict->second;
    if (!towns.mentions) {
        towns.mentions.emplace();
        for (std::size_t k = 0; k < c.tokens.size(); ++k)
            if (c.written_with_capital(k))
                if (const Gazetteer::Entry* other = listed_name_at(c, k);
                    other && other->type == EntityType::kPlace)
                    (*towns.mentions)[other->canonical].emplace_back(k, other->words.size());
    }
    bool said = false;
    for (const auto& [k, n] : (*towns.mentions)[e.canonical]) {
        // A Title Case headline's capitals say nothing: "in Metro Stations".
        const bool headline = c.tokens[k].begin < c.title_case_end;
        const bool said_here = !headline && said_to_be_a_place(c, k, k + n - 1);
        if (part_of_a_longer_name(c, k, k + n - 1, said_here)) return true;
        said = said || said_here;
    }
    return verdict->second = !said;
}

}  // namespace newsdex::entities::rules
