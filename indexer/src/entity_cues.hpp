#pragma once
// Word lists the entity rules read, all folded (lower case, no marks).
// Private to the entity extractor.
#include <set>
#include <string>

namespace newsdex::index::cues {

// Words before a person's name: titles, offices, roles.
const std::set<std::string>& person_titles();
// The last word of an organisation's name ("... Council", "... Bank").
const std::set<std::string>& organization_heads();
// The last word of a place's name ("... Province", "... Stadium"), and
// the first ("Lake ...", "Estadio ...").
const std::set<std::string>& place_heads();
const std::set<std::string>& place_leads();
// The last word of a thing's name, not a person's: "James Webb Space
// Telescope", "Nobel Prize".
const std::set<std::string>& object_heads();
// Capitalised words that are not names: articles, weekdays, months.
const std::set<std::string>& not_names();
// Small words inside names: "Ursula von der Leyen", "Centers for Disease
// Control and Prevention".
const std::set<std::string>& name_particles();
// Verbs of speech after or before a name: "Kirby said", "said Kirby".
const std::set<std::string>& speech_verbs();
// Surnames of names written surname first in English news: Korean (Kim
// Yo Jong, Lee Jae-myung), Vietnamese (Le Duc Anh), Chinese (Tsai Ing-wen).
const std::set<std::string>& surnames_first();
// The first word of an organisation's name ("Grupo ...", "Banco ...").
const std::set<std::string>& organization_leads();
// Legal forms after a company's name: "Co. Ltd", "S.A. de C.V.", "Sp. z o.o.".
const std::set<std::string>& company_suffixes();

}  // namespace newsdex::index::cues
