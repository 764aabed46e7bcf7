#include "rules.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "cues.hpp"
#include "newsdex/strings.hpp"
#include "words.hpp"

namespace newsdex::entities::rules {

namespace {

// "W." in "George W. Bush", "J. R. Okafor", and the Filipino "Ma." (Maria):
// a one-letter word with a dot, the next word right after it.
bool initial(const Context& c, std::size_t k) {
    const Token& t = c.tokens[k];
    const bool letter = t.end - t.begin == 1 && c.text[t.begin] >= 'A' && c.text[t.begin] <= 'Z';
    if (c.used[k] || k + 1 >= c.tokens.size() ||
        (!letter && c.text.substr(t.begin, t.end - t.begin) != "Ma"))
        return false;
    return separated_by(c, k, k + 1, ". ");
}

// A word that can continue a person's name: a free capitalised word that
// is not the head of a place, an organisation or a thing.
// Word k is one capital letter and a dot, whatever follows ("W. (41)").
bool initial_and_dot(const Context& c, std::size_t k) {
    const Token& t = c.tokens[k];
    return !c.used[k] && t.end - t.begin == 1 && c.text[t.begin] >= 'A' && c.text[t.begin] <= 'Z' &&
           t.end < c.text.size() && c.text[t.end] == '.';
}

bool surname(const Context& c, std::size_t k) {
    static const cues::WordSet& postnominals = cues::set("person-postnominals");  // KC, MP
    static const cues::WordSet& german_kinds = cues::set("german-bodies-before-towns");
    static const cues::WordSet& heads_also_surnames = cues::set("place-heads-also-surnames");
    return c.name_word(k) && (!c.is(k, cues::place_heads()) || c.is(k, heads_also_surnames)) &&
           !c.is(k, cues::organization_heads()) && !c.is(k, cues::object_heads()) &&
           !c.is(k, postnominals) &&
           !(c.language == "de" && c.is(k, german_kinds));  // "Sana Klinikum Offenbach"
}

// Word k is a title that is also a family name, ending a name right after
// its given name: "Madeleine King toured" (not "King Charles").
bool title_as_surname(const Context& c, std::size_t first, std::size_t k) {
    static const cues::WordSet& titles = cues::set("titles-also-surnames");
    return k == first + 1 && !c.used[k] && c.adjacent(first, k) && c.capitalized(k) &&
           c.is(k, titles) &&
           !(k + 1 < c.tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1));
}

// A German body's word in one compound ("von der Versuchsanstalt für
// Wasserbau"): no surname after "von".
bool german_body(const Context& c, std::size_t k) {
    static const cues::WordList& endings = cues::list("german-body-endings");
    const std::string& word = c.tokens[k].text;
    return c.language == "de" && std::any_of(endings.begin(), endings.end(), [&](const auto& end) {
               return word.size() > end.size() + 2 && newsdex::ends_with(word, end);
           });
}

// In German text "der", "den", "des" and "das" are in a name only after
// "von" or "van" ("von der Leyen", "Van der Bellen"); alone they are articles ("Karin Keller-Sutter
// den Grenzposten").
bool german_article(const Context& c, std::size_t k) {
    const std::string& word = c.tokens[k].text;
    const bool after_von =
        k > 0 && (c.tokens[k - 1].text == "von" || c.tokens[k - 1].text == "van");
    return c.language == "de" && !after_von &&
           (word == "der" || word == "den" || word == "des" || word == "das");
}

// One or two small words ("de", "van der", "Ó", "al-") and then a surname
// at word k: how many small words, or 0. Only Arabic and Irish particles
// lead on to more names ("bin Rashid Al Maktoum"); after others the name
// ends, or it was a place or a body ("Imhof von der Zürcher Kantonalbank").
std::size_t particles(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    for (std::size_t n = 1; n <= 2 && k + n < tokens.size(); ++n) {
        const std::size_t p = k + n - 1;
        if (!c.adjacent(p - 1, p) || !c.is(p, cues::name_particles()) ||
            (c.capitalized(p) && !c.is(p, cues::capital_particles())) ||
            (n == 1 && german_article(c, p)))
            return 0;
        if (!(c.adjacent(p, p + 1) || hyphenated(c, p, p + 1)) || !surname(c, p + 1) ||
            german_body(c, p + 1))
            continue;
        const bool more = p + 2 < tokens.size() && c.adjacent(p + 1, p + 2) &&
                          c.capitalized(p + 2) && !c.is(p + 2, cues::not_names());
        return !more || c.is(p, cues::capital_particles()) ? n : 0;
    }
    return 0;
}

// A role noun: a title word, or a word for what a person does ("farmer",
// "epidemiologist", "resident", "spokeswoman").
bool role_noun(const std::string& word) {
    static const cues::WordSet& things = cues::set("not-person-nouns");
    static const cues::WordSet& people = cues::set("person-nouns");
    if (cues::person_titles().count(word) || people.count(word)) return true;
    if (things.count(word)) return false;
    for (std::string_view end : {"ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person"})
        if (newsdex::ends_with(word, end, 3)) return true;
    return false;
}

// A one-word gazetteer place that is not a country ("Henrik Lund").
bool city_word(const Context& c, std::size_t k) {
    if (!c.place[k] || !c.capitalized(k) || (k + 1 < c.tokens.size() && c.place[k + 1]))
        return false;
    const Mention* m = c.alone(k);
    return m && c.gazetteer.country_of(m->canonical) != m->canonical;
}

}  // namespace

