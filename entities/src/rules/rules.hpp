#pragma once
// The entity extractor's passes over one text, private to it. The
// gazetteer pass runs first; the rules then find names no list has, each
// rule one pass over the tokens, claiming the words it names so later
// rules leave them alone. Order matters and is set in extractor.cpp.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "context.hpp"
#include "cues.hpp"

namespace newsdex::entities::rules {

// Small helpers the rules share.
// Russian, Chinese, British, Iraqi: adjectives of nations, not names.
bool demonym(const std::string& word);
// "Jae-myung", "Dong-wook": word b continues word a after a hyphen.
bool hyphenated(const Context& c, std::size_t a, std::size_t b);
// Word b follows word a with exactly `between` in the text between them:
// ". " after an initial or "Dr", ", " before an apposition.
bool separated_by(const Context& c, std::size_t a, std::size_t b, std::string_view between);
// One past the last word of mention `m` from word k, which it holds ("Frankfurt"
// "am" "Main"): where a name that takes the whole mention ends.
std::size_t past_mention(const Context& c, std::size_t k, const Mention& m);
// The first word of mention `m`, which holds word k.
std::size_t mention_start(const Context& c, std::size_t k, const Mention& m);
// Word k, as written, is in the German word list (wngerman): a noun or
// another word, not a name ("Bahn", not "Transdev").
bool german_dictionary_word_at(const Context& c, std::size_t k);
// Free name words from `first` on, at most `most`, not ending at an
// organisation or place word: the end of the name, or `first` for none.
std::size_t name_run(const Context& c, std::size_t first, std::size_t most);
// Word k, after a name's first word, is a German genitive ("Sabine
// Müllers Rücktritt"): the name ends there (people.cpp).
bool german_genitive(const Context& c, std::size_t first, std::size_t k);
// The end of a person's name starting at `first`: more surnames,
// particles, middle initials, hyphenated parts, at most `most` words
// (counted in `words`).
std::size_t person_name_end(const Context& c, std::size_t first, std::size_t most,
                            std::size_t& words);

// Places (places.cpp) and organisations (organizations.cpp).
void places_by_head_word(Context& c);
void places_with_compass_points(Context& c);
void organizations_by_head_word(Context& c);
void organizations_by_lead_word(Context& c);
void places_in_datelines(Context& c);
void places_before_a_known_place(Context& c);
void places_after_prepositions(Context& c);
void places_named_with_of(Context& c);
void places_before_based(Context& c);
void places_in_han_compounds(Context& c);
// Kanji only, `least` characters or more (places_han.cpp).
bool kanji_word(const std::string& word, std::size_t least);
// The Korean place a word names by its kind's ending ("울주군은",
// "제주국제공항과"), or empty (places_han.cpp).
std::string korean_place_word(const Context& c, std::size_t k);
// Chinese and Japanese temples, stations, airports and ports by their word
// (places_han.cpp).
void facilities_in_han(Context& c);
void chinese_rivers_and_lakes(Context& c);
void places_in_korean_words(Context& c);
void places_by_japanese_suffix(Context& c);
void places_inside_chinese_places(Context& c);
// An unlisted county and a town in it ("关岭县坡贡镇"), and towns joined to it.
void chinese_counties_and_towns(Context& c);
// A Japanese address's smaller places after a city or ward ("神戸市灘区").
void japanese_places_inside_places(Context& c);
// "福島" "県" as one mention; "東京都台東区" a ward (places_japanese.cpp).
void japanese_places_with_suffixes(Context& c);
void bare_places_among_places(Context& c);
void places_after_settlement_words(Context& c);
void places_after_place_nouns(Context& c);
void places_on_a_journey(Context& c);
void places_such_as(Context& c);
void places_after_german_prepositions(Context& c);
void places_closing_german_lists(Context& c);
void places_in_apposition(Context& c);
// Turkish clubs in one word ending in "spor", in any text in Latin
// letters (organizations_english.cpp).
void turkish_clubs(Context& c);
// In an English story about sport (asked once): clubs named after their
// towns ("Hanoi Phoenix") and teams named in the plural ("The Hurricanes
// ended the Crusaders' run").
void clubs_and_teams_in_sport(Context& c);
// After the name ending at word `end - 1`: ", a" or ", an" or ", the" and,
// within five lower-case words, a word for a kind of company or body
// that heads the apposition: before any "of" ("a maker of engines"; not
// "a member of the association") (organizations_english.cpp).
bool company_apposition(const Context& c, std::size_t end);
// Unlisted English companies by the words around them
// (organizations_english.cpp).
void organizations_by_context(Context& c);
void acronyms_in_parentheses(Context& c);
void acronyms_after_articles(Context& c);
// Organisations in Russian and Ukrainian (organizations_cyrillic.cpp).
void organizations_in_cyrillic(Context& c);
// The name of a body found in words [first, last], head noun at `head`, in
// the nominative: "Харківській міській раді" -> "Харківська міська рада"
// (cyrillic_body_cases.cpp). As written when the head is no listed noun.
// A Russian adjective's masculine nominative ending after its stem: -ий
// after г, к, х and hushing sounds (Горький), else -ый (Навальный)
// (cyrillic_cases.cpp).
std::string russian_adjective(std::string_view stem);
std::string cyrillic_body_nominative(const Context& c, std::size_t first, std::size_t head,
                                     std::size_t last);
// Organisations in Korean (organizations_hangul.cpp).
// The body's name in a Korean word: the word without a particle after it,
// when it ends in a word for a body with two syllables or more before it
// ("울산환경운동연합은"); else empty.
std::string korean_body_name(const std::string& word);
// Korean companies by the words around them (organizations_hangul.cpp).
void organizations_by_korean_context(Context& c);
// A company's name in quotes after a word for its kind: "여행사 '노마드
// 스텝'" (organizations_hangul.cpp; before the people, whose titles may
// follow it).
void korean_companies_in_quotes(Context& c);
void organizations_in_hangul(Context& c);
// German bodies: a name adjective and a compound (organizations_german.cpp).
void organizations_in_german(Context& c);
// A German body named by its kind and its town: "Amtsgericht Rosenheim"
// (organizations_german.cpp).
void german_bodies_named_by_town(Context& c);
// German: a body's name after its kind ("des Konzerns Transdev").
void bodies_after_their_kind(Context& c);
// French bodies: a head word, adjectives and "de" phrases
// (organizations_french.cpp).
void organizations_in_french(Context& c);
// Chinese and Japanese bodies: words before a word for a body
// (organizations_han.cpp).
void organizations_in_han(Context& c);
// Japanese companies by legal form or head office (organizations_han.cpp).
void japanese_companies_by_form(Context& c);
// People (people.cpp).
void people_after_titles(Context& c);
// After a Russian or Ukrainian title and whose it is (people.cpp).
void people_after_cyrillic_titles(Context& c);
void people_by_given_name(Context& c);
void people_by_surname_first(Context& c);
void people_by_cyrillic_given_name(Context& c);
void people_by_initials(Context& c);
void people_by_surname_ending(Context& c);
void people_who_speak(Context& c);
void people_in_apposition(Context& c);
void later_mentions_of_people(Context& c);
// Works, bands and products taken for people (works.cpp).
void people_that_are_works(Context& c);
// One canonical name per entity in a story (one_name.cpp).
// A person's name in a Russian or Ukrainian oblique case becomes its
// nominative ("Ігоря Коломойського" -> "Ігор Коломойський"); a name right
// after a street noun ("вулиці Карла Маркса") is a street, not a person.
void people_on_cyrillic_streets(Context& c);
void cyrillic_people_in_the_nominative(Context& c);
void one_name_per_entity(Context& c);
// People in Korean (people_hangul.cpp): by a name's parts and the title
// after it; then by a title further on, and in lists of names.
void people_in_hangul(Context& c);
// A news agency in brackets in a wire story's dateline (datelines.cpp).
void agencies_in_datelines(Context& c);
// The first word after the title (datelines.cpp).
std::size_t first_body_word(const Context& c);
void people_in_hangul_by_context(Context& c);
// People in Chinese and Japanese (people_without_capitals.cpp).
void people_in_han(Context& c);
// Korean word `word` is the name `form`, or the name and a particle or
// honorific after it ("김민현은"; "국가안보실" is no name).
bool korean_name_then_ending(const std::string& form, const std::string& word);

// The name at word i follows a preposition of place of English (the
// list, place-prepositions.txt, whose "in" German shares): "in Aarhus",
// "across northern Luzon", "north of Kherson"; not "a stake in ..."
// (places.cpp).
bool after_preposition_of_place(const Context& c, std::size_t i);
// One past the last word of an unlisted place's name from `first`, or
// `first` for none (places.cpp).
std::size_t place_name_end(const Context& c, std::size_t first);
// The longest listed name at word i that the text may mean there, if any
// (extractor.cpp).
const Gazetteer::Entry* listed_name_at(const Context& c, std::size_t i);

// What the text says of each town it names, by canonical name: one look
// at its mentions per town, however often a (hostile) text repeats it; and
// where each listed place is named, found in one pass over the text when
// the first town is met, so a town's mentions are not looked for word by
// word (a hostile text may name thousands of towns).
struct TownVerdicts {
    std::map<std::string, bool> verdicts;
    std::optional<std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>>>
        mentions;  // canonical -> (first word, words)
};

// Whether a small town's name at word i (entry `e`) is to be passed over:
// the text never says it is a place, or a mention runs into a longer name
// (towns.cpp).
bool town_out_of_context(const Context& c, std::size_t i, const Gazetteer::Entry& e,
                         TownVerdicts& towns);

// Word k is a one-word place the lists name, whether or not a rule took it
// for one there.
bool listed_one_word_place(const Context& c, std::size_t k);
// Word k is a free name with a German place name's ending ("Ebersberg",
// "Liebenau"; cues/german-place-endings.txt) (places_german.cpp).
bool german_place_ending(const Context& c, std::size_t k);
// Arabic people and bodies (arabic.cpp).
void people_in_arabic(Context& c);
void people_by_foreign_given_names_in_arabic(Context& c);
void people_after_arabic_titles(Context& c);
// After a nationality (arabic_demonyms.cpp), by arabic.cpp's tests of a
// word: free and next to the one before, fit for a name after a title, no
// listed word.
void people_after_arabic_demonyms(Context& c);
bool arabic_next_free(const Context& c, std::size_t k);
bool arabic_name_word(const Context& c, std::size_t k);
bool arabic_unlisted_word(const Context& c, std::size_t k);
void people_by_arabic_roles(Context& c);
void organizations_in_arabic(Context& c);
void arabic_media_by_their_word(Context& c);
void places_after_arabic_settlement_words(Context& c);
// A cue list as Arabic keys (entity_words::key), each spelling of hamza,
// alef maksura and teh marbuta alike (arabic.cpp).
std::unordered_set<std::string> arabic_keys(const char* list);
// Word k is a nationality ("البريطانية", "والسنغالي"; arabic_demonyms.cpp).
bool arabic_nationality(const Context& c, std::size_t k);
// "عمان": Amman or Oman, as the story decides (arabic_places.cpp).
void amman_or_oman(Context& c);

}  // namespace newsdex::entities::rules
