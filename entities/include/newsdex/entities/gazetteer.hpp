#pragma once
// The dictionary of known names: entities/data/*.tsv (installed to
// share/newsdex/entities) plus any the user adds (--gazetteer), matched on
// the analyzer's folded words, so case, diacritics, full-width forms,
// Korean particles and common inflections do not matter. Used by the
// extractor when indexing and by search to resolve person:, org: and
// place: filters.
#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "newsdex/entities/entities.hpp"

namespace newsdex::entities {

// The key a name is looked up by in the index's alias table: its folded
// words as the gazetteer matches them (case, marks and Cyrillic endings
// aside: Харьков, Харькове), joined by spaces. The indexer writes each
// known entity's aliases under it; search looks typed names up by it.
std::string alias_key(const std::vector<std::string>& folded_words);

struct ListedEntity;  // one line of a list, as read (gazetteer.cpp)

class Gazetteer {
  public:
    // The shipped lists (from the data directory) and then `extra` files.
    // Throws std::runtime_error naming a file that cannot be read.
    static Gazetteer load(const std::vector<std::filesystem::path>& extra = {});

    // Reads a places/organizations/people file (format in
    // entities/data/README.md); the type comes from the file name.
    void add_file(const std::filesystem::path& file);
    void add(EntityType type, const std::string& canonical, const std::vector<std::string>& aliases,
             const std::string& country = {});

    // The canonical name for a name as a user types it (person:putin,
    // place:Kiev); the name itself when no list knows it.
    std::string canonical(EntityType type, std::string_view name) const;
    // The alias keys of an entity's names (see alias_key): none for one no
    // list has.
    std::vector<std::string> alias_keys(EntityType type, const std::string& canonical) const;
    // Every canonical name that qualifies `name` ("Conservative Party (UK)"
    // for "Conservative Party"); none when `name` is a canonical name itself
    // ("The Guardian").
    std::vector<std::string> qualified_names(EntityType type, const std::string& name) const;
    // Whether a list has an entity of this type and canonical name.
    bool knows(EntityType type, const std::string& canonical) const {
        return by_canonical_.count({type, canonical}) > 0;
    }
    // The country a place lies in ("" when unknown).
    std::string country_of(const std::string& place) const;
    // The Chinese place whose English name reads `reading` (pinyin without
    // tones, in either case: "Yaan" for Ya'an, "huangshan" for Huangshan
    // City), or "" for none or more than one. GeoNames names a
    // third of China's cities only in English (gazetteer_forms.cpp).
    std::string chinese_place_read_as(const std::string& reading) const;

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
        // The alias is meant in texts of this language only (ISO 639-1;
        // written "NABU@de" in a list), where it wins over other entries'
        // same words: NABU is Germany's Naturschutzbund in German, Ukraine's
        // anti-corruption bureau elsewhere. Both zero: any language.
        std::array<char, 2> language{};
        bool in_language(std::string_view text_language) const {
            return !language[0] || std::string_view(language.data(), 2) == text_language;
        }
        // A one-word Cyrillic alias as written (folded): "Совето", "Петра".
        // Matched through its key, it may meet another word's inflection
        // ("Совета", council's); see Gazetteer::form_matches.
        std::string cyrillic_form;
        // A small town, or a city's bare name that is a word (kind "town":
        // Shelton, Sousa, Cork): the text must say it is a place
        // (rules/towns.cpp, town_out_of_context).
        bool town = false;
        // A one-word alias that is the first word of its longer canonical
        // name ("Rio" for Rio de Janeiro): a short form.
        bool opens_canonical = false;
    };
    // Whether word `text` (folded) may stand for the one-word entry `e`:
    // any form when the alias is no Cyrillic word; else its own form, or,
    // for an alias that declines (not ending in -о, -е, -у, -ю, -і, -и), a
    // form of it that is not a listed given name ("Петро" is no Petra).
    bool form_matches(const Entry& e, const std::string& text) const;
    // Entries whose first word is `word`.
    const std::vector<const Entry*>* starting_with(const std::string& word) const;
    // The canonical names of `type` one of whose names is `name` after
    // more words ("Swiss Finance Ministry" for "Finance Ministry"), once each.
    std::vector<std::string> ending_with(EntityType type, std::string_view name) const;
    std::size_t size() const { return entries_.size(); }

