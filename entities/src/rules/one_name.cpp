// One canonical name per entity in a story: an organisation the gazetteer
// knows only with a qualifier takes it ("Conservative Party" ->
// "Conservative Party (UK)", or the qualified one the story names too when
// there are several), and a person named by the last words of a longer name in
// the same story is that person ("Bra Kanon" -> "Denis Bra Kanon").
#include <set>
#include <string>
#include <vector>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

// `shorter`'s words end `longer`'s, and `longer` has more of them.
bool ends(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() >= 2 && longer.size() > shorter.size() &&
           std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

// The country a qualifier names ("UK" in "Conservative Party (UK)"), or "".
std::string qualifier_country(const Context& c, const std::string& qualified) {
    const std::size_t open = qualified.rfind(" (");
    const std::string qualifier = qualified.substr(open + 2, qualified.size() - open - 3);
    const std::string place = c.gazetteer.canonical(EntityType::kPlace, qualifier);
    return c.gazetteer.country_of(place) == place ? place : std::string();
}

// The body a story means by an unqualified name the lists know only
// qualified: the one qualified name, unless it is another country's than
// every one the story's places are in (a Kenyan story's "Ministry of
// Public Security" is no Chinese ministry); of several ("Conservative
// Party (UK)", "(Norway)"), the one the story also names otherwise ("the
// Tories"), else the one of the only country among its places' countries.
std::string qualified_in_story(const Context& c,
                               const std::set<std::pair<EntityType, std::string>>& names,
                               const std::set<std::string>& countries, const std::string& name) {
    const std::vector<std::string> candidates =
        c.gazetteer.qualified_names(EntityType::kOrganization, name);
    if (candidates.empty()) return {};
    if (candidates.size() == 1) {
        const std::string country = qualifier_country(c, candidates.front());
        const bool elsewhere = !country.empty() && !countries.empty() && !countries.count(country);
        return elsewhere ? std::string() : candidates.front();
    }
    auto one_of = [](const std::vector<std::string>& found) {
        return found.size() == 1 ? found.front() : std::string();
    };
    std::vector<std::string> named;
    for (const std::string& q : candidates)
        if (names.count({EntityType::kOrganization, q})) named.push_back(q);
    if (!named.empty()) return one_of(named);
    std::vector<std::string> local;
    for (const std::string& q : candidates)
        if (countries.count(qualifier_country(c, q))) local.push_back(q);
    return one_of(local);
}

// The body a story means by a generic name no list has ("the Finance
// Ministry said"): the one body of a country of the story's places that
// the lists name so after more words ("Swiss Finance Ministry" for the
// "Federal Department of Finance (Switzerland)"), or "".
std::string generic_body_in_story(const Context& c, const std::set<std::string>& countries,
                                  const std::string& name) {
    if (c.gazetteer.knows(EntityType::kOrganization, name)) return {};
    std::vector<std::string> local;
    for (const std::string& body : c.gazetteer.ending_with(EntityType::kOrganization, name))
        if (body.find(" (") != std::string::npos && countries.count(qualifier_country(c, body)))
            local.push_back(body);
    return local.size() == 1 ? local.front() : std::string();
}

// An English word in lower case (the cue lists are folded).
std::string ascii_lower(std::string word) {
    for (char& ch : word)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return word;
}

}  // namespace

void one_name_per_entity(Context& c) {
    std::set<std::pair<EntityType, std::string>> names;
    for (const Mention& m : c.found.mentions())
        names.insert({m.type, m.canonical});
    // The countries the story's places are in (places no list has aside).
    std::set<std::string> countries;
    for (const auto& [type, place] : names)
        if (type == EntityType::kPlace) countries.insert(c.gazetteer.country_of(place));
    countries.erase("");
    for (const auto& [type, name] : names) {
        // Organisations only: "Georgia" is no less a country for the
        // gazetteer's "Georgia (U.S. state)".
        if (type != EntityType::kOrganization || name.find(" (") != std::string::npos) continue;
        std::string qualified = qualified_in_story(c, names, countries, name);
        if (qualified.empty()) qualified = generic_body_in_story(c, countries, name);
        if (!qualified.empty()) c.found.rename(type, name, qualified);
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> people;  // name, its words
    for (const auto& [type, name] : names)
        if (type == EntityType::kPerson) people.emplace_back(name, entity_words::words_of(name));
    // "Shannon Mutual Bank ... Shannon Mutual has had its head office": a
    // person's name of two words or more that opens a body's name the story
    // gives in full (the person rules took the given name) is that body.
    // (Not a body named after the person: "Nelson Mandela Foundation".)
    static const cues::WordSet& named_after = cues::set("named-after-heads");
    for (const auto& [person, words] : people) {
        if (words.size() < 2) continue;
        for (const auto& [type, body] : names) {
            if (type != EntityType::kOrganization) continue;
            const std::vector<std::string> body_words = entity_words::words_of(body);
            if (body_words.size() > words.size() &&
                std::equal(words.begin(), words.end(), body_words.begin()) &&
                !named_after.count(ascii_lower(body_words[words.size()]))) {
                c.found.rename(EntityType::kPerson, person, EntityType::kOrganization, body);
                break;
            }
        }
    }
    for (const auto& [name, words] : people) {
        // German writes a person's genitive with an s ("Rudolf Kemlers
        // Abgang", "Kemlers Nachfolger"): the name without it, when the
        // story names that person so.
        std::vector<std::string> own = words;
        const bool genitive = c.language == "de" && !own.empty() && ends_with(own.back(), "s") &&
                              !ends_with(own.back(), "ss");
        if (genitive) own.back().pop_back();
        std::vector<const std::string*> longer;
        for (const auto& [other, other_words] : people)
            if (ends(other_words, own) || (genitive && other_words == own))
                longer.push_back(&other);
        if (longer.size() == 1) c.found.rename(EntityType::kPerson, name, *longer.front());
    }
}

}  // namespace newsdex::entities::rules
