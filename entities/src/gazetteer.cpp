#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "cues.hpp"
#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/parallel.hpp"
#include "newsdex/paths.hpp"
#include "newsdex/strings.hpp"
#include "words.hpp"

namespace newsdex::entities {

std::string_view entity_type_name(EntityType type) {
    switch (type) {
        case EntityType::kPerson:
            return "person";
        case EntityType::kOrganization:
            return "organization";
        case EntityType::kPlace:
            return "place";
    }
    return "";
}

const Analyzer& Gazetteer::analyzer() const {
    static const Analyzer analyzer = Analyzer::standard();
    return analyzer;
}

// One line of a list: a canonical name, its aliases, a place's country.
struct ListedEntity {
    EntityType type;
    std::string canonical;
    std::vector<std::string> aliases;
    std::string country;
    bool town = false;  // a place of kind "town" (places-packaged.tsv)
};

namespace {

std::vector<std::string> split_aliases(const std::string& aliases) {
    std::vector<std::string> list;
    for (std::size_t start = 0; start <= aliases.size();) {
        const std::size_t bar = aliases.find('|', start);
        std::string alias = aliases.substr(start, bar - start);
        if (!alias.empty()) list.push_back(std::move(alias));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return list;
}

EntityType type_of_list(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return name.find("place") != std::string::npos ? EntityType::kPlace
           : name.find("org") != std::string::npos ? EntityType::kOrganization
           : name.find("people") != std::string::npos || name.find("person") != std::string::npos
               ? EntityType::kPerson
               : throw std::runtime_error("gazetteer " + file.string() +
                                          ": name it places*, org* or people*");
}

// A places/organizations/people file's lines (format in
// entities/data/README.md); the type comes from the file name.
std::vector<ListedEntity> read_list(const std::filesystem::path& file) {
    std::vector<ListedEntity> out;
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read gazetteer " + file.string());
    const EntityType type = type_of_list(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> columns;
        for (std::size_t start = 0;;) {
            const std::size_t tab = line.find('\t', start);
            columns.push_back(line.substr(start, tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (columns[0].empty()) continue;
        // places: canonical, kind, country, aliases; others: canonical, kind/role,
        // aliases. Columns after the aliases (places-packaged.tsv's source) are notes.
        const std::size_t alias_column = type == EntityType::kPlace ? 3 : 2;
        out.push_back({type, columns[0],
                       columns.size() > alias_column ? split_aliases(columns[alias_column])
                                                     : std::vector<std::string>{},
                       type == EntityType::kPlace && columns.size() >= 4 ? columns[2] : "",
                       type == EntityType::kPlace && columns.size() > 1 && columns[1] == "town"});
    }
    return out;
}

// An alias without its language tag ("NABU@de": NABU, and "de" into
// `language`); as it is when it has none.
std::string_view without_language(std::string_view alias, std::array<char, 2>& language) {
    const std::size_t n = alias.size();
    auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    if (n < 4 || alias[n - 3] != '@' || !lower(alias[n - 2]) || !lower(alias[n - 1])) return alias;
    language = {alias[n - 2], alias[n - 1]};
    return alias.substr(0, n - 3);
}

}  // namespace

Gazetteer::Entry Gazetteer::entry_for(EntityType type, const std::string& canonical,
                                      const std::string& name) const {
    Entry entry{type, canonical, {}, false, false, {}, {}, false, false};
    const std::string_view text = without_language(name, entry.language);
    const TokenList tokens = analyzer().analyze(text);
    for (const Token& token : tokens)
        entry.words.push_back(entity_words::key(token.text));
    if (entry.words.empty()) return entry;
    // Short all-capital aliases (US, UN, WHO) must be capitals in the
    // text too, or "us" and "who" would be places and agencies.
    entry.capitals_only = entity_words::is_short_capitals(text);
    const Token& last = tokens.back();
    entry.capital_last = tokens.size() > 1 && entity_words::capitalized(text, last) &&
                         !entity_words::all_capitals(text, last) &&
                         !cues::organization_heads().count(last.text) &&
                         !cues::place_heads().count(last.text);
    if (tokens.size() == 1 && entity_words::cyrillic(tokens.front()))
        entry.cyrillic_form = tokens.front().text;
    return entry;
}

void Gazetteer::add_listings(const std::vector<ListedEntity>& listings) {
    // Analysing the names (72,000 in the lists) is nearly all of a load:
    // a list's names are analysed on every core, in chunks, then added in
    // the list's order, so the gazetteer is the one loaded name by name.
    // A list at a time: all of them read at once held 6 MB more.
    struct Name {
        const ListedEntity* listing;
        const std::string* text;
    };
    std::vector<Name> names;
    for (const ListedEntity& l : listings) {
        for (const std::string& alias : l.aliases)
            names.push_back({&l, &alias});
        names.push_back({&l, &l.canonical});
    }
    constexpr std::size_t kChunk = 2048;
    std::vector<std::unique_ptr<Entry>> entries(names.size());
    for_each_in_parallel((names.size() + kChunk - 1) / kChunk, [&](std::size_t chunk) {
        for (std::size_t i = chunk * kChunk; i < std::min(names.size(), (chunk + 1) * kChunk);
             ++i) {
            entries[i] = std::make_unique<Entry>(
                entry_for(names[i].listing->type, names[i].listing->canonical, *names[i].text));
            entries[i]->town = names[i].listing->town;
        }
    });
    for (const ListedEntity& l : listings)
        if (!l.country.empty()) countries_[l.canonical] = l.country;
    for (const ListedEntity& l : listings)
        if (l.type == EntityType::kPlace && l.country == "China" && !l.town)
            add_chinese_reading(l.canonical);  // a town's reading is too often a word's
    // A listing's names come aliases first, then its canonical: a one-word
    // alias that is the canonical's first word is its short form ("Rio").
    for (std::size_t i = 0, first = 0; i < names.size(); ++i) {
        if (names[i].text != &names[i].listing->canonical) continue;
        const std::vector<std::string>& canonical = entries[i]->words;
        for (std::size_t k = first; k < i; ++k)
            entries[k]->opens_canonical = canonical.size() > 1 && entries[k]->words.size() == 1 &&
                                          entries[k]->words.front() == canonical.front();
        first = i + 1;
    }
    add_ampersand_forms(entries);
    add_declined_adjective_forms(entries);
    for (std::unique_ptr<Entry>& entry : entries) {
        if (entry->words.empty()) continue;
        by_first_word_[entry->words.front()].push_back(entry.get());
        if (const std::size_t n = entry->words.size(); n >= 3)
            by_last_words_[entry->words[n - 2] + ' ' + entry->words[n - 1]].push_back(entry.get());
        by_canonical_[{entry->type, entry->canonical}].push_back(entry.get());
        entries_.push_back(std::move(entry));
    }
}

void Gazetteer::add(EntityType type, const std::string& canonical,
                    const std::vector<std::string>& aliases, const std::string& country) {
    if (canonical.empty()) return;
    add_listings({ListedEntity{type, canonical, aliases, country}});
}

void Gazetteer::add_file(const std::filesystem::path& file) {
    add_listings(read_list(file));
}

std::optional<std::string> Gazetteer::first_key(const std::string& name) const {
    const TokenList tokens = analyzer().analyze(name);
    if (tokens.empty()) return std::nullopt;
    return entity_words::key(tokens.front().text);
}

void Gazetteer::add_given_names_file(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        for (std::string name; words >> name;) {
            const TokenList tokens = analyzer().analyze(name);
            if (tokens.empty()) continue;
            given_names_.insert(entity_words::key(tokens.front().text));
            if (entity_words::cyrillic(tokens.front()))
                given_name_forms_.insert(tokens.front().text);
        }
    }
}

void Gazetteer::add_name_parts_file(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    for (std::string line; std::getline(in, line);) {
        const std::size_t tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
        const std::string kind = line.substr(0, tab);
        // Arabic words are looked up as the extractor sees them: folded.
        const bool folded = kind.rfind("ar-", 0) == 0;
        std::istringstream words(line.substr(tab + 1));
        for (std::string name; words >> name;) {
            if (auto k = folded ? first_key(name) : std::optional<std::string>(name))
                name_parts_[kind].insert(*k);
            // Korean given names of two syllables (three bytes each) also
            // give their syllables: the extractor's model of given names.
            if (kind == "ko-given" && name.size() == 6) {
                name_parts_["ko-given-first"].insert(name.substr(0, 3));
                name_parts_["ko-given-second"].insert(name.substr(3));
            }
        }
    }
}

bool Gazetteer::is_name_part(const std::string& kind, const std::string& name) const {
    const auto it = name_parts_.find(kind);
    return it != name_parts_.end() && it->second.count(name) > 0;
}

Gazetteer Gazetteer::load(const std::vector<std::filesystem::path>& extra) {
    Gazetteer g;
    if (auto dir = data_directory(); dir && std::filesystem::is_directory(*dir / "entities")) {
        // Every places*, organizations* and people* list, and every
        // given-names* and name-parts* list, in name order.
        std::vector<std::filesystem::path> lists, given_names, name_parts;
        for (const auto& entry : std::filesystem::directory_iterator(*dir / "entities")) {
            const std::string name = entry.path().filename().string();
            if (entry.path().extension() == ".tsv" &&
                (name.rfind("places", 0) == 0 || name.rfind("organizations", 0) == 0 ||
                 name.rfind("people", 0) == 0))
                lists.push_back(entry.path());
            if (entry.path().extension() == ".txt" && name.rfind("given-names", 0) == 0)
                given_names.push_back(entry.path());
            if (entry.path().extension() == ".txt" && name.rfind("name-parts", 0) == 0)
                name_parts.push_back(entry.path());
        }
        std::sort(lists.begin(), lists.end());
        std::sort(given_names.begin(), given_names.end());
        std::sort(name_parts.begin(), name_parts.end());
        for (const auto& file : lists)
            g.add_file(file);
        for (const auto& file : given_names)
            g.add_given_names_file(file);
        for (const auto& file : name_parts)
            g.add_name_parts_file(file);
    }
    if (auto dir = data_directory();
        dir && std::filesystem::exists(*dir / "entities" / "reuters-codes.tsv"))
        g.add_codes_file(*dir / "entities" / "reuters-codes.tsv");
    for (const auto& file : extra)
        g.add_file(file);
    return g;
}

const std::vector<const Gazetteer::Entry*>* Gazetteer::starting_with(
    const std::string& word) const {
    const auto it = by_first_word_.find(word);
    return it == by_first_word_.end() ? nullptr : &it->second;
}

std::vector<std::string> Gazetteer::keys_of_name(std::string_view name) const {
    std::vector<std::string> words;
    for (const Token& token : analyzer().analyze(name))
        words.push_back(entity_words::key(token.text));
    return words;
}

std::string Gazetteer::canonical(EntityType type, std::string_view name) const {
    const std::vector<std::string> words = keys_of_name(name);
    if (words.empty()) return std::string(name);
    if (const auto* entries = starting_with(words.front()))
        for (const Entry* e : *entries)
            if (e->type == type && e->words == words) return e->canonical;
    return std::string(name);
}

std::vector<std::string> Gazetteer::ending_with(EntityType type, std::string_view name) const {
    const std::vector<std::string> words = keys_of_name(name);
    const std::size_t n = words.size();
    if (n < 2) return {};
    const auto it = by_last_words_.find(words[n - 2] + ' ' + words[n - 1]);
    if (it == by_last_words_.end()) return {};
    std::vector<std::string> found;
    for (const Entry* e : it->second)
        if (e->type == type && e->words.size() > n &&
            std::equal(words.begin(), words.end(), e->words.end() - n) &&
            std::find(found.begin(), found.end(), e->canonical) == found.end())
            found.push_back(e->canonical);
    return found;
}

std::vector<std::string> Gazetteer::qualified_names(EntityType type,
                                                    const std::string& name) const {
    // "The Guardian" is an entity of its own beside "The Guardian (Nigeria)".
    if (knows(type, name)) return {};
    const std::string prefix = name + " (";
    std::vector<std::string> names;
    for (auto it = by_canonical_.lower_bound({type, prefix});
         it != by_canonical_.end() && it->first.first == type &&
         it->first.second.compare(0, prefix.size(), prefix) == 0;
         ++it)
        names.push_back(it->first.second);
    return names;
}

std::vector<std::string> Gazetteer::alias_keys(EntityType type,
                                               const std::string& canonical) const {
    std::vector<std::string> keys;
    const auto it = by_canonical_.find({type, canonical});
    if (it == by_canonical_.end()) return keys;
    for (const Entry* e : it->second) {
        // "US" or "WHO" typed in lower case is a word, not the entity.
        if (e->capitals_only) continue;
        std::string key;
        for (const std::string& word : e->words)
            key += (key.empty() ? "" : " ") + word;
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    return keys;
}

std::string alias_key(const std::vector<std::string>& folded_words) {
    std::string key;
    for (const std::string& word : folded_words)
        key += (key.empty() ? "" : " ") + entity_words::key(word);
    return key;
}

void Gazetteer::add_codes_file(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::string type, code, canonical;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto a = line.find('\t'), b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        type = line.substr(0, a);
        const EntityType t = type == "place"    ? EntityType::kPlace
                             : type == "person" ? EntityType::kPerson
                                                : EntityType::kOrganization;
        codes_[{t, line.substr(a + 1, b - a - 1)}] = line.substr(b + 1);
    }
}

std::string Gazetteer::from_code(EntityType type, const std::string& code) const {
    const auto it = codes_.find({type, code});
    return it == codes_.end() ? code : it->second;
}

namespace {

// Whether `text`, a word that shares the key (entity_words::key) of the
// one-word name `name`, ends as a case form of it may (Сирия: Сирии,
// Сирію; Берлин: Берлина, Берлином; Афины: Афинах; Китай: Китаї), the two
// possibly spelt in Russian and Ukrainian. A foreign name in two vowels
// does not decline (Самоа: "Самое" is a word), nor does "Франц" make
// France's "Франция". A form whose stem changes (Америка, Америці) is not
// judged.
bool regular_case_form(const std::string& name, const std::string& text) {
    if (newsdex::ends_with_any(name, {"оа", "уа", "еа", "иа", "аа"}, 2)) return text == name;
    const std::string stem = entity_words::key(name);
    if (text.compare(0, stem.size(), stem) != 0) return true;
    const std::string_view from = std::string_view(name).substr(stem.size());
    const std::string_view to = std::string_view(text).substr(stem.size());
    using Endings = std::initializer_list<std::string_view>;
    auto one_of = [&](Endings endings) {
        return std::find(endings.begin(), endings.end(), to) != endings.end();
    };
    if (from.empty())
        return one_of({"", "а", "у", "ю", "е", "і", "ом", "ем", "ові", "еві", "ы", "и", "ах", "ам",
                       "ами", "ов", "ів"});
    if (from == "а")
        return one_of({"а", "ы", "и", "і", "е", "у", "ой", "ою", "ей", "ею", "ої", ""});
    if (from == "я") return one_of({"я", "и", "і", "ї", "е", "є", "ю", "ей", "ею", "єю"});
    if (from == "ия" || from == "ія")
        return one_of({"ия", "ія", "ии", "ії", "ию", "ію", "ией", "ією", "ие"});
    if (from == "ы" || from == "и")
        return one_of({"ы", "и", "ах", "ам", "ами", "ях", "ям", "ями", "", "ов", "ів", "ей"});
    if (from == "ь") return one_of({"ь", "я", "ю", "е", "і", "и", "ем", "ём", "єм", "ью", "ей"});
    if (from == "й") return one_of({"й", "я", "ю", "е", "і", "ї", "ем", "єм", "ём"});
    return true;
}

}  // namespace

bool Gazetteer::form_matches(const Entry& e, const std::string& text) const {
    if (e.cyrillic_form.empty() || text == e.cyrillic_form) return true;
    using newsdex::ends_with_any;
    // A name in -а or -я has no form without an ending: "Герман" (a given
    // name) is no form of "Германия".
    if (ends_with_any(e.cyrillic_form, {"а", "я"}, 2) &&
        !ends_with_any(text, {"а", "я", "и", "і", "ї", "у", "ю", "е", "є", "ы", "о", "й"}, 2))
        return false;
    // An adjective's ending ("Луганського району", "Уральский завод") makes
    // a town's name an adjective of it, no mention of it, unless the name
    // is one itself.
    if (ends_with_any(text,
                      {"ого", "его", "ому", "ему", "ої", "ую", "юю", "ими", "ыми", "ий", "ый", "ое",
                       "ие", "ые"},
                      2) &&
        !ends_with_any(e.cyrillic_form, {"ий", "ый", "ой", "ій", "ая", "яя", "ое", "ее", "є"}, 2))
        return false;
    // Foreign names ending in these vowels do not decline in Russian or
    // Ukrainian ("в Совето"): another form is another word. (Names of the
    // lands that write Cyrillic do: Дніпро, Дніпра.)
    static const std::set<std::string> cyrillic_lands = {
        "Russia",     "Ukraine",    "Belarus",    "Bulgaria", "Serbia",
        "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Mongolia", "North Macedonia"};
    const bool foreign = cyrillic_lands.count(country_of(e.canonical)) == 0;
    for (std::string_view vowel : {"о", "е", "у", "ю", "і", "и", "э"})
        if (foreign && newsdex::ends_with(e.cyrillic_form, vowel)) return false;
    if (foreign && e.type == EntityType::kPlace && !regular_case_form(e.cyrillic_form, text))
        return false;
    return !is_given_name_form(text) && !is_given_name(entity_words::key(text));
}

std::string Gazetteer::country_of(const std::string& place) const {
    const auto it = countries_.find(place);
    return it == countries_.end() ? "" : it->second;
}

}  // namespace newsdex::entities
