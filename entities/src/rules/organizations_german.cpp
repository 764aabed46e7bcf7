#include <string>
#include <string_view>

#include "newsdex/strings.hpp"
#include "rules.hpp"

// Organisations in German text, where a body's name is often an adjective
// and one compound word: "Niedersächsisches Oberverwaltungsgericht",
// "Münchner Verkehrsgesellschaft", "Technischen Universität Graz". German
// writes adjectives in lower case, so one written with a capital before a
// word for a body is part of its name.
namespace newsdex::entities::rules {

namespace {

// The word without an adjective's ending (-e, -en, -em, -er, -es).
std::string_view without_ending(std::string_view word) {
    for (std::string_view end : {"en", "em", "er", "es", "e"})
        if (word.size() > end.size() + 2 && ends_with(word, end))
            return word.substr(0, word.size() - end.size());
    return word;
}

// "Technischen", "Staatliche", "Auswärtiges", "Freie" (folded).
bool name_adjective(std::string_view word) {
    static const cues::WordSet& stems = cues::set("german-name-adjectives");
    const std::string_view stem = without_ending(word);
    if (stem.size() == word.size()) return false;
    for (std::string_view end : {"isch", "lich", "ig", "al"})
        if (ends_with(stem, end)) return true;
    return stems.count(std::string(stem)) > 0;
}

// A compound ending in a word for a body ("oberverwaltungsgericht"), or
// the word itself; 0 for neither, 2 for a compound.
int body_word(std::string_view word) {
    static const cues::WordList& endings = cues::list("german-body-endings");
    // In the genitive too: "des Beelitzer Spargelvereins", "des Landgerichts".
    for (std::string_view form :
         {word, word.substr(0, word.size() - (ends_with(word, "s") ? 1 : 0))})
        for (std::string_view end : endings)
            if (ends_with(form, end)) return form.size() >= end.size() + 3 ? 2 : 1;
    return 0;
}

// A town's adjective ("Münchner", "Zürcher", "Wiener"): -er, capitalised
// and never written in lower case, not a pronoun that opens a sentence.
bool town_adjective(const Context& c, std::size_t k) {
    static constexpr std::string_view kPronouns[] = {"dieser",  "jener",   "welcher", "jeder",
                                                     "mancher", "solcher", "keiner",  "seiner",
                                                     "meiner",  "deiner",  "anderer", "einer"};
    const std::string& word = c.tokens[k].text;
    if (word.size() < 6 || !ends_with(word, "er") || c.written_in_lower_case(k)) return false;
    for (std::string_view pronoun : kPronouns)
        if (word == pronoun) return false;
    return true;
}

// After a body's word at `k - 1`: "für" (folded "fur") and the nouns it is for, joined by
// "und" or commas ("für Wirtschaft und Klimaschutz", "für Wasserbau, Hydrologie
// und Glaziologie"): one past the last, or `k`.
std::size_t after_what_for(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    if (k + 1 >= tokens.size() || tokens[k].text != "fur" || !c.adjacent(k - 1, k)) return k;
    std::size_t end = k + 1, last_noun = k;
    auto joined = [&](std::size_t j) {
        return c.adjacent(j - 1, j) ||
               (j > k + 1 && c.capitalized(j) && separated_by(c, j - 1, j, ", "));
    };
    // A list with commas is one only when "und" closes it: "für Wirtschaft,
    // Minister Robert Habeck" ends at Wirtschaft.
    std::size_t before_comma = 0;  // the last noun before the first comma
    bool closed = false;
    while (end < tokens.size() && end - k <= 6 && joined(end) && !c.used[end]) {
        if (!c.adjacent(end - 1, end) && !before_comma) before_comma = last_noun;
        if (c.capitalized(end))
            last_noun = end;
        else if (tokens[end].text != "und")
            break;
        closed = closed || (before_comma && tokens[end].text == "und");
        ++end;
    }
    if (before_comma && !(closed && last_noun > before_comma)) last_noun = before_comma;
    return last_noun > k ? last_noun + 1 : k;
}

}  // namespace

void organizations_in_german(Context& c) {
    if (c.language != "de") return;
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (c.used[k] || !c.capitalized(k)) continue;
        const std::string& word = tokens[k].text;
        const int kind = c.is(k, cues::organization_leads()) ? 1 : body_word(word);
        if (kind == 0) continue;
        // Name adjectives before it; a town's adjective ("Münchner",
        // "Zürcher") only right before a compound.
        std::size_t first = k;
        while (first > 0 && c.adjacent(first - 1, first) && c.capitalized(first - 1) &&
               !c.used[first - 1] &&
               (name_adjective(tokens[first - 1].text) ||
                (first == k && kind == 2 && town_adjective(c, first - 1))))
            --first;
        // A place after it: "Landgericht Hamburg", "Naturschutzbund Deutschland";
        // or what it is for: "Landesamt für Umwelt", "Institut für
        // Weltwirtschaft", "Bundesministerium für Wirtschaft und Klimaschutz".
        std::size_t end = k + 1;
        while (end < tokens.size() && c.adjacent(end - 1, end) && c.place[end] &&
               c.capitalized(end))
            ++end;
        if (end == k + 1) {
            end = after_what_for(c, end);
            // "Landesgericht für Strafsachen Graz": its town after what it is for.
            while (end > k + 1 && end < tokens.size() && c.adjacent(end - 1, end) && c.place[end] &&
                   c.capitalized(end))
                ++end;
        }
        // The whole of a place's name: "Rheinland-Pfalz", "Frankfurt am Main".
        if (end > k + 1 && c.place[end - 1])
            if (const Mention* m = c.found.covering(tokens[end - 1].begin, tokens[end - 1].end))
                end = past_mention(c, end - 1, *m);
        // "Bundeskartellamt", and a ministry of any kind: German news names
        // one ministry so ("das Wirtschaftsministerium teilte mit"), where
        // "das Landgericht" may be any court.
        const bool federal = kind == 2 && starts_with(word, "bundes");
        const bool ministry = kind == 2 && ends_with(word, "ministerium");
        if (first == k && end == k + 1 && !federal && !ministry) continue;
        c.claim(first, end - 1, EntityType::kOrganization);
        k = end - 1;
    }
}

