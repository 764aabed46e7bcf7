// A Russian or Ukrainian body's name changes its endings with the case the
// sentence puts it in: "Харківській міській раді" is the dative of
// "Харківська міська рада", "Антимонопольного комітету" the genitive of
// "Антимонопольний комітет". A facet must show one name, the nominative.
// The head noun tells the case and the gender: the ending that turns it
// into a listed nominative (cues/cyrillic-body-nominatives.txt); the
// adjectives before it then take that gender's nominative ending. The
// words after the head ("оборони України") are genitives in every case.
#include <optional>
#include <string>
#include <string_view>

#include "newsdex/strings.hpp"
#include "rules/rules.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

enum class Gender { kMasculine, kFeminine, kNeuter };

// A noun's oblique ending, the nominative ending that replaces it, and
// the gender that pair marks.
struct NounEnding {
    std::string_view ending, nominative;
    Gender gender;
};

// Longer endings first.
constexpr NounEnding kNounEndings[] = {
    {"ою", "а", Gender::kFeminine}, {"ой", "а", Gender::kFeminine}, {"єю", "я", Gender::kFeminine},
    {"ей", "я", Gender::kFeminine}, {"ям", "я", Gender::kNeuter},   {"ем", "е", Gender::kNeuter},
    {"ом", "о", Gender::kNeuter},   {"ом", "", Gender::kMasculine}, {"ові", "", Gender::kMasculine},
    {"и", "а", Gender::kFeminine},  {"ы", "а", Gender::kFeminine},  {"і", "а", Gender::kFeminine},
    {"е", "а", Gender::kFeminine},  {"у", "а", Gender::kFeminine},  {"ї", "я", Gender::kFeminine},
    {"і", "я", Gender::kFeminine},  // залізниці: залізниця
    {"ю", "я", Gender::kFeminine},  {"и", "я", Gender::kFeminine},  {"а", "о", Gender::kNeuter},
    {"у", "о", Gender::kNeuter},    {"і", "о", Gender::kNeuter},    {"е", "о", Gender::kNeuter},
    {"ю", "я", Gender::kNeuter},    {"я", "е", Gender::kNeuter},    {"ю", "е", Gender::kNeuter},
    {"и", "е", Gender::kNeuter},    {"у", "", Gender::kMasculine},  {"а", "", Gender::kMasculine},
    {"і", "", Gender::kMasculine},  {"е", "", Gender::kMasculine},
};

struct Head {
    std::size_t strip;  // bytes of the oblique ending
    std::string_view nominative;
    Gender gender;
};

// The head noun's way back to its nominative, if it is a listed noun in
// another case.
std::optional<Head> read_head(const std::string& folded) {
    static const cues::WordSet& nominatives = cues::set("cyrillic-body-nominatives");
    if (nominatives.count(folded)) return std::nullopt;
    for (const NounEnding& n : kNounEndings) {
        if (!ends_with(folded, n.ending, 4)) continue;
        const std::string form =
            folded.substr(0, folded.size() - n.ending.size()) + std::string(n.nominative);
        if (nominatives.count(form)) return Head{n.ending.size(), n.nominative, n.gender};
    }
    return std::nullopt;
}

bool ukrainian(std::string_view text) {
    for (std::string_view letter : {"і", "ї", "є", "ґ", "І", "Ї", "Є"})
        if (text.find(letter) != std::string_view::npos) return true;
    return false;
}

// An adjective in the nominative of `gender`, from its form in another
// case; as it is when no ending of that gender fits (already nominative).
// The word keeps its capital: only its ending is rewritten.
std::string adjective_nominative(const std::string& word, Gender gender, bool uk) {
    static constexpr std::string_view kMasculine[] = {"ого", "ому", "ім", "им", "ым", "ом"};
    static constexpr std::string_view kSoft[] = {"его", "ему", "ем"};
    static constexpr std::string_view kFeminineUk[] = {"ої", "ій", "ою", "у"};
    static constexpr std::string_view kFeminineRu[] = {"ой", "ую"};
    auto replace = [&](std::string_view ending, std::string_view nominative) {
        return word.substr(0, word.size() - ending.size()) + std::string(nominative);
    };
    if (gender == Gender::kFeminine) {
        if (uk) {
            for (std::string_view e : kFeminineUk)
                if (ends_with(word, e, 4)) return replace(e, "а");
        } else {
            for (std::string_view e : kFeminineRu)
                if (ends_with(word, e, 4)) return replace(e, "ая");
            if (ends_with(word, "ей", 4)) return replace("ей", "яя");
            if (ends_with(word, "юю", 4)) return replace("юю", "яя");
        }
        return word;
    }
    for (std::string_view e : kMasculine)
        if (ends_with(word, e, 4)) {
            if (gender == Gender::kNeuter) return replace(e, uk ? "е" : "ое");
            const std::string stem = word.substr(0, word.size() - e.size());
            return stem + (uk ? "ий" : russian_adjective(stem));
        }
    if (!uk)
        for (std::string_view e : kSoft)
            if (ends_with(word, e, 4)) return replace(e, gender == Gender::kNeuter ? "ее" : "ий");
    return word;
}

std::string text_of(const Context& c, std::size_t k) {
    return std::string(c.text.substr(c.tokens[k].begin, c.tokens[k].end - c.tokens[k].begin));
}

}  // namespace

std::string cyrillic_body_nominative(const Context& c, std::size_t first, std::size_t head,
                                     std::size_t last) {
    const std::string name(
        c.text.substr(c.tokens[first].begin, c.tokens[last].end - c.tokens[first].begin));
    const std::optional<Head> h = read_head(c.tokens[head].text);
    // Only words written as the analyser reads them (no hyphen, no mark):
    // their endings are rewritten byte for byte.
    for (std::size_t k = first; k <= head; ++k)
        if (c.tokens[k].end - c.tokens[k].begin != c.tokens[k].text.size() ||
            (k > first && !c.adjacent(k - 1, k)))
            return name;
    if (!h) return name;
    const bool uk = c.language == "uk" || (c.language != "ru" && ukrainian(name));
    std::string out;
    for (std::size_t k = first; k < head; ++k)
        out += adjective_nominative(text_of(c, k), h->gender, uk) + " ";
    const std::string noun = text_of(c, head);
    out += noun.substr(0, noun.size() - h->strip) + std::string(h->nominative);
    if (last > head)
        out +=
            std::string(c.text.substr(c.tokens[head].end, c.tokens[last].end - c.tokens[head].end));
    return out;
}

}  // namespace newsdex::entities::rules
