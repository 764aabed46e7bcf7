#include <algorithm>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// German, Austrian and Swiss villages that no packaged list has, by their
// names' endings after a preposition of place; places after a word for a
// settlement or a district ("Gemeinde Umhausen", "Landkreis Cloppenburg").
namespace newsdex::entities::rules {

bool german_place_ending(const Context& c, std::size_t k) {
    static const cues::WordList& endings = cues::list("german-place-endings");
    const std::string& word = c.tokens[k].text;
    return c.name_word(k) && std::any_of(endings.begin(), endings.end(), [&](const auto& e) {
               return word.size() >= e.size() + 3 && ends_with(word, e);
           });
}

// "in Riederalp und Bettmeralp", "aus Umhausen": a German name no list has,
// with a place name's ending, right after a preposition of place, and the
// names listed after it.
void places_after_german_prepositions(Context& c) {
    if (c.language != "de") return;
    static const cues::WordSet& prepositions = cues::set("town-prepositions-de");
    const auto& tokens = c.tokens;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        // "der Bürgermeister von Sölden": a mayor's town, whatever its ending.
        static const cues::WordSet& mayors = cues::set("german-offices-of-towns");
        const bool mayor = i > 1 && tokens[i - 1].text == "von" && c.adjacent(i - 2, i - 1) &&
                           c.adjacent(i - 1, i) && c.is(i - 2, mayors) && !c.used[i] &&
                           c.name_word(i);
        if (mayor) {  // "Bürgermeister von St. Margarethen": the whole name
            if (const std::size_t end = place_name_end(c, i); end > i)
                c.claim(i, end - 1, EntityType::kPlace);
            continue;
        }
        if (!german_place_ending(c, i) || !c.adjacent(i - 1, i) ||
            !(c.is(i - 1, prepositions) || tokens[i - 1].text == "von") ||
            (i + 1 < tokens.size() && c.adjacent(i, i + 1) && c.capitalized(i + 1)))
            continue;
        c.claim(i, i, EntityType::kPlace);
        // "in Riederalp und Bettmeralp"
        if (i + 2 < tokens.size() && tokens[i + 1].text == "und" && c.adjacent(i, i + 1) &&
            c.adjacent(i + 1, i + 2) && german_place_ending(c, i + 2) &&
            !(i + 3 < tokens.size() && c.adjacent(i + 2, i + 3) && c.capitalized(i + 3)))
            c.claim(i + 2, i + 2, EntityType::kPlace);
    }
}

namespace {

// Word k is a free German name with a place name's ending that no word
// list has, a list's last: "und" before it, no capitalised word after it.
bool last_of_a_list(const Context& c, std::size_t k) {
    return !c.used[k] && german_place_ending(c, k) && !german_dictionary_word_at(c, k) &&
           !(k + 1 < c.tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1));
}

}  // namespace

// "aus Blankenburg und Ilsenburg", "die Gemeinden Meckenbeuren, Tettnang
// und Markdorf": the name after "und" that closes a list of places, the
// first after a preposition of place or the one before after a comma.
void places_closing_german_lists(Context& c) {
    if (c.language != "de") return;
    static const cues::WordSet& prepositions = cues::set("town-prepositions-de");
    const auto& tokens = c.tokens;
    for (std::size_t j = 2; j + 1 < tokens.size(); ++j) {
        if (tokens[j].text != "und" || !c.place[j - 1] || !c.adjacent(j - 1, j) ||
            !c.adjacent(j, j + 1) || !last_of_a_list(c, j + 1))
            continue;
        const Mention* m = c.found.covering(tokens[j - 1].begin, tokens[j - 1].end);
        if (!m || m->type != EntityType::kPlace) continue;
        const std::size_t first = mention_start(c, j - 1, *m);
        const bool after_preposition =
            first > 0 && c.adjacent(first - 1, first) && c.is(first - 1, prepositions);
        const bool after_comma =
            first > 0 && c.place[first - 1] && separated_by(c, first - 1, first, ", ");
        if (after_preposition || after_comma) c.claim(j + 1, j + 1, EntityType::kPlace);
    }
}

