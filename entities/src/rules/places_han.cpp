#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Places in Chinese and Japanese words that join a place's name to a word
// about it: the analyser reads "长江流域" (the Yangtze basin) or "华北地区"
// as one word, which no gazetteer name matches whole.
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

}  // namespace

void places_in_han_compounds(Context& c) {
    if (c.language != "zh" && c.language != "ja") return;
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const auto b =
            c.tokens[k].text.empty() ? 0 : static_cast<unsigned char>(c.tokens[k].text[0]);
        if (c.used[k] || b < 0xE3 || b > 0xE9) continue;
        if (const Gazetteer::Entry* place = place_before_suffix(c, c.tokens[k].text))
            c.claim(k, k, EntityType::kPlace, place->canonical);
    }
}

}  // namespace newsdex::entities::rules
