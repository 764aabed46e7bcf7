#pragma once
// People, organisations and places in an article, each under one canonical
// name with its aliases folded in (U.S. = United States, IAEA =
// International Atomic Energy Agency, Kiev = Kyiv). Two sources:
//  - gazetteers: common/data/entities/*.tsv (installed to
//    share/newsdex/entities) plus any the user adds (--gazetteer), matched
//    on the analyzer's folded words, so case, diacritics, full-width forms,
//    Korean particles and common inflections do not matter;
//  - rules for names no list has: title cues ("Defense Minister Shin
//    Wonsik", "spokesman John Kirby", "Mr. Smith") for people, and
//    capitalised names ending in an organisation word ("... Council",
//    "... Bank", "... Corp") for organisations.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newsdex/analyzer.hpp"
#include "newsdex/document.hpp"

namespace newsdex::index {

enum class EntityType { kPerson, kOrganization, kPlace };

struct Mention {
    EntityType type;
    std::string canonical;
    std::uint32_t begin, end;  // byte offsets in title + "\n\n" + body
};

struct Entities {
    std::vector<std::string> people, organizations, places;  // canonical, by first mention
    std::vector<Mention> mentions;                           // every one, in text order
};

class Gazetteer {
  public:
    // The shipped lists (from the data directory) and then `extra` files.
    // Throws std::runtime_error naming a file that cannot be read.
    static Gazetteer load(const std::vector<std::filesystem::path>& extra = {});

    // Reads a places/organizations/people file (format in
    // common/data/entities/README.md); the type comes from the file name.
    void add_file(const std::filesystem::path& file);
    void add(EntityType type, const std::string& canonical, const std::vector<std::string>& aliases,
             const std::string& country = {});

    // The canonical name for a name as a user types it (person:putin,
    // place:Kiev); the name itself when no list knows it.
    std::string canonical(EntityType type, std::string_view name) const;
    // The country a place lies in ("" when unknown).
    std::string country_of(const std::string& place) const;

    // Source codes (Reuters-21578 PLACES, PEOPLE, ORGS) to canonical names:
    // a file of type<TAB>code<TAB>canonical lines. An unknown code comes
    // back as it is.
    void add_codes_file(const std::filesystem::path& file);
    std::string from_code(EntityType type, const std::string& code) const;

    struct Entry {
        EntityType type;
        std::string canonical;
        std::vector<std::string> words;  // an alias as the keys of its analyzed words
        bool capitals_only = false;      // US, UN, WHO: only when written in capitals
        // The alias ends in a capitalised word that is no generic head
        // (State, Federation): the text must write it with a capital too
        // ("New Zealand First", the party; not "New Zealand first").
        bool capital_last = false;
    };
    // Entries whose first word is `word`.
    const std::vector<const Entry*>* starting_with(const std::string& word) const;
    std::size_t size() const { return entries_.size(); }

    // Given names (given-names.txt: names separated by white space), by
    // the key of their first word: "Sabine Müller" is a person's name.
    void add_given_names_file(const std::filesystem::path& file);
    bool is_given_name(const std::string& key) const { return given_names_.count(key) > 0; }

    // Parts of names in scripts without capitals (name-parts.txt: a kind,
    // a TAB, names separated by spaces): ko-surname, ko-given, ja-surname,
    // zh-surname as written; ar-given, ar-surname by the key of the word.
    void add_name_parts_file(const std::filesystem::path& file);
    bool is_name_part(const std::string& kind, const std::string& name) const;

  private:
    const Analyzer& analyzer() const;
    // The lookup key of a name's first word, as the extractor sees it.
    std::optional<std::string> first_key(const std::string& name) const;
    std::vector<std::unique_ptr<Entry>> entries_;
    // Looked up for every word indexed: hashed.
    std::unordered_map<std::string, std::vector<const Entry*>> by_first_word_;
    std::map<std::string, std::string> countries_;
    std::unordered_set<std::string> given_names_;
    std::unordered_map<std::string, std::unordered_set<std::string>> name_parts_;
    std::map<std::pair<EntityType, std::string>, std::string> codes_;
};

class EntityExtractor {
  public:
    explicit EntityExtractor(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
    // `language`: the text's ISO 639-1 code when known; rules that read
    // English grammar ("in Aarhus") run only for "en" or an unknown one.
    Entities extract(std::string_view title, std::string_view body,
                     std::string_view language = {}) const;
    // The same from tokens the indexer has already made (any analyzer of
    // the standard chain, stems or not), so nothing is analysed twice.
    Entities extract(std::string_view title, const TokenList& title_tokens, std::string_view body,
                     const TokenList& body_tokens, std::string_view language = {}) const;

  private:
    Entities extract_from(std::string_view text, const TokenList& tokens, std::size_t title_size,
                          std::string_view language) const;
    const Gazetteer& gazetteer_;
};

std::string_view entity_type_name(EntityType type);

// How much each entity weighs in a text, to tell a story's main actors:
// one per mention, two in the headline or lead (the first kLeadBytes of
// the body, which starts at byte `body_begin` of the mentions' text).
inline constexpr std::uint32_t kLeadBytes = 250;
using EntityKey = std::pair<EntityType, std::string>;
std::map<EntityKey, int> salience(const std::vector<Mention>& mentions, std::uint32_t body_begin);

}  // namespace newsdex::index
