#include <string>
#include <string_view>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Organisations in French text, where a body's name is a head word with a
// capital and then words in lower case: adjectives and "de" phrases
// ("Fédération française de l'assurance", "Direction générale des finances
// publiques", "Cour d'appel du Québec").
namespace newsdex::entities::rules {

namespace {

constexpr std::size_t kMostWords = 10;  // after the head word
constexpr int kMostLinks = 3;           // "de" phrases

// An adjective by its ending (folded): "française", "générale",
// "canadiens", "islamique", "supérieure", "publiques", "sénégalais".
bool adjective(std::string_view word) {
    for (std::string_view end :
         {"ais",    "aise", "aises", "ain",  "aine",  "ains", "aines", "ien",   "ienne",  "iens",
          "iennes", "ique", "iques", "al",   "ale",   "aux",  "ales",  "el",    "elle",   "els",
          "elles",  "ier",  "iere",  "iers", "ieres", "ieur", "ieure", "ieurs", "ieures", "aire",
          "aires",  "if",   "ive",   "ifs",  "ives",  "ees",  "ee"})
        if (ends_with(word, end, 2)) return true;
    return false;
}

// The word is written with an elided de or le before it ("d'appel",
// "l'histoire").
bool elided(const Context& c, std::size_t k, char letter) {
    const std::string_view raw =
        c.text.substr(c.tokens[k].begin, c.tokens[k].end - c.tokens[k].begin);
    return entity_words::elided_article(raw) > 0 && (raw[0] | 0x20) == letter;
}

struct Span {
    std::size_t end;  // one past the last word of the name
    bool capital;     // its last word is written with a capital
};

// Adjectives (or names) after word `end - 1`, written with spaces or a
// hyphen between ("ouest-africain").
Span adjectives(const Context& c, Span s, std::size_t limit) {
    while (s.end < limit && (c.adjacent(s.end - 1, s.end) || hyphenated(c, s.end - 1, s.end))) {
        if (c.capitalized(s.end) && (c.name_word(s.end) || c.place[s.end])) {
            s.capital = true;
        } else if (s.end + 1 < limit && !c.capitalized(s.end) && hyphenated(c, s.end, s.end + 1) &&
                   adjective(c.tokens[s.end + 1].text)) {
            ++s.end;  // "ouest-africain"
            s.capital = false;
        } else if (!c.capitalized(s.end) && adjective(c.tokens[s.end].text)) {
            s.capital = false;
        } else {
            break;
        }
        ++s.end;
    }
    return s;
}

// "de la protection", "des finances", "du Québec", "d'appel", "de
// l'assurance": a "de" and the word after it, at `s.end`; the span
// unchanged when there is none.
Span de_phrase(const Context& c, Span s, std::size_t limit) {
    static const cues::WordSet& function_words = cues::set("french-function-words");
    const auto& tokens = c.tokens;
    std::size_t noun = s.end;
    if (noun < limit && elided(c, noun, 'd') && c.adjacent(noun - 1, noun)) {
        // "d'appel": the elided de is part of the word
    } else if (noun + 1 < limit && c.adjacent(noun - 1, noun) && c.adjacent(noun, noun + 1) &&
               !c.capitalized(noun) &&
               (tokens[noun].text == "de" || tokens[noun].text == "des" ||
                tokens[noun].text == "du")) {
        ++noun;
        if (tokens[noun].text == "la" && noun + 1 < limit && c.adjacent(noun, noun + 1)) ++noun;
    } else {
        return s;
    }
    if (function_words.count(tokens[noun].text) || (c.used[noun] && !c.place[noun]) ||
        tokens[noun].text.empty())
        return s;
    return adjectives(c, {noun + 1, c.capitalized(noun)}, limit);
}

}  // namespace

void organizations_in_french(Context& c) {
    if (c.language != "fr") return;
    static const cues::Table& leads = cues::table("french-body-leads");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (c.used[k]) continue;
        const auto lead = leads.find(tokens[k].text);
        if (lead == leads.end() || (!c.capitalized(k) && lead->second != "lower")) continue;
        const std::size_t limit = std::min(tokens.size(), k + 1 + kMostWords);
        Span s = adjectives(c, {k + 1, false}, limit);
        for (int links = 0; links < kMostLinks; ++links) {
            const Span next = de_phrase(c, s, limit);
            if (next.end == s.end) break;
            s = next;
        }
        if (s.end == k + 1 || (!c.capitalized(k) && !s.capital)) continue;
        // Named without an elided article: "l'Office ..." is "Office ...".
        const std::uint32_t from =
            tokens[k].begin + static_cast<std::uint32_t>(entity_words::elided_article(
                                  c.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)));
        c.claim(k, s.end - 1, EntityType::kOrganization,
                std::string(c.text.substr(from, tokens[s.end - 1].end - from)));
        k = s.end - 1;
    }
}

}  // namespace newsdex::entities::rules
