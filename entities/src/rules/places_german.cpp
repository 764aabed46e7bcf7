#include <algorithm>

#include "newsdex/strings.hpp"
#include "rules.hpp"

// German, Austrian and Swiss villages that no packaged list has, by their
// names' endings after a preposition of place.
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

}  // namespace newsdex::entities::rules
