#include <set>
#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Companies in English news that no list has, by the words around their
// name: what one does with a company ("shares of Rhenovia", "a bid for
// Calloway"), who works at one ("analysts at Jefferies", "a spokesman for
// Nordvik"), or an apposition that says what it is ("Nordvik, a
// Bergen-based maker of ship engines").
namespace newsdex::entities::rules {

namespace {

// A free capitalised name at word `first` (at most four words) that does
// not run on into more capitalised words, nor starts with a given name
// unless `given_name_first`: one past its end, or `first`.
std::size_t unlisted_name(const Context& c, std::size_t first, bool given_name_first = false) {
    if (first >= c.tokens.size() || c.used[first] || !c.capitalized(first)) return first;
    const std::size_t end = name_run(c, first, 4);
    if (end == first || (end < c.tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end)) ||
        c.possessive(end - 1) ||
        (!given_name_first && c.gazetteer.is_given_name(entity_words::key(c.tokens[first].text))))
        return first;
    return end;
}

// "the retailer Matahari Department Store", "state utility IDAAN": a word
// for a kind of company or body right before the name.
bool after_kind_word(const Context& c, std::size_t i) {
    static const cues::WordSet& kinds = cues::set("company-apposition-nouns");
    return i > 0 && c.adjacent(i - 1, i) && !c.capitalized(i - 1) && c.is(i - 1, kinds);
}

// "shares of X", "analysts at X": word i - 2 a context noun, i - 1 the
// preposition.
bool after_company_context(const Context& c, std::size_t i) {
    static const cues::WordSet& nouns = cues::set("company-context-nouns");
    if (i < 2 || !c.adjacent(i - 2, i - 1) || !c.adjacent(i - 1, i) || !c.is(i - 2, nouns))
        return false;
    const std::string& preposition = c.tokens[i - 1].text;
    return preposition == "of" || preposition == "in" || preposition == "for" ||
           preposition == "with" || preposition == "at";
}

// A word after a noun that ends the noun phrase it heads.
bool apposition_ends(const std::string& word) {
    static const cues::WordSet& ends = cues::set("apposition-head-ends");
    return ends.count(word) > 0;
}

}  // namespace

bool company_apposition(const Context& c, std::size_t end) {
    static const cues::WordSet& kinds = cues::set("company-apposition-nouns");
    const auto& tokens = c.tokens;
    if (end + 1 >= tokens.size() || c.text.substr(tokens[end - 1].end, 2) != ", ") return false;
    const std::string& article = tokens[end].text;
    if (article != "a" && article != "an" && article != "the") return false;
    for (std::size_t k = end + 1; k < tokens.size() && k <= end + 5; ++k) {
        // ("the U.S.-based registry": an abbreviation's dot before the hyphen.)
        if (!c.adjacent(k - 1, k) && !hyphenated(c, k - 1, k) && !separated_by(c, k - 1, k, ".-"))
            return false;
        // The kind word heads the apposition: nothing but a clause's
        // word follows it ("a Bergen-based maker of", "the utility,"; not
        // "a lab technician").
        if (c.is(k, kinds) && !c.capitalized(k) &&
            (k + 1 == tokens.size() || !c.adjacent(k, k + 1) ||
             apposition_ends(tokens[k + 1].text)))
            return true;
        const std::string& word = tokens[k].text;
        if (word == "of" || word == "for" || word == "at" || word == "with") return false;
    }
    return false;
}

// Turkish clubs are named in one word ending in "spor" (Samsunspor,
// Kasımpaşaspor), after their town's name when one is needed (Bandırma
// Kartalspor), in any language's text written in Latin letters.
void turkish_clubs(Context& c) {
    for (std::size_t i = 0; i < c.tokens.size(); ++i) {
        const std::string& word = c.tokens[i].text;
        if (c.used[i] || !c.capitalized(i) || entity_words::length(word) < 7 ||
            !newsdex::ends_with(word, "spor"))
            continue;
        // The town's place mention, if any, gives way to the club's name.
        const bool town = i > 0 && c.adjacent(i - 1, i) && c.capitalized(i - 1) &&
                          (c.name_word(i - 1) || (c.place[i - 1] && c.alone(i - 1)));
        c.claim(town ? i - 1 : i, i, EntityType::kOrganization);
    }
}

namespace {

// A story about a game: two of its words ("coach", "goals").
bool about_sport(const Context& c) {
    static const cues::WordSet& words = cues::set("sports-words-en");
    int seen = 0;
    for (std::size_t k = 0; k < c.tokens.size(); ++k)
        if (c.is(k, words) && ++seen == 2) return true;
    return false;
}

// A word that may follow a town's name in its club's ("Phoenix",
// "Seahorses"): a free name word, no head of a place or an event
// ("Stadium", "Cup").
bool club_word(const Context& c, std::size_t k) {
    static const cues::WordSet& events = cues::set("event-heads");
    return c.name_word(k) && !c.is(k, cues::place_heads()) && !c.is(k, events) &&
           !c.is(k, cues::organization_heads()) &&
           !c.gazetteer.is_given_name(entity_words::key(c.tokens[k].text));
}

}  // namespace