bool german_genitive(const Context& c, std::size_t first, std::size_t k) {
    const std::string& word = c.tokens[k].text;
    if (c.language != "de" || k <= first || !ends_with(word, "s", 4) || ends_with(word, "ss"))
        return false;
    // Not a name that ends so (Francois, Jacques), nor the first half of
    // a hyphenated one (Villas-Boas, Ennis-Hill).
    return !c.gazetteer.is_given_name(entity_words::key(word)) &&
           !(k + 1 < c.tokens.size() && hyphenated(c, k, k + 1));
}

// The end of a person's name whose first word is at `first`: surnames,
// particles, middle initials and hyphens after it, at most `most` words in
// all. `words` counts the words of the name.
std::size_t person_name_end(const Context& c, std::size_t first, std::size_t most,
                            std::size_t& words) {
    const auto& tokens = c.tokens;
    std::size_t j = first + 1;
    words = 1;
    while (j < tokens.size() && words < most && !c.possessive(j - 1) &&
           !german_genitive(c, first, j - 1)) {
        if (c.adjacent(j - 1, j) && surname(c, j)) {
            ++words, ++j;
        } else if (c.adjacent(j - 1, j) && city_word(c, j)) {
            ++words, ++j;  // "Henrik Lund", "Rodrigo Tavares Lima": a city as a surname
        } else if (hyphenated(c, j - 1, j) && !c.used[j]) {
            ++j;
        } else if (std::size_t n = particles(c, j); n > 0) {
            j += n + 1, ++words;  // "van der Berg", "al-Hamdan"
        } else if (c.language == "de" && c.adjacent(j - 1, j) && initial_and_dot(c, j) &&
                   !(j + 1 < tokens.size() && separated_by(c, j, j + 1, ". ") &&
                     c.capitalized(j + 1))) {
            // "Markus K. wird", "Florian W. (41)": German reports name the
            // accused so ("Thomas D. Trummer" has a surname after it).
            ++j, ++words;
            break;
        } else if (c.adjacent(j - 1, j) && initial(c, j) && surname(c, j + 1)) {
            j += 2, ++words;  // "George W. Bush"
        } else if (title_as_surname(c, first, j)) {
            ++words, ++j;
            break;
        } else {
            break;
        }
    }
    return j;
}

// People after a title: "Defense Minister Shin Wonsik", "spokesman John
// Kirby", "coach Bartholomeus van Rijswijk".
void people_after_titles(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        static const cues::WordSet& name_titles = cues::set("name-titles");
        // (Of two titles, the second's: "Chief Justice Sanjiv Khanna".)
        if (!(c.is(i, cues::person_titles()) || c.is(i, name_titles)) ||
            !(c.adjacent(i, i + 1) || separated_by(c, i, i + 1, ". ")) ||  // "Dr. Nazmul"
            !surname(c, i + 1) || c.is(i + 1, cues::person_titles()) || c.is(i + 1, name_titles))
            continue;
        std::size_t words = 0;
        const std::size_t j = person_name_end(c, i + 1, 4, words);  // "Nguyen Thi Thu Hang"
        if (words >= 2) c.claim(i + 1, j - 1, EntityType::kPerson);
    }
}

