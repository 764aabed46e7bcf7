// Russian and Ukrainian names change their endings with their case:
// "Ігоря Коломойського" is the genitive of "Ігор Коломойський", "с
// Анатолием Чубайсом" the instrumental of "Анатолий Чубайс". A facet must
// show one name, the nominative. The given name tells the case: its form
// is listed in the given-name lists in the nominative, so the ending that
// turns it into a listed form names the case and the gender; the surname
// and patronymic then take that case's nominative ending (a rule set per
// ending, as grammars give them). A street named after a person ("на
// вулиці Карла Маркса") is no person.
#include <unicode/unistr.h>

#include <array>
#include <optional>

#include "cues.hpp"
#include "newsdex/strings.hpp"
#include "rules/rules.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

enum class Gender { kMale, kFemale };
enum class Case { kGenitive, kDative, kInstrumental, kPrepositional, kAccusative };

struct Reading {
    Gender gender;
    Case grammatical_case;
};

// `from` at the end of a word becomes `to`.
struct Rewrite {
    std::string_view from, to;
};

// The word ends in `ending` and has more before it (newsdex::ends_with).
bool ends_with(std::string_view word, std::string_view ending) {
    return newsdex::ends_with(word, ending, 1);
}

std::string lower(const std::string& word) {
    std::string out;
    icu::UnicodeString::fromUTF8(word).toLower().toUTF8String(out);
    return out;
}

// A given name's ending in an oblique case, the nominative endings that
// may replace it ("0": none; unused places are empty), and the case it marks for a name declined as
// a man's (nominative in a consonant, -й, -ь or -о) or as a woman's (-а, -я).
struct GivenEnding {
    std::string_view ending;
    std::array<std::string_view, 3> nominatives;
    std::optional<Case> male, female;
};

constexpr GivenEnding kGivenEndings[] = {
    {"ові", {"0"}, Case::kDative, {}},
    {"еві", {"0", "й", "ь"}, Case::kDative, {}},  // Ігореві, Сергієві
    {"єві", {"й"}, Case::kDative, {}},
    {"ом", {"0", "о"}, Case::kInstrumental, {}},
    {"ем", {"0", "й", "ь"}, Case::kInstrumental, {}},  // Ігорем: Ігор
    {"єм", {"й"}, Case::kInstrumental, {}},
    {"ою", {"а"}, {}, Case::kInstrumental},
    {"ею", {"я"}, {}, Case::kInstrumental},
    {"єю", {"я"}, {}, Case::kInstrumental},
    {"ой", {"а"}, {}, Case::kInstrumental},
    {"ей", {"я"}, {}, Case::kInstrumental},
    {"а", {"0", "о"}, Case::kGenitive, {}},
    {"я", {"й", "ь", "0"}, Case::kGenitive, {}},
    {"у", {"0", "а", "о"}, Case::kDative, Case::kAccusative},
    {"ю", {"й", "ь", "я"}, Case::kDative, Case::kAccusative},
    {"е", {"0", "а", "я"}, Case::kPrepositional, Case::kDative},
    {"і", {"0", "й", "а"}, Case::kPrepositional, Case::kDative},
    {"и", {"а", "я"}, {}, Case::kGenitive},
    {"ы", {"а"}, {}, Case::kGenitive},
    {"ї", {"я"}, {}, Case::kGenitive},
};

// The given name's nominative and what its form says, or nothing when it
// is in the nominative already or is no listed name.
std::optional<std::pair<std::string, Reading>> read_given_name(const std::string& folded,
                                                               const Gazetteer& gazetteer) {
    if (gazetteer.is_given_name_form(folded)) return std::nullopt;
    for (const GivenEnding& g : kGivenEndings) {
        if (!ends_with(folded, g.ending)) continue;
        const std::string stem = folded.substr(0, folded.size() - g.ending.size());
        for (std::string_view nominative : g.nominatives) {
            if (nominative.empty()) break;
            const std::string form = stem + std::string(nominative == "0" ? "" : nominative);
            if (!gazetteer.is_given_name_form(form)) continue;
            // Микола, Ілля are men's names declined as women's: their
            // surnames still take a man's endings.
            const bool feminine_form = ends_with(form, "а") || ends_with(form, "я");
            const bool man = !feminine_form || cues::set("cyrillic-male-names-in-a").count(form);
            const std::optional<Case> c = feminine_form ? g.female : g.male;
            if (!c) continue;
            return std::make_pair(form, Reading{man ? Gender::kMale : Gender::kFemale, *c});
        }
    }
    return std::nullopt;
}

