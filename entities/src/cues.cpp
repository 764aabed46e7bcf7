#include "cues.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "newsdex/paths.hpp"

namespace newsdex::entities::cues {

namespace {

namespace fs = std::filesystem;

struct Lists {
    std::deque<std::string> words;  // stable storage for the WordLists' views
    std::unordered_map<std::string, WordSet> sets;
    std::unordered_map<std::string, WordList> lists;
    std::unordered_map<std::string, Table> tables;
    std::unordered_map<std::string, Classes> classes;  // word -> lists with a bit
};

// Entries of a file: lines without a trailing CR, blank lines and '#'
// comments left out.
std::vector<std::string> entries(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line[0] != '#') out.push_back(line);
    }
    return out;
}

void add_file(Lists& lists, const fs::path& file) {
    const std::string name = file.stem().string();
    if (file.extension() == ".tsv") {
        Table& table = lists.tables[name];
        for (const std::string& line : entries(file))
            if (const auto tab = line.find('\t'); tab != std::string::npos)
                table.emplace(line.substr(0, tab), line.substr(tab + 1));
        return;
    }
    WordSet& set = lists.sets[name];
    WordList& list = lists.lists[name];
    for (std::string& word : entries(file)) {
        set.insert(word);
        list.push_back(lists.words.emplace_back(std::move(word)));
    }
}

// The first kNoClass lists by name get a bit; the others are looked up.
void give_bits(Lists& lists) {
    std::vector<std::string> names;
    for (const auto& [name, set] : lists.sets)
        names.push_back(name);
    std::sort(names.begin(), names.end());
    for (unsigned bit = 0; bit < names.size() && bit < kNoClass; ++bit) {
        WordSet& set = lists.sets[names[bit]];
        set.bit = bit;
        for (const std::string& word : set)
            lists.classes[word].set(bit);
    }
}

Lists read_lists() {
    const auto data = data_directory();
    const fs::path folder = data ? *data / "entities" / "cues" : fs::path("entities/cues");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw std::runtime_error("no entity word lists at " + folder.string() +
                                 " (set NEWSDEX_DATA_DIR to the share/newsdex folder)");
    Lists lists;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".txt" || entry.path().extension() == ".tsv")
            add_file(lists, entry.path());
    give_bits(lists);
    return lists;
}

const Lists& all_lists() {
    static const Lists lists = read_lists();
    return lists;
}

template <typename Map>
const typename Map::mapped_type& find(const Map& map, std::string_view name) {
    const auto it = map.find(std::string(name));
    if (it == map.end()) throw std::logic_error("no entity word list '" + std::string(name) + "'");
    return it->second;
}

}  // namespace

void load() {
    (void)all_lists();
}

Classes classes_of(const std::string& word) {
    const auto& classes = all_lists().classes;
    const auto it = classes.find(word);
    return it == classes.end() ? Classes{} : it->second;
}

const WordSet* find_set(std::string_view name) {
    const auto& sets = all_lists().sets;
    const auto it = sets.find(std::string(name));
    return it == sets.end() ? nullptr : &it->second;
}

const WordSet& set(std::string_view name) {
    return find(all_lists().sets, name);
}

const WordList& list(std::string_view name) {
    return find(all_lists().lists, name);
}

const Table& table(std::string_view name) {
    return find(all_lists().tables, name);
}

// Each asked for every word of every story: found by name once.
const WordSet& person_titles() {
    static const WordSet& words = set("person-titles");
    return words;
}

const WordSet& organization_heads() {
    static const WordSet& words = set("organization-heads");
    return words;
}

const WordSet& place_heads() {
    static const WordSet& words = set("place-heads");
    return words;
}

const WordSet& place_leads() {
    static const WordSet& words = set("place-leads");
    return words;
}

const WordSet& object_heads() {
    static const WordSet& words = set("object-heads");
    return words;
}

const WordSet& not_names() {
    static const WordSet& words = set("not-names");
    return words;
}

const WordSet& name_particles() {
    static const WordSet& words = set("name-particles");
    return words;
}

const WordSet& capital_particles() {
    static const WordSet& words = set("capital-particles");
    return words;
}

const WordSet& surname_endings() {
    static const WordSet& words = set("surname-endings");
    return words;
}

const WordSet& settlement_nouns() {
    static const WordSet& words = set("settlement-nouns");
    return words;
}

const WordSet& compass_points() {
    static const WordSet& words = set("compass-points");
    return words;
}

const WordSet& speech_verbs() {
    static const WordSet& words = set("speech-verbs");
    return words;
}

const WordSet& organization_leads() {
    static const WordSet& words = set("organization-leads");
    return words;
}

const WordSet& company_suffixes() {
    static const WordSet& words = set("company-suffixes");
    return words;
}

const WordSet& surnames_first() {
    static const WordSet& words = set("surnames-first");
    return words;
}

}  // namespace newsdex::entities::cues
