// Names of works, bands and products taken for people: "the film Vera
// Drake", "rock band Franz Ferdinand", "brands include Bass, Stella
// Artois", "the Harry Potter games". A person found by the rules whose
// name stands right after or before a work noun (cues/work-nouns-*.txt) is
// withdrawn, every mention of it; people the gazetteer knows stay.
#include <algorithm>
#include <set>

#include "../cues.hpp"
#include "rules.hpp"

namespace newsdex::entities::rules {

namespace {

bool known_person(const Context& c, const std::string& canonical) {
    return !c.gazetteer.alias_keys(EntityType::kPerson, canonical).empty();
}

// The tokens of a mention, by their byte offsets (tokens are in text
// order); first > last when it covers none.
std::pair<std::size_t, std::size_t> tokens_of(const Context& c, const Mention& m) {
    const auto first =
        std::lower_bound(c.tokens.begin(), c.tokens.end(), m.begin,
                         [](const Token& t, std::uint32_t offset) { return t.begin < offset; });
    auto end = first;
    while (end != c.tokens.end() && end->end <= m.end)
        ++end;
    if (end == first) return {1, 0};
    return {static_cast<std::size_t>(first - c.tokens.begin()),
            static_cast<std::size_t>(end - c.tokens.begin()) - 1};
}

bool next_to_a_work_noun(const Context& c, std::size_t first, std::size_t last) {
    // "Dr Mark Tuffy games systems director": a title makes a person.
    if (first > 0 && c.is(first - 1, cues::person_titles())) return false;
    static const cues::WordSet& before = cues::set("work-nouns-before");
    static const cues::WordSet& after = cues::set("work-nouns-after");
    if (first > 0 && c.adjacent(first - 1, first) && c.is(first - 1, before)) return true;
    // "films like Harry Potter", "brands include Bass, Stella Artois"
    if (first > 1 && c.is(first - 2, before) &&
        (c.tokens[first - 1].text == "like" || c.tokens[first - 1].text == "include"))
        return true;
    return last + 1 < c.tokens.size() && c.adjacent(last, last + 1) && c.is(last + 1, after);
}

}  // namespace

void people_that_are_works(Context& c) {
    std::set<std::string> works;
    for (const Mention& m : c.found.mentions()) {
        if (m.type != EntityType::kPerson || works.count(m.canonical)) continue;
        const auto [first, last] = tokens_of(c, m);
        if (first > last) continue;
        if (next_to_a_work_noun(c, first, last) && !known_person(c, m.canonical))
            works.insert(m.canonical);
    }
    for (const std::string& name : works)
        c.found.withdraw(EntityType::kPerson, name);
}

}  // namespace newsdex::entities::rules
