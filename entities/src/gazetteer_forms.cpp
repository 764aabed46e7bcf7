#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/entities/gazetteer.hpp"
#include "newsdex/strings.hpp"

// The other forms in which the text writes a listed name, added to the
// gazetteer's entries when it loads them (the rest: gazetteer.cpp).
namespace newsdex::entities {

namespace {

// Entry `e` as the text may also write it, in other words: no short form
// of its canonical name.
std::unique_ptr<Gazetteer::Entry> entry_written_as(const Gazetteer::Entry& e,
                                                   std::vector<std::string> words) {
    auto form = std::make_unique<Gazetteer::Entry>(e);
    form->words = std::move(words);
    form->opens_canonical = false;
    return form;
}

}  // namespace

// A body's name with "and" inside is also written with "&" ("Oil &
// Natural Gas Corporation", "Food & Agriculture Organisation"), which the
// analyzer drops: the name without its "and" is that form.
void Gazetteer::add_ampersand_forms(std::vector<std::unique_ptr<Entry>>& entries) {
    const std::size_t listed = entries.size();
    for (std::size_t i = 0; i < listed; ++i) {
        const Entry& e = *entries[i];
        if (e.type != EntityType::kOrganization || e.words.size() < 3) continue;
        const auto word_and = std::find(e.words.begin() + 1, e.words.end() - 1, "and");
        if (word_and == e.words.end() - 1) continue;
        std::vector<std::string> words = e.words;
        words.erase(words.begin() + (word_and - e.words.begin()));
        entries.push_back(entry_written_as(e, std::move(words)));
    }
}

// German declines the adjective that opens a name after an article or a
// preposition: "Rotes Meer" is "das Rote Meer" and "im Roten Meer",
// "Indischer Ozean" "im Indischen Ozean", "Vereinigte Staaten" "in den
// Vereinigten Staaten". A name of two to four words whose first ends in
// -e, -er or -es is also written with -en, and with -e for -er and -es.
void Gazetteer::add_declined_adjective_forms(std::vector<std::unique_ptr<Entry>>& entries) {
    const std::size_t listed = entries.size();
    for (std::size_t i = 0; i < listed; ++i) {
        const Entry& e = *entries[i];
        if (e.type == EntityType::kPerson || e.words.size() < 2 || e.words.size() > 4) continue;
        const std::string& first = e.words.front();
        if (first.size() < 5 || first.find_first_of("0123456789") != std::string::npos) continue;
        std::size_t stem = 0;
        if (ends_with(first, "es") || ends_with(first, "er"))
            stem = first.size() - 2;
        else if (ends_with(first, "e"))
            stem = first.size() - 1;
        else
            continue;
        // The weak forms: "im Roten Meer", and "das Rote Meer" for "Rotes Meer".
        for (const char* ending : {"en", "e"}) {
            if (stem + 1 == first.size() && ending == std::string_view("e")) continue;
            std::vector<std::string> words = e.words;
            words.front() = first.substr(0, stem) + ending;
            entries.push_back(entry_written_as(e, std::move(words)));
        }
    }
}

namespace {

// The letters of a Chinese place's English name as its pinyin reads: no
// qualifier ("Changle (China)", "Anyang, Henan"), no generic last word
// ("Huangshan City", "Banqiao District"), no apostrophe ("Ya'an"); "" for
// a name in other letters (Wade-Giles' "Kaohsiung" just reads wrong).
std::string reading_of(std::string_view name) {
    name = name.substr(0, std::min(name.find(" ("), name.find(',')));
    for (std::string_view generic : {" City", " District", " County", " Chengguanzhen"})
        if (name.size() > generic.size() && name.substr(name.size() - generic.size()) == generic)
            name.remove_suffix(generic.size());
    std::string reading;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c >= 'A' && c <= 'Z')
            reading += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
            reading += c;
        else if (name.substr(i, 2) == "\xC3\xBC")
            reading += 'u', ++i;  // ü (Lüliang)
        else if (c != '\'' && c != ' ' && c != '-')
            return {};
    }
    return reading;
}

}  // namespace

void Gazetteer::add_chinese_reading(const std::string& canonical) {
    const std::string reading = reading_of(canonical);
    if (reading.size() < 4) return;
    const auto [it, added] = chinese_places_by_reading_.emplace(reading, canonical);
    if (!added && it->second != canonical) it->second.clear();  // Taizhou and Taizhou
}

std::string Gazetteer::chinese_place_read_as(const std::string& reading) const {
    const auto it = chinese_places_by_reading_.find(reading_of(reading));
    return it == chinese_places_by_reading_.end() ? std::string() : it->second;
}

}  // namespace newsdex::entities