// Word k names a place: the lists' (a town too, where a body's word says
// it is one), or a name with a German place name's ending ("Ebersberg",
// "Traunstein").
bool german_place_name(const Context& c, std::size_t k) {
    return c.capitalized(k) &&
           (c.place[k] || listed_one_word_place(c, k) || german_place_ending(c, k));
}

// A body named by its kind and its town: "Landratsamt Ebersberg",
// "Amtsgericht Rosenheim", "Klinikum Nürnberg". The town alone after
// the word, not a noun ("die Staatsanwaltschaft Ermittlungen").
namespace {

// Word k is a word for a kind of body, or a compound ending in one
// ("Satellitenhersteller").
bool company_kind(const Context& c, std::size_t k) {
    static const cues::WordList& kinds = cues::list("german-company-kinds");
    if (!c.capitalized(k)) return false;
    const std::string& word = c.tokens[k].text;
    for (std::string_view kind : kinds)
        if (word == kind || (word.size() >= kind.size() + 4 && ends_with(word, kind))) return true;
    return false;
}

// Word k can open a body's name after its kind: no word of the German
// word list ("Bahn"), no time of a day ("Mittwochabend").
bool opens_a_body_name(const Context& c, std::size_t k) {
    static const cues::WordList& days = cues::list("german-day-prefixes");
    const Token& t = c.tokens[k];
    if (c.used[k] || german_dictionary_word_at(c, k)) return false;
    for (std::string_view day : days)
        if (starts_with(t.text, day)) return false;
    return true;
}

}  // namespace

void bodies_after_their_kind(Context& c) {
    if (c.language != "de") return;
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!company_kind(c, i) || !c.adjacent(i, i + 1) || !opens_a_body_name(c, i + 1)) continue;
        std::size_t end = name_run(c, i + 1, 3);
        if (end == i + 1) continue;
        if (end < tokens.size() && c.adjacent(end - 1, end) && !c.used[end] &&
            c.is(end, cues::company_suffixes()))
            ++end;  // "Metrans GmbH"
        c.claim(i + 1, end - 1, EntityType::kOrganization);
        i = end - 1;
    }
}

void german_bodies_named_by_town(Context& c) {
    if (c.language != "de") return;
    static const cues::WordSet& kinds = cues::set("german-bodies-before-towns");
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, kinds) || !c.adjacent(i, i + 1) ||
            (c.used[i + 1] && !c.place[i + 1]))
            continue;
        // The place may be more than one word: "Landgericht Frankfurt am
        // Main"; an unlisted one of two joined by a hyphen, as districts
        // are named ("Kreisverwaltung Cochem-Zell").
        std::size_t last = i + 1;
        if (german_place_name(c, i + 1)) {
            if (const Mention* m = c.found.covering(tokens[i + 1].begin, tokens[i + 1].end))
                last = past_mention(c, i + 1, *m) - 1;
        } else if (i + 2 < tokens.size() && !c.used[i + 1] && c.name_word(i + 1) &&
                   hyphenated(c, i + 1, i + 2) && c.name_word(i + 2) && !c.used[i + 2]) {
            last = i + 2;
        } else {
            continue;
        }
        c.claim(i, last, EntityType::kOrganization);
        i = last;
    }
}

}  // namespace newsdex::entities::rules