// A given name and more capitalised words: "Sabine Müller", "Andrés Peña",
// "Ursula von der Leyen". A single-word gazetteer place that is also a
// given name gives way ("Jordan Henderson").
namespace {

// Word i is a listed given name; a Cyrillic one in any case form
// ("Павлом", instrumental of Павло).
bool given_name_at(const Context& c, std::size_t i) {
    if (!entity_words::cyrillic(c.tokens[i]))
        return c.gazetteer.is_given_name(entity_words::key(c.tokens[i].text));
    for (const std::string& key : c.candidates(i))
        if (c.gazetteer.is_given_name(key)) return true;
    return false;
}

}  // namespace

void people_by_given_name(Context& c) {
    static const cues::WordSet& name_titles = cues::set("name-titles");
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!c.capitalized(i) || !given_name_at(c, i)) continue;
        const bool place_word =
            c.used[i] && c.place[i] && (i == 0 || !c.place[i - 1]) && !c.place[i + 1];
        if (c.used[i] && !place_word) continue;
        // "Trần Minh Quân", "Tran Thi Minh Ha": the name starts at its
        // surname, another rule's.
        if (i > 0 && c.adjacent(i - 1, i) && c.name_word(i - 1) &&
            (c.is(i - 1, cues::surnames_first()) ||
             (i > 1 && c.adjacent(i - 2, i - 1) && c.name_word(i - 2) &&
              c.is(i - 2, cues::surnames_first()))))
            continue;
        // "San Vicente de la Sonsierra", "Santa Ana": a place's name.
        static const cues::WordSet& saints = cues::set("saint-prefixes");
        if (i > 0 && (c.adjacent(i - 1, i) || hyphenated(c, i - 1, i)) && c.capitalized(i - 1) &&
            c.is(i - 1, saints))
            continue;
        std::size_t words = 0;
        std::size_t j = person_name_end(c, i, 4, words);
        // "Greg Abbott": a listed body's one-word name after a given name
        // is a surname (tried with the word free; the body keeps it unless
        // a person's name is claimed).
        std::optional<std::pair<std::uint32_t, std::uint32_t>> surname_body;
        if (words == 1 && j < tokens.size() && c.adjacent(j - 1, j) && c.used[j] &&
            c.capitalized(j) && !c.possessive(j - 1)) {
            const Mention* body = c.alone(j);
            if (body && body->type == EntityType::kOrganization) {
                surname_body = std::pair{body->begin, body->end};
                const std::size_t word = j;
                c.used[word] = false;
                j = person_name_end(c, i, 4, words);
                c.used[word] = true;
            }
        }
        // "James Webb Space Telescope": a longer capitalised run is the
        // name of something else; so is one a body's apposition follows
        // ("Austin Energy, the city-owned utility").
        static const cues::WordSet& postnominals = cues::set("person-postnominals");
        if (words < 2 || company_apposition(c, j) ||
            (j < tokens.size() && c.adjacent(j - 1, j) && c.capitalized(j) &&
             !c.is(j, cues::not_names()) && !c.is(j, postnominals) &&
             !german_genitive(c, i, j - 1)))
            continue;
        if (surname_body) c.found.withdraw_within(surname_body->first, surname_body->second, false);
        if (place_word) c.used[i] = false;
        // "Farzana Rahman Mitu", "Abdi Hassan Farah": a given name the
        // lists lack before the one they have, when the word is no
        // ordinary word of the text, nationality or part of a longer run.
        // (English only: German and French write their role nouns with a
        // capital, "Abgeordnete Sabine Müller".)
        // (After a title, a word that ends like a nationality is a name:
        // "Governor Abdullahi Umar Ganduje".)
        const bool after_title =
            i > 1 && (c.is(i - 2, name_titles) || c.is(i - 2, cues::person_titles()));
        const bool earlier = words < 4 && i > 0 && (c.language.empty() || c.language == "en") &&
                             c.adjacent(i - 1, i) && surname(c, i - 1) &&
                             (!c.after_capital(i - 1) || after_title) && !c.possessive(i - 1) &&
                             (after_title || !demonym(tokens[i - 1].text)) &&
                             !role_noun(tokens[i - 1].text) && !c.is(i - 1, name_titles) &&
                             !c.written_in_lower_case(i - 1);
        c.claim(earlier ? i - 1 : i, j - 1, EntityType::kPerson);
    }
}

