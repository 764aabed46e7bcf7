#pragma once
// What every rule of the extractor works on: one text with its tokens,
// which of them are claimed, and the mentions found so far. Private to the
// entity library.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "cues.hpp"
#include "newsdex/entities/entities.hpp"
#include "newsdex/entities/gazetteer.hpp"

namespace newsdex::entities::rules {

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
    // Every mention of this entity.
    void withdraw(EntityType type, const std::string& canonical);
    // Every mention of `from` becomes one of `to` (one name per entity),
    // of type `to_type` (a person's name that is a body's said short).
    void rename(EntityType type, const std::string& from, const std::string& to) {
        rename(type, from, type, to);
    }
    void rename(EntityType type, const std::string& from, EntityType to_type,
                const std::string& to) {
        for (Mention& m : mentions_)
            if (m.type == type && m.canonical == from) m.type = to_type, m.canonical = to;
    }
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

// Which scripts a text writes anything in, by the lead bytes of its
// characters (as entity_words tells a token's script): rules for one
// script are skipped where it has no character, most of a corpus.
struct Scripts {
    bool cyrillic = false;     // D0-D4
    bool arabic = false;       // D8-DB
    bool han_or_kana = false;  // E3-E9
    bool hangul = false;       // EA-ED
    static Scripts of(std::string_view text);
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
    std::uint32_t body_begin;   // after the title and the blank line
    std::string_view language;  // ISO 639-1, or empty when unknown
    Scripts scripts;

    // Words a and b follow each other with only spaces between (a name
    // does not run across a comma, a quote or a paragraph).
    bool adjacent(std::size_t a, std::size_t b) const;
    // A free capitalised word that can be part of a name.
    bool name_word(std::size_t k) const;
    bool capitalized(std::size_t k) const;
    // Word k is written with a capital (or in a script without case), in a
    // headline too (entity_words::capitalized).
    bool written_with_capital(std::size_t k) const { return capital_[k]; }
    // Word k follows a capitalised word with only spaces between: it is
    // inside a name that starts earlier.
    bool after_capital(std::size_t k) const {
        return k > 0 && adjacent(k - 1, k) && capitalized(k - 1);
    }
    // The word is written with a possessive 's: a name ends there.
    bool possessive(std::size_t k) const;
    // Word k is one of `words` (a list of cues): a bit of the word's
    // classes, found once per word, for the lists that have one.
    bool is(std::size_t k, const cues::WordSet& words) const {
        return words.bit < cues::kNoClass ? classes_[k].test(words.bit)
                                          : words.count(tokens[k].text) > 0;
    }
    // The text also writes word k's word in lower case somewhere ("police"
    // beside a sentence's "Police"): an ordinary word, not a name.
    bool written_in_lower_case(std::size_t k) const;
    // The mention made of word k alone ("Lund" the town), if any.
    const Mention* alone(std::size_t k) const;
    // Records tokens [first, last] as a mention of `type` named by their
    // text (or by `name` when given), and claims them. The mention keeps a
    // possessive out and a closing quote in ("ТОВ «Левада Лабс»"); a body
    // named by its text leaves out a leading "the" (and what it held).
    void claim(std::size_t first, std::size_t last, EntityType type, std::string name = {});
    // The gazetteer keys word k may stand for (entity_words::candidates),
    // made once per word: a first word with many names ("new") asks for
    // the next words' keys once per name.
    const std::vector<std::string>& candidates(std::size_t k) const;

  private:
    mutable std::vector<std::vector<std::string>> candidates_;  // empty: not made yet
    // The words written in lower case, made on the first question.
    mutable std::optional<std::unordered_set<std::string_view>> lower_case_words_;
    // What every rule asks of each word, found once (ICU case properties,
    // list lookups): written with a capital (or in a script without case),
    // and fit to be part of a name when free and not in a title-case headline.
    std::vector<char> capital_;
    std::vector<char> nameable_;
    std::vector<cues::Classes> classes_;
};

}  // namespace newsdex::entities::rules