namespace {

// In a story about sport, a town's name and a word or two after it name
// the town's club: "Hanoi Phoenix", "Binh Duong Stars".
void clubs_named_after_towns(Context& c) {
    const std::size_t n = c.tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (!c.place[i] || (i > 0 && c.place[i - 1] && c.adjacent(i - 1, i))) continue;
        std::size_t end = i + 1;  // one past the town's name
        while (end < n && c.place[end] && c.adjacent(end - 1, end))
            ++end;
        std::size_t last = end;  // one past the club's words
        while (last < n && last < end + 2 && c.adjacent(last - 1, last) && club_word(c, last))
            ++last;
        const bool runs_on = last < n && c.adjacent(last - 1, last) && c.name_word(last);
        // ("Jordan Henderson", "Israel Adesanya": a given name.)
        const bool given_name =
            end == i + 1 && c.gazetteer.is_given_name(entity_words::key(c.tokens[i].text));
        if (last == end || runs_on || given_name || c.after_capital(i) || c.possessive(end - 1))
            continue;
        c.claim(i, last - 1, EntityType::kOrganization);
        i = last - 1;
    }
}

namespace {

// Word k is used as a team's name: a position or fans after it ("Hurricanes
// captain"), a match's verb or preposition before it, perhaps with "the"
// ("play the Stormers"), or a possessive ("the Crusaders' run").
bool used_as_a_team(const Context& c, std::size_t k) {
    static const cues::WordSet& context = cues::set("team-context-words");
    const auto& tokens = c.tokens;
    if (c.possessive(k) || separated_by(c, k, k + 1, "' ")) return true;
    if (k + 1 < tokens.size() && c.adjacent(k, k + 1) && !c.capitalized(k + 1) &&
        c.is(k + 1, context))
        return true;
    std::size_t before = k;
    if (before > 0 && tokens[before - 1].text == "the") --before;
    return before > 0 && c.adjacent(before - 1, before) && c.is(before - 1, context);
}

}  // namespace

// "The Hurricanes ended the Crusaders' run": in a story about sport, "the"
// and a capitalised plural no list has name a team, when the story uses
// the word as a team's somewhere (used_as_a_team), and so does the word
// elsewhere in the story ("Hurricanes captain Mikaere Paewai").
void teams_named_in_the_plural(Context& c) {
    const auto& tokens = c.tokens;
    std::set<std::string> plurals, teams;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string& word = tokens[i].text;
        if (tokens[i - 1].text != "the" || !c.adjacent(i - 1, i) || !c.name_word(i) ||
            word.size() < 5 || word.back() != 's' || demonym(word) ||
            (i + 1 < tokens.size() && c.adjacent(i, i + 1) && c.name_word(i + 1)))
            continue;
        plurals.insert(word);
    }
    for (std::size_t k = 0; k < tokens.size() && !plurals.empty(); ++k)
        if (plurals.count(tokens[k].text) && c.capitalized(k) && used_as_a_team(c, k))
            teams.insert(tokens[k].text);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (teams.count(tokens[i].text) && c.name_word(i) &&
            !(i + 1 < tokens.size() && c.adjacent(i, i + 1) && c.name_word(i + 1)))
            c.claim(i, i, EntityType::kOrganization);
}

}  // namespace

void clubs_and_teams_in_sport(Context& c) {
    if ((!c.language.empty() && c.language != "en") || !about_sport(c)) return;
    clubs_named_after_towns(c);
    teams_named_in_the_plural(c);
}

namespace {

// "State utility Vietnam Electricity", "the carrier Cebu Pacific": after a
// word for a kind of body, a place the gazetteer found and name words
// after it name a body. One past its end, or `i`.
std::size_t body_opening_with_a_place(const Context& c, std::size_t i) {
    if (!c.place[i] || !c.used[i] || !after_kind_word(c, i)) return i;
    const Mention* place = c.found.covering(c.tokens[i].begin, c.tokens[i].end);
    if (!place || place->type != EntityType::kPlace || place->begin != c.tokens[i].begin) return i;
    std::size_t after = i;
    while (after < c.tokens.size() && c.tokens[after].end <= place->end)
        ++after;
    if (after >= c.tokens.size() || !c.adjacent(after - 1, after) || !c.name_word(after)) return i;
    const std::size_t end = name_run(c, after, 3);
    const bool runs_on = end < c.tokens.size() && c.adjacent(end - 1, end) && c.capitalized(end);
    return end > after && !runs_on ? end : i;
}

}  // namespace

void organizations_by_context(Context& c) {
    if (!c.language.empty() && c.language != "en") return;
    for (std::size_t i = 0; i < c.tokens.size(); ++i) {
        if (const std::size_t end = body_opening_with_a_place(c, i); end > i) {
            c.claim(i, end - 1, EntityType::kOrganization);
            i = end - 1;
            continue;
        }
        // "Austin Energy, the city-owned utility": an apposition says a
        // name is a body's even when it starts with a given name.
        const std::size_t named = unlisted_name(c, i, true);
        const bool kind_before = after_kind_word(c, i);
        const std::size_t end = named > i && (kind_before || company_apposition(c, named))
                                    ? named
                                    : unlisted_name(c, i);
        if (end == i) continue;
        if (kind_before || after_company_context(c, i) || company_apposition(c, end)) {
            c.claim(i, end - 1, EntityType::kOrganization);
            i = end - 1;
        }
    }
}

}  // namespace newsdex::entities::rules