// Names that start with initials: "J. R. Okafor", "Ma. Cristina Reyes".
// One initial is enough when no capitalised word runs into it or out of
// it ("Plan B. Officials" is not a name).
void people_by_initials(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!initial(c, i) || c.after_capital(i)) continue;
        std::size_t k = i, initials = 0;
        while (k + 1 < tokens.size() && initial(c, k))
            ++k, ++initials;
        // "M. Delmas" is Monsieur Delmas, named in full before.
        if (!surname(c, k) || (initials == 1 && c.text.substr(tokens[i].begin, 2) == "M."))
            continue;
        std::size_t words = 0;
        const std::size_t j = person_name_end(c, k, 3, words);
        // One initial after a lower-case word may end a sentence ("vitamin
        // D. Researchers found"): it must open a clause or follow a title,
        // "by" or a verb of speech.
        const bool letter = tokens[i].end - tokens[i].begin == 1;  // not "Ma."
        const bool opens = !letter || i == 0 || !c.adjacent(i - 1, i) ||
                           c.is(i - 1, cues::person_titles()) ||
                           c.is(i - 1, cues::speech_verbs()) || tokens[i - 1].text == "by";
        const bool ends = j == tokens.size() || !c.adjacent(j - 1, j) || !c.capitalized(j);
        // "J. R. Simplot Company" is a company's name.
        const bool body = j < tokens.size() && c.adjacent(j - 1, j) && c.capitalized(j) &&
                          c.is(j, cues::organization_heads());
        if (!body && (initials >= 2 || (opens && ends))) c.claim(i, j - 1, EntityType::kPerson);
        i = j - 1;
    }
}

// Two capitalised words, the second with a surname's ending: "Yerlan
// Sadykov", "Oksana Kovalenko", "Ioana Popescu", "Giorgos Papadopoulos".
// Acronyms ("FC Rostov") and nationalities are not given names.
namespace {

// A Cyrillic surname in -ский, -ський (Зеленський) is also an adjective
// ("Оновлений Харківський зоопарк"): after a given name no list has, the
// two words are adjectives of a name that goes on in lower case.
bool cyrillic_adjective_pair(const Context& c, std::size_t first, std::size_t last) {
    if (!entity_words::cyrillic(c.tokens[last])) return false;
    return newsdex::ends_with_any(
               c.tokens[last].text,
               {"ский", "ская", "ского", "цкий", "цкая", "ський", "ська", "цький"}, 3) &&
           !c.gazetteer.is_given_name(entity_words::key(c.tokens[first].text));
}

}  // namespace

void people_by_surname_ending(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        const std::size_t k = i + 1;
        if (!surname(c, i) || !surname(c, k) || !c.adjacent(i, k) || c.possessive(i) ||
            entity_words::all_capitals(c.text, tokens[i]) || demonym(tokens[i].text) ||
            c.is(i, cues::organization_leads()) || c.is(i, cues::place_leads()))
            continue;
        const std::string& last = tokens[k].text;
        const bool ending =
            std::any_of(cues::surname_endings().begin(), cues::surname_endings().end(),
                        [&](const std::string& end) { return newsdex::ends_with(last, end, 3); });
        const bool longer = k + 1 < tokens.size() && c.adjacent(k, k + 1) && c.capitalized(k + 1);
        if (!ending || longer || cyrillic_adjective_pair(c, i, k)) continue;
        // A given name the lists lack before it: "said Enamul Haque
        // Bhuiyan" (one word, no title, nationality or longer run).
        const bool earlier = c.after_capital(i) && surname(c, i - 1) && !c.after_capital(i - 1) &&
                             !c.is(i - 1, cues::person_titles()) && !demonym(tokens[i - 1].text) &&
                             !c.possessive(i - 1) && !c.written_in_lower_case(i - 1);
        c.claim(earlier ? i - 1 : i, k, EntityType::kPerson);
    }
}