bool consonant_before(std::string_view word, std::size_t ending_size) {
    static constexpr std::string_view kVowels[] = {"а", "е", "є", "и", "і", "ї", "о", "у",
                                                   "ю", "я", "ы", "э", "ё", "ь", "й"};
    const std::string_view stem = word.substr(0, word.size() - ending_size);
    for (std::string_view v : kVowels)
        if (ends_with(stem, v) || stem.size() < 4) return false;
    return true;
}

std::optional<std::string> rewrite(const std::string& folded,
                                   std::initializer_list<Rewrite> rules) {
    for (const Rewrite& r : rules)
        if (ends_with(folded, r.from))
            return folded.substr(0, folded.size() - r.from.size()) + std::string(r.to);
    return std::nullopt;
}

// The surname in the nominative, folded; `ukrainian` picks -ий over -ый.
std::string surname_nominative(const std::string& s, Reading r, bool ukrainian) {
    const auto adjective = [&](std::size_t ending) {
        const std::string stem = s.substr(0, s.size() - ending);
        return stem + (ukrainian ? "ий" : russian_adjective(stem));
    };
    if (r.gender == Gender::kFemale) {
        if (auto n = rewrite(
                s, {{"ської", "ська"}, {"цької", "цька"}, {"ською", "ська"}, {"цькою", "цька"},
                    {"ську", "ська"},  {"цьку", "цька"},  {"ской", "ская"},  {"цкой", "цкая"},
                    {"скую", "ская"},  {"цкую", "цкая"},  {"овой", "ова"},   {"евой", "ева"},
                    {"иной", "ина"},   {"ової", "ова"},   {"евої", "ева"},   {"іної", "іна"},
                    {"овою", "ова"},   {"евою", "ева"},   {"іною", "іна"},   {"ову", "ова"},
                    {"еву", "ева"},    {"ину", "ина"},    {"іну", "іна"},    {"ую", "ая"}}))
            return *n;
        return s;  // Тимошенко, Усик: a woman's surname in a consonant or -о does not change
    }
    switch (r.grammatical_case) {
        case Case::kGenitive:
        case Case::kAccusative:
            if (auto n = rewrite(s, {{"ського", "ський"},
                                     {"цького", "цький"},
                                     {"ского", "ский"},
                                     {"цкого", "цкий"},
                                     {"енка", "енко"},
                                     {"ова", "ов"},
                                     {"ева", "ев"},
                                     {"єва", "єв"},
                                     {"ина", "ин"},
                                     {"іна", "ін"},
                                     {"ына", "ын"},
                                     {"їна", "їн"}}))
                return *n;
            if (ends_with(s, "ого") || ends_with(s, "его")) return adjective(6);
            if (ends_with(s, "а") && consonant_before(s, 2)) return s.substr(0, s.size() - 2);
            if (ends_with(s, "я"))
                return s.substr(0, s.size() - 2) + (consonant_before(s, 2) ? "ь" : "й");
            return s;
        case Case::kDative:
            if (auto n = rewrite(s, {{"ському", "ський"},
                                     {"цькому", "цький"},
                                     {"скому", "ский"},
                                     {"цкому", "цкий"},
                                     {"енкові", "енко"},
                                     {"енку", "енко"},
                                     {"ову", "ов"},
                                     {"еву", "ев"},
                                     {"ину", "ин"},
                                     {"іну", "ін"}}))
                return *n;
            if (ends_with(s, "ому") || ends_with(s, "ему")) return adjective(6);
            if (ends_with(s, "ові") && consonant_before(s, 6)) return s.substr(0, s.size() - 6);
            if (ends_with(s, "у") && consonant_before(s, 2)) return s.substr(0, s.size() - 2);
            return s;
        case Case::kInstrumental:
            if (auto n = rewrite(s, {{"ським", "ський"},
                                     {"цьким", "цький"},
                                     {"ским", "ский"},
                                     {"цким", "цкий"},
                                     {"овым", "ов"},
                                     {"евым", "ев"},
                                     {"иным", "ин"},
                                     {"овим", "ов"},
                                     {"евим", "ев"},
                                     {"іним", "ін"},
                                     {"енком", "енко"},
                                     {"ым", "ый"}}))
                return *n;
            if (ends_with(s, "им")) return adjective(4);
            if ((ends_with(s, "ом") || ends_with(s, "ем")) && consonant_before(s, 4))
                return s.substr(0, s.size() - 4);
            return s;
        case Case::kPrepositional:
            if (auto n = rewrite(s, {{"ськім", "ський"},
                                     {"ском", "ский"},
                                     {"ове", "ов"},
                                     {"еве", "ев"},
                                     {"ине", "ин"},
                                     {"ові", "ов"}}))
                return *n;
            return s;
    }
    return s;
}

