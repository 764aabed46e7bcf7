#include "cues.hpp"

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

const WordSet& person_titles() {
    return set("person-titles");
}

const WordSet& organization_heads() {
    return set("organization-heads");
}

const WordSet& place_heads() {
    return set("place-heads");
}

const WordSet& place_leads() {
    return set("place-leads");
}

const WordSet& object_heads() {
    return set("object-heads");
}

const WordSet& not_names() {
    return set("not-names");
}

const WordSet& name_particles() {
    return set("name-particles");
}

const WordSet& capital_particles() {
    return set("capital-particles");
}

const WordSet& surname_endings() {
    return set("surname-endings");
}

const WordSet& settlement_nouns() {
    return set("settlement-nouns");
}

const WordSet& compass_points() {
    return set("compass-points");
}

const WordSet& speech_verbs() {
    return set("speech-verbs");
}

const WordSet& organization_leads() {
    return set("organization-leads");
}

const WordSet& company_suffixes() {
    return set("company-suffixes");
}

const WordSet& surnames_first() {
    return set("surnames-first");
}

}  // namespace newsdex::entities::cues