// Names written surname first: "Kim Yo Jong", "Lee Jae-myung", "Lê Đức
// Anh", "Tsai Ing-wen".
void people_by_surname_first(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (c.used[i] || !c.capitalized(i) || !c.is(i, cues::surnames_first())) continue;
        const bool short_words = c.adjacent(i, i + 1) && c.adjacent(i + 1, i + 2) &&
                                 c.name_word(i + 1) && c.name_word(i + 2) &&
                                 tokens[i + 1].text.size() <= 5 && tokens[i + 2].text.size() <= 5;
        const bool hyphen = c.adjacent(i, i + 1) && c.name_word(i + 1) &&
                            hyphenated(c, i + 1, i + 2) && !c.capitalized(i + 2);
        // "Nguyen Thi Thu Hang": a fourth short word ends the name.
        const bool fourth =
            short_words && i + 3 < tokens.size() && c.adjacent(i + 2, i + 3) &&
            c.name_word(i + 3) && tokens[i + 3].text.size() <= 5 &&
            !(i + 4 < tokens.size() && c.adjacent(i + 3, i + 4) && c.capitalized(i + 4));
        if (short_words || hyphen) c.claim(i, i + (fourth ? 3 : 2), EntityType::kPerson);
    }
}

namespace {

// Name words ending at word `last` (at most three), walking back: the
// first word of the name, or `last + 1` for none.
std::size_t name_start_before(const Context& c, std::size_t last) {
    std::size_t start = last + 1;
    while (start > 0 && last + 1 - start < 3 && c.name_word(start - 1) &&
           (start == last + 1 || c.adjacent(start - 1, start)))
        --start;
    return start;
}

// Every word of [first, last] can be part of a person's name.
bool person_words(const Context& c, std::size_t first, std::size_t last) {
    bool name = last > first;
    for (std::size_t k = first; k <= last && name; ++k)
        name = surname(c, k) && !c.is(k, cues::compass_points());
    return name;
}

}  // namespace

// People who speak: "John Kirby said", "the minister, Vidar Helgesen,
// said", "said Yusran Lamato of ...". A nationality before the name is
// not part of it ("Australian Lynton Crosby said"); a body's or a place's
// head word, or a point of the compass, makes it no person's ("Scottish
// Executive said", "North East said").
void people_who_speak(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& after = cues::set("apposition-stops");
    for (std::size_t i = 2; i < tokens.size(); ++i) {
        if (!c.is(i, cues::speech_verbs())) continue;
        // After the name, or after it and a comma when a comma opens it too.
        const bool comma = separated_by(c, i - 1, i, ", ");
        if (comma || c.adjacent(i - 1, i)) {
            std::size_t start = name_start_before(c, i - 1);
            // Only before a two-word name: "Mehdi Rezaei said" keeps Mehdi,
            // whose ending looks like a nationality's.
            if (i - start == 3 && demonym(tokens[start].text)) ++start;
            const bool opened = !comma || (start > 0 && separated_by(c, start - 1, start, ", "));
            if (start < i && opened && person_words(c, start, i - 1))
                c.claim(start, i - 1, EntityType::kPerson);
        }
        // Before the name: "said Mosammat Nasrin Akter, the deputy ...";
        // the name ends the clause or a preposition or "who" follows it,
        // so "said Kente Capital analysts" is no one.
        if (i + 2 < tokens.size() && c.adjacent(i, i + 1) && !demonym(tokens[i + 1].text)) {
            const std::size_t end = name_run(c, i + 1, 3);
            const bool closed =
                end == tokens.size() || !c.adjacent(end - 1, end) || c.is(end, after);
            if (end > i + 2 && closed && person_words(c, i + 1, end - 1))
                c.claim(i + 1, end - 1, EntityType::kPerson);
        }
    }
}

