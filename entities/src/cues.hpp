#pragma once
// Word lists the entity rules read, all folded (lower case, no marks).
// They are data, not code: entities/data/cues/<name>.txt, one entry a line
// ('#' starts a comment), and <name>.tsv for two-column tables, installed
// to share/newsdex/entities/cues. A change for a language is a change of
// those files. Private to the entity library.
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsdex::entities::cues {

// Which lists a word is in, one bit per list: the rules ask about each
// word of every story a few dozen times, so each word's classes are found
// by one look-up (classes_of) and the rules test bits. Room for every list
// (136 in 2026-12, 87 a week before): a list without a bit costs a hashed
// look-up per question.
inline constexpr unsigned kNoClass = 192;  // a list beyond the 192 with a bit
using Classes = std::bitset<kNoClass>;

// Looked up for every word of every document: hashed, not ordered.
struct WordSet : std::unordered_set<std::string> {
    unsigned bit = kNoClass;  // this list's bit in Classes
};
// Prefixes and suffixes tried in order.
using WordList = std::vector<std::string_view>;
using Table = std::unordered_map<std::string, std::string>;

// Reads every list once (the first call of any of these). Throws
// std::runtime_error naming the folder when the lists are missing, and
// std::logic_error for a name with no file.
void load();
const WordSet& set(std::string_view name);
// The list if there is one of that name (per-language lists), else null.
const WordSet* find_set(std::string_view name);
const WordList& list(std::string_view name);
const Table& table(std::string_view name);
// The lists (with a bit) that hold `word`; none for most words.
Classes classes_of(const std::string& word);

// Words before a person's name: titles, offices, roles.
const WordSet& person_titles();
// The last word of an organisation's name ("... Council", "... Bank").
const WordSet& organization_heads();
// The last word of a place's name ("... Province", "... Stadium"), and
// the first ("Lake ...", "Estadio ...").
const WordSet& place_heads();
const WordSet& place_leads();
// The last word of a thing's name, not a person's: "James Webb Space
// Telescope", "Nobel Prize".
const WordSet& object_heads();
// Capitalised words that are not names: articles, weekdays, months.
const WordSet& not_names();
// Small words inside names: "Ursula von der Leyen", "Centers for Disease
// Control and Prevention".
const WordSet& name_particles();
// Particles that keep their capital inside a name: "Seán Ó Murchú",
// "Aoife Nic Giolla Bhríde", "Mohammed bin Rashid Al Maktoum".
const WordSet& capital_particles();
// Endings that mark a surname in many languages: "Sadykov", "Kovalenko",
// "Wiśniewska", "Popescu", "Yılmazoğlu", "Papadopoulos", "Virtanen".
const WordSet& surname_endings();
// Words for a settlement or region: "the town of Sitia", "Barhabise, a
// village".
const WordSet& settlement_nouns();
// Points of the compass: "north of Kherson"; no part of a speaker's name.
const WordSet& compass_points();
// Verbs of speech after or before a name: "Kirby said", "said Kirby".
const WordSet& speech_verbs();
// Surnames of names written surname first in English news: Korean (Kim
// Yo Jong, Lee Jae-myung), Vietnamese (Le Duc Anh), Chinese (Tsai Ing-wen).
const WordSet& surnames_first();
// The first word of an organisation's name ("Grupo ...", "Banco ...").
const WordSet& organization_leads();
// Legal forms after a company's name: "Co. Ltd", "S.A. de C.V.", "Sp. z o.o.".
const WordSet& company_suffixes();

}  // namespace newsdex::entities::cues