    // Given names (given-names.txt: names separated by white space), by
    // the key of their first word: "Sabine Müller" is a person's name.
    void add_given_names_file(const std::filesystem::path& file);
    bool is_given_name(const std::string& key) const { return given_names_.count(key) > 0; }
    // A Cyrillic given name exactly as listed (folded, in the nominative):
    // "ігор" is, "ігоря" is not. Tells a name's case from its form.
    bool is_given_name_form(const std::string& folded) const {
        return given_name_forms_.count(folded) > 0;
    }

    // Parts of names in scripts without capitals (name-parts.txt: a kind,
    // a TAB, names separated by spaces): ko-surname, ko-given, ja-surname,
    // zh-surname as written; ar-given, ar-surname by the key of the word.
    void add_name_parts_file(const std::filesystem::path& file);
    bool is_name_part(const std::string& kind, const std::string& name) const;

  private:
    const Analyzer& analyzer() const;
    // The keys of a name's analysed words, as entries hold them.
    std::vector<std::string> keys_of_name(std::string_view name) const;
    // The entry for one name of an entity (words empty: the name has none).
    Entry entry_for(EntityType type, const std::string& canonical, const std::string& name) const;
    void add_listings(const std::vector<ListedEntity>& listings);
    static void add_ampersand_forms(std::vector<std::unique_ptr<Entry>>& entries);
    static void add_declined_adjective_forms(std::vector<std::unique_ptr<Entry>>& entries);
    void add_chinese_reading(const std::string& canonical);
    // The lookup key of a name's first word, as the extractor sees it.
    std::optional<std::string> first_key(const std::string& name) const;
    std::vector<std::unique_ptr<Entry>> entries_;
    // Looked up for every word indexed: hashed.
    std::unordered_map<std::string, std::vector<const Entry*>> by_first_word_;
    // Names of three words or more by their last two (ending_with).
    std::unordered_map<std::string, std::vector<const Entry*>> by_last_words_;
    std::map<std::pair<EntityType, std::string>, std::vector<const Entry*>> by_canonical_;
    std::map<std::string, std::string> countries_;
    std::unordered_map<std::string, std::string> chinese_places_by_reading_;  // "": two
    std::unordered_set<std::string> given_names_;
    std::unordered_set<std::string> given_name_forms_;
    std::unordered_map<std::string, std::unordered_set<std::string>> name_parts_;
    std::map<std::pair<EntityType, std::string>, std::string> codes_;
};

// A gazetteer loaded when first asked for, once, by whichever thread asks
// first: loading analyses 72,000 names (a quarter of a second of CPU,
// spread over the cores), and a run that finds nothing new to index needs
// none of them. A load that fails throws to the caller and is tried again
// by the next.
class GazetteerOnDemand {
  public:
    explicit GazetteerOnDemand(std::vector<std::filesystem::path> extra = {})
        : extra_(std::move(extra)) {}
    // One already loaded (kept by the caller).
    explicit GazetteerOnDemand(const Gazetteer& loaded) : loaded_(&loaded) {}
    GazetteerOnDemand(const GazetteerOnDemand&) = delete;
    GazetteerOnDemand& operator=(const GazetteerOnDemand&) = delete;

    const Gazetteer& get() const {
        if (loaded_) return *loaded_;
        std::call_once(once_, [this] { own_.emplace(Gazetteer::load(extra_)); });
        return *own_;
    }

  private:
    std::vector<std::filesystem::path> extra_;
    const Gazetteer* loaded_ = nullptr;
    mutable std::once_flag once_;
    mutable std::optional<Gazetteer> own_;
};

}  // namespace newsdex::entities