// A person named in full is later called by the surname alone ("Kirby
// said"): those words are mentions of the same person, not new names.
void later_mentions_of_people(Context& c) {
    std::map<std::string, std::string> surnames;  // key -> canonical
    for (const Mention& m : c.found.mentions()) {
        if (m.type != EntityType::kPerson) continue;
        // Tokens are in text order: the mention's words start at its first byte.
        std::vector<std::size_t> words;
        auto t =
            std::lower_bound(c.tokens.begin(), c.tokens.end(), m.begin,
                             [](const Token& token, std::uint32_t at) { return token.begin < at; });
        for (; t != c.tokens.end() && t->begin < m.end; ++t)
            if (t->end <= m.end) words.push_back(static_cast<std::size_t>(t - c.tokens.begin()));
        if (words.size() < 2) continue;
        // "Markus K.": an initial is not said alone for the person.
        if (c.tokens[words.back()].end - c.tokens[words.back()].begin > 1)
            surnames[entity_words::key(c.tokens[words.back()].text)] = m.canonical;
        if (c.is(words.front(), cues::surnames_first()))  // Kim Yo Jong is "Kim"
            surnames[entity_words::key(c.tokens[words.front()].text)] = m.canonical;
    }
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        // "Tavares Lima said": a surname that is also a town is the person.
        const bool town = c.used[k] && c.place[k] && c.alone(k);
        if ((c.used[k] && !town) || !c.capitalized(k)) continue;
        const auto it = surnames.find(entity_words::key(c.tokens[k].text));
        if (it != surnames.end()) c.claim(k, k, EntityType::kPerson, it->second);
    }
}

namespace {

// After a name and its comma: an age (", 34,"), ", a 42-year-old rice farmer from Kudus",
// ", the bank's chief economist", ", an epidemiologist at ...". The noun
// before the first preposition (or the fifth word) decides.
bool describes_a_person(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& stops = cues::set("apposition-stops");
    if (k >= tokens.size()) return false;
    const std::string& first = tokens[k].text;
    // An age: "Mbali Dlamini, 34, said".
    if (first.size() <= 3 &&
        std::all_of(first.begin(), first.end(),
                    [](unsigned char ch) { return std::isdigit(ch); }) &&
        c.text.substr(tokens[k].end, 1) == ",")
        return true;
    if (c.capitalized(k)) return false;
    if (first != "a" && first != "an" && first != "the" && !role_noun(first)) return false;
    std::size_t head = k;
    for (std::size_t j = k + 1; j < tokens.size() && j < k + 6; ++j) {
        // ("a WHO epidemiologist": the body, not the pronoun.)
        if ((c.is(j, stops) && !c.capitalized(j)) ||
            (!c.adjacent(j - 1, j) && !hyphenated(c, j - 1, j)))
            break;
        head = j;
        if (c.text.substr(tokens[j].end, 1) == "," || c.text.substr(tokens[j].end, 1) == ".") break;
    }
    return !c.capitalized(head) && role_noun(tokens[head].text);
}

}  // namespace

// "according to Priya Raman", and names in apposition to a role: "Amara
// Nwosu, an epidemiologist at ...", "Tom Smith, the bank's chief economist".
void people_in_apposition(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (c.used[i]) continue;
        if (tokens[i].text == "according" && tokens[i + 1].text == "to" && c.adjacent(i, i + 1) &&
            c.adjacent(i + 1, i + 2)) {
            const std::size_t end = name_run(c, i + 2, 3);
            if (end - (i + 2) >= 2) c.claim(i + 2, end - 1, EntityType::kPerson);
            continue;
        }
        if (c.after_capital(i)) continue;  // mid-name
        const std::size_t end = name_run(c, i, 3);
        if (end - i < 2 || end >= tokens.size() || c.text[tokens[end - 1].end] != ',') continue;
        if (describes_a_person(c, end)) c.claim(i, end - 1, EntityType::kPerson);
    }
}
}  // namespace newsdex::entities::rules