namespace {

// A German compound that ends in a word for a settlement:
// "Nachbargemeinden", "Kreisstadt", "Heimatdorf".
bool german_settlement_compound(const Context& c, std::size_t k) {
    static const cues::WordList& ends = cues::list("german-settlement-compound-ends");
    const std::string& word = c.tokens[k].text;
    return c.language == "de" && c.capitalized(k) && ends_with_any(word, ends, 3);
}

// A listed place at word i right after a word that is part of a district's
// name ("Landkreis Cloppenburg"): one past the place's last word, or i.
std::size_t district_of_town(const Context& c, std::size_t i) {
    static const cues::WordSet& named_with = cues::set("settlement-nouns-in-names");
    if (!c.used[i] || !c.place[i] || !c.is(i - 1, named_with) || !c.adjacent(i - 1, i)) return i;
    const Mention* m = c.found.covering(c.tokens[i].begin, c.tokens[i].end);
    if (!m || m->type != EntityType::kPlace || m->begin != c.tokens[i].begin) return i;
    // Not a genitive: "der größte Bezirk Wiens" is a district of Vienna
    // (Wien), where "Kanton Wallis" is the canton.
    const std::string& word = c.tokens[i].text;
    if (word.size() > 1 && word.back() == 's')
        if (const auto* entries = c.gazetteer.starting_with(word.substr(0, word.size() - 1)))
            for (const Gazetteer::Entry* e : *entries)
                if (e->words.size() == 1 && e->canonical == m->canonical) return i;
    return past_mention(c, i, *m);
}

}  // namespace

// German and French name a place after a word for a settlement or region
// (here with the German rules, French's being one line):
// right after it in German ("Gemeinde Umhausen", "Landkreis Uelzen"),
// after "de" in French ("la commune de Tahannaout", "la ville d'Amizmiz").
void places_after_settlement_words(Context& c) {
    const cues::WordSet* nouns =
        c.language.empty() ? nullptr
                           : cues::find_set("settlement-nouns-" + std::string(c.language));
    if (!nouns) return;
    const auto& tokens = c.tokens;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        // "Landkreis Potsdam-Mittelmark": a listed town that opens a
        // hyphenated name is part of the district's name.
        const bool hyphen_name = c.used[i] && c.place[i] && i + 1 < tokens.size() &&
                                 hyphenated(c, i, i + 1) && c.capitalized(i + 1) && !c.used[i + 1];
        // "Landkreis Cloppenburg": the district named after a listed town.
        const std::size_t town_end = district_of_town(c, i);
        if ((c.used[i] && !hyphen_name && town_end == i) || !c.capitalized(i)) continue;
        const std::string_view raw =
            c.text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        const std::size_t elided = entity_words::elided_article(raw);
        std::size_t noun = i - 1;
        if (c.language == "fr" && elided == 0) {
            if (i < 2 || tokens[i - 1].text != "de" || !c.adjacent(i - 1, i)) continue;
            noun = i - 2;
        } else if (c.language == "fr" && raw.substr(0, 1) != "d" && raw.substr(0, 1) != "D") {
            continue;  // "l'Île": an article, not "de"
        }
        if (!(c.is(noun, *nouns) || german_settlement_compound(c, noun)) ||
            !c.adjacent(noun, noun + 1))
            continue;
        std::size_t end = town_end > i ? town_end : hyphen_name ? i + 1 : place_name_end(c, i);
        while (hyphen_name && end < tokens.size() && hyphenated(c, end - 1, end) &&
               c.capitalized(end))
            ++end;
        if (end == i || (end < tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end)))
            continue;
        // A district's word is part of its name: "Landkreis Uelzen" is the
        // district, Uelzen the town.
        static const cues::WordSet& named_with = cues::set("settlement-nouns-in-names");
        const std::size_t first = c.is(noun, named_with) && noun + 1 == i ? noun : i;
        const std::uint32_t from = first == i ? tokens[i].begin + elided : tokens[first].begin;
        c.claim(first, end - 1, EntityType::kPlace,
                std::string(c.text.substr(from, tokens[end - 1].end - from)));
        // "die Nachbargemeinden Bösel und Friesoythe": one name after "und".
        if (c.language == "de" && end + 1 < tokens.size() && tokens[end].text == "und" &&
            c.adjacent(end - 1, end) && c.adjacent(end, end + 1) && c.capitalized(end + 1) &&
            !c.used[end + 1] && place_name_end(c, end + 1) == end + 2 &&
            !(end + 2 < tokens.size() && c.adjacent(end + 1, end + 2) && c.capitalized(end + 2)))
            c.claim(end + 1, end + 1, EntityType::kPlace);
    }
}

}  // namespace newsdex::entities::rules