// A patronymic in the nominative: -ович/-евич for a man, -овна/-івна for a woman.
std::string patronymic_nominative(const std::string& p, Gender gender) {
    if (gender == Gender::kMale) {
        const auto at = p.rfind("вич");
        return at == std::string::npos ? p : p.substr(0, at + std::string_view("вич").size());
    }
    const auto at = p.rfind("вн");
    return at == std::string::npos ? p : p.substr(0, at + std::string_view("вн").size()) + "а";
}

// The folded nominative back in the text's capitals: the first letter.
std::string capitalised_like(const std::string& original, const std::string& nominative) {
    icu::UnicodeString word = icu::UnicodeString::fromUTF8(nominative);
    const icu::UnicodeString written = icu::UnicodeString::fromUTF8(original);
    word.replace(0, 1, written, 0, 1);
    std::string out;
    word.toUTF8String(out);
    return out;
}

bool cyrillic_word(const std::string& word) {
    const auto lead = static_cast<unsigned char>(word.empty() ? 0 : word[0]);
    return lead >= 0xD0 && lead <= 0xD3 && lower(word) != word &&
           lower(word.substr(2)) == word.substr(2);
}

// "Ігоря Коломойського" -> "Ігор Коломойський"; the name unchanged when its
// case cannot be read.
std::string nominative(const std::string& name, const Gazetteer& gazetteer, bool ukrainian) {
    std::vector<std::string> words = entity_words::words_of(name);
    if (words.size() < 2 || words.size() > 3) return name;
    for (const std::string& w : words)
        if (!cyrillic_word(w)) return name;
    const auto given = read_given_name(lower(words[0]), gazetteer);
    if (!given) return name;
    const Reading reading = given->second;
    words[0] = capitalised_like(words[0], given->first);
    if (words.size() == 3)
        words[1] =
            capitalised_like(words[1], patronymic_nominative(lower(words[1]), reading.gender));
    words.back() =
        capitalised_like(words.back(), surname_nominative(lower(words.back()), reading, ukrainian));
    std::string out = words[0];
    for (std::size_t k = 1; k < words.size(); ++k)
        out += " " + words[k];
    return out;
}

bool ukrainian_text(const Context& c) {
    if (!c.language.empty()) return c.language == "uk";
    for (std::string_view letter : {"і", "ї", "є", "ґ"})
        if (c.text.find(letter) != std::string_view::npos) return true;
    return false;
}

}  // namespace

std::string russian_adjective(std::string_view stem) {
    for (std::string_view soft : {"г", "к", "х", "ж", "ш", "щ", "ч"})
        if (newsdex::ends_with(stem, soft, 1)) return "ий";
    return "ый";
}

void people_on_cyrillic_streets(Context& c) {
    static const cues::WordSet& streets = cues::set("street-nouns");
    std::vector<std::string> streets_named;
    for (std::size_t i = 1; i < c.tokens.size(); ++i) {
        if (!c.is(i - 1, streets) || !c.adjacent(i - 1, i)) continue;
        for (const Mention& m : c.found.mentions())
            if (m.type == EntityType::kPerson && m.begin == c.tokens[i].begin)
                streets_named.push_back(m.canonical);
    }
    for (const std::string& name : streets_named)
        c.found.withdraw(EntityType::kPerson, name);
}

void cyrillic_people_in_the_nominative(Context& c) {
    const bool ukrainian = ukrainian_text(c);
    std::vector<std::pair<std::string, std::string>> renames;
    for (const Mention& m : c.found.mentions()) {
        if (m.type != EntityType::kPerson) continue;
        const std::string n = nominative(m.canonical, c.gazetteer, ukrainian);
        if (n != m.canonical) renames.emplace_back(m.canonical, n);
    }
    for (const auto& [from, to] : renames)
        c.found.rename(EntityType::kPerson, from, to);
}

}  // namespace newsdex::entities::rules
