#pragma once
// The entity extractor's passes over one text, private to it. The
// gazetteer pass runs first; the rules then find names no list has, each
// rule one pass over the tokens, claiming the words it names so later
// rules leave them alone. Order matters and is set in entity_extractor.cpp.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entity_cues.hpp"
#include "newsdex/index/entities.hpp"

namespace newsdex::index::rules {

// Mentions as they are found; the lists of names come from them at the
// end, in text order, so a mention can still be withdrawn.
class Found {
  public:
    void add(EntityType type, const std::string& name, std::uint32_t begin, std::uint32_t end) {
        mentions_.push_back({type, name, begin, end});
    }
    // Mentions inside [begin, end) of the given type (any type when
    // `only_places` is false): a place or organisation named inside a
    // longer name (the Kharkiv Philharmonic) is part of that name.
    void withdraw_within(std::uint32_t begin, std::uint32_t end, bool only_places);
    const std::vector<Mention>& mentions() const { return mentions_; }
    // The mention that holds bytes [begin, end), if any.
    const Mention* covering(std::uint32_t begin, std::uint32_t end) const {
        for (const Mention& m : mentions_)
            if (m.begin <= begin && end <= m.end) return &m;
        return nullptr;
    }
    // The names by kind, main actors first (by salience(); the body starts
    // at byte `body_begin`).
    Entities result(std::uint32_t body_begin);

  private:
    std::vector<Mention> mentions_;
};

struct Context {
    // `title_size`: the title's bytes at the start of `text`.
    Context(std::string_view text, const TokenList& tokens, const Gazetteer& gazetteer,
            std::size_t title_size);

    std::string_view text;
    const TokenList& tokens;
    const Gazetteer& gazetteer;
    std::vector<bool> used;   // part of a mention
    std::vector<bool> place;  // part of a gazetteer place
    Found found;
    // Words before this offset are in a Title Case headline, where a
    // capital says nothing: rules treat them as lower case.
    std::uint32_t title_case_end = 0;
    std::uint32_t body_begin;  // after the title and the blank line

    // Words a and b follow each other with only spaces between (a name
    // does not run across a comma, a quote or a paragraph).
    bool adjacent(std::size_t a, std::size_t b) const;
    // A free capitalised word that can be part of a name.
    bool name_word(std::size_t k) const;
    bool capitalized(std::size_t k) const;
    // Word k follows a capitalised word with only spaces between: it is
    // inside a name that starts earlier.
    bool after_capital(std::size_t k) const {
        return k > 0 && adjacent(k - 1, k) && capitalized(k - 1);
    }
    // The word is written with a possessive 's: a name ends there.
    bool possessive(std::size_t k) const;
    // The mention made of word k alone ("Lund" the town), if any.
    const Mention* alone(std::size_t k) const;
    // Records tokens [first, last] as a mention of `type` named by their
    // text (or by `name` when given), and claims them.
    void claim(std::size_t first, std::size_t last, EntityType type, std::string name = {});
};

// Small helpers the rules share.
bool in(const cues::WordSet& words, const Token& token);
// Russian, Chinese, British, Iraqi: adjectives of nations, not names.
bool demonym(const std::string& word);
// "Jae-myung", "Dong-wook": word b continues word a after a hyphen.
bool hyphenated(const Context& c, std::size_t a, std::size_t b);
// Free name words from `first` on, at most `most`, not ending at an
// organisation or place word: the end of the name, or `first` for none.
std::size_t name_run(const Context& c, std::size_t first, std::size_t most);
// The end of a person's name starting at `first`: more surnames,
// particles, middle initials, hyphenated parts, at most `most` words
// (counted in `words`).
std::size_t person_name_end(const Context& c, std::size_t first, std::size_t most,
                            std::size_t& words);

// Places (entity_places.cpp) and organisations (entity_rules.cpp).
void places_by_head_word(Context& c);
void organizations_by_head_word(Context& c);
void organizations_by_lead_word(Context& c);
void places_in_datelines(Context& c);
void places_before_a_known_place(Context& c);
void places_after_prepositions(Context& c);
void places_named_with_of(Context& c);
void places_before_based(Context& c);
void places_after_place_nouns(Context& c);
void places_in_apposition(Context& c);
void acronyms_in_parentheses(Context& c);
// Organisations in Russian and Ukrainian (entity_cyrillic.cpp).
void organizations_in_cyrillic(Context& c);
// People (entity_people.cpp).
void people_after_titles(Context& c);
void people_by_given_name(Context& c);
void people_by_surname_first(Context& c);
void people_by_cyrillic_given_name(Context& c);
void people_by_initials(Context& c);
void people_by_surname_ending(Context& c);
void people_who_speak(Context& c);
void people_in_apposition(Context& c);
void later_mentions_of_people(Context& c);
// People in scripts without capitals (entity_scripts.cpp).
void people_in_hangul(Context& c);
void people_in_han(Context& c);
void people_in_arabic(Context& c);

}  // namespace newsdex::index::rules
