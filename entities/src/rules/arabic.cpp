#include <string>
#include <string_view>
#include <unordered_set>

#include "arabic_words.hpp"
#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Arabic people and bodies. Arabic has no capitals, and writes its
// particles (و ب ل ف) and article (ال) onto the word, so a name shows by
// its parts and by the words around it: a listed given name and a family
// name, a title before it, a word for a body before the words that make
// it one. Every list is compared by key (entity_words::key: hamza, alef
// maksura and teh marbuta folded), so it matches each spelling.
namespace newsdex::entities::rules {

std::unordered_set<std::string> arabic_keys(const char* list) {
    std::unordered_set<std::string> keys;
    for (const std::string& word : cues::set(list))
        keys.insert(entity_words::key(word));
    return keys;
}

namespace arabic_words {

using newsdex::starts_with;

bool starts_with_article(const std::string& key) {
    return starts_with(key, "ال") || starts_with(key, "لل");
}

// Word k starts with the article; alef madda before lam is a foreign
// name's ("آلان", Alain), though the key folds it to the article's.
bool with_article(const Context& c, std::size_t k) {
    return starts_with_article(entity_words::key(c.tokens[k].text)) &&
           !starts_with(c.tokens[k].text, "آل");
}

// A word with al- (and-al-, by-al-) that qualifies a title: "وزير
// السياحة والآثار", "الأمين العام للأمم المتحدة".
bool qualifier(const std::string& key) {
    return starts_with_article(key) || starts_with(key, "وال") || starts_with(key, "بال");
}

// Word k as written is in `keys`.
bool listed(const Context& c, std::size_t k, const Keys& keys) {
    return keys.count(entity_words::key(c.tokens[k].text)) > 0;
}

// Word k, or word k without a particle or the article, is in `keys`.
bool listed_with_particle(const Context& c, std::size_t k, const Keys& keys) {
    for (const std::string& candidate : c.candidates(k))
        if (keys.count(candidate)) return true;
    return false;
}

// Free Arabic word k right after word k - 1 (the script first: the rules
// ask this of every word of every story).
bool next_free(const Context& c, std::size_t k) {
    return k > 0 && k < c.tokens.size() && entity_words::arabic(c.tokens[k]) && !c.used[k] &&
           c.adjacent(k - 1, k);
}

// The name's text without the particle written onto its first word
// ("لوزارة الصحة" is وزارة الصحة, "للأمم" ال + أمم).
std::string without_particle(const Context& c, std::size_t first, std::size_t last,
                             const Keys& heads) {
    std::string name(
        c.text.substr(c.tokens[first].begin, c.tokens[last].end - c.tokens[first].begin));
    const std::string key = entity_words::key(c.tokens[first].text);
    if (heads.count(key)) return name;
    for (std::string_view particle : {"وال", "بال", "لل", "و", "ب", "ل", "ف"}) {
        if (!starts_with(name, particle)) continue;
        const std::string rest = name.substr(particle.size());
        const std::string base =
            (particle == "وال" || particle == "بال" || particle == "لل") ? "ال" + rest : rest;
        if (heads.count(entity_words::key(std::string(base.substr(0, base.find(' '))))) ||
            heads.count(entity_words::key(std::string(rest.substr(0, rest.find(' '))))))
            return base;
    }
    return name;
}

const Keys& not_name_words() {
    static const Keys keys = arabic_keys("arabic-not-name-words");
    return keys;
}

// Words with al- that follow a name but are no family name: days, "the
// president", "the minister", "the past", "which", "today".
const Keys& not_family_names() {
    static const Keys keys = arabic_keys("arabic-not-family-names");
    return keys;
}

bool family_name(const Context& c, std::size_t k) {
    const std::string key = entity_words::key(c.tokens[k].text);
    return !c.used[k] && !not_family_names().count(key) && c.tokens[k].text != "آل" &&
           (starts_with(key, "ال") || c.gazetteer.is_name_part("ar-surname", key));
}

// A name ending at word `last` runs on through "آل" (the house of) and the
// family's name: "أحمد بن سعيد آل مكتوم". The name's last word.
std::size_t with_house(const Context& c, std::size_t last) {
    const std::size_t next = last + 1;
    if (next + 1 >= c.tokens.size() || c.tokens[next].text != "آل" || !c.adjacent(last, next) ||
        !c.adjacent(next, next + 1) || c.used[next + 1] ||
        !entity_words::arabic(c.tokens[next + 1]))
        return last;
    return next + 1;
}

bool given_name(const Context& c, std::size_t k) {
    return c.gazetteer.is_name_part("ar-given", entity_words::key(c.tokens[k].text));
}

const Keys& person_titles() {
    static const Keys keys = arabic_keys("arabic-person-titles");
    return keys;
}

const Keys& body_nouns() {
    static const Keys keys = arabic_keys("arabic-body-nouns");
    return keys;
}

// What word k is as a word of a name: no word at all (a letter, the
// article, a listed word, title or body noun), a word with a particle or
// and-al- written onto it ("والشعب", "لشؤون"; the particle's size), or
// free (0).
enum class NameWord { kNo, kParticle, kFree };
NameWord name_word_kind(const Context& c, std::size_t k, std::size_t& particle_size) {
    const std::string key = entity_words::key(c.tokens[k].text);
    if (entity_words::length(key) < 2 || with_article(c, k) || listed(c, k, not_name_words()) ||
        listed_with_particle(c, k, person_titles()) || listed_with_particle(c, k, body_nouns()))
        return NameWord::kNo;
    for (std::string_view particle : {"وال", "بال", "فال", "كال", "و", "ل"})
        if (starts_with(key, particle)) {
            particle_size = particle.size();
            return NameWord::kParticle;
        }
    return NameWord::kFree;
}

// Word k is no word the lists know, with no particle: it may be part of a
// name (a foreign one: "سيلفا" though it starts like a verb).
bool unlisted_word(const Context& c, std::size_t k) {
    std::size_t particle = 0;
    return name_word_kind(c, k, particle) == NameWord::kFree;
}

// The future's sa- before a verb's own prefix ("سيكون", "ستعقد", "سنعمل").
bool future(const std::string& key) {
    return entity_words::length(key) >= 4 &&
           (starts_with(key, "سي") || starts_with(key, "ست") || starts_with(key, "سن"));
}

// Word k can be a word of a name after a title: not a listed word (with or
// without a particle), not and-/in-/the- something ("والشعب", "لشؤون"),
// and, when it starts like a verb in the present (ي, ت, س: "يريد",
// "تعتبر", "سيزور"), a listed given name or a long foreign one ("يلتسين").
// After a listed foreign given name, s- is a surname as often ("لويس
// ساها", "كريستوفر سامبا") but for the future's prefixes: `future_is_verb`
// false.
bool name_word_after_title(const Context& c, std::size_t k, bool future_is_verb) {
    std::size_t particle = 0;
    const NameWord kind = name_word_kind(c, k, particle);
    if (kind == NameWord::kNo) return false;
    if (kind == NameWord::kParticle) return particle < 4 && given_name(c, k);
    const std::string key = entity_words::key(c.tokens[k].text);
    // s- starts a verb in the future ("سيزور"); with `future_is_verb` false
    // only when a verb's own prefix follows it (future()).
    for (std::string_view verb_start : {"ي", "ت", "س"})
        if (starts_with(key, verb_start) && (verb_start != "س" || future_is_verb || future(key)))
            return given_name(c, k) || entity_words::length(key) >= 6;
    return true;
}

// A given name at word k that starts with the article: one word whose bare
// form is a listed given name ("المهدي", "الحسن") before a family name,
// or "عبد" and a name of God ("عبد الصمد"). One past it, or k.
std::size_t given_with_article(const Context& c, std::size_t k) {
    const std::string key = entity_words::key(c.tokens[k].text);
    if (key == "عبد" && next_free(c, k + 1) && with_article(c, k + 1)) return k + 2;
    if (!with_article(c, k) || !next_free(c, k + 1) || !family_name(c, k + 1)) return k;
    return c.gazetteer.is_name_part("ar-given", key.substr(std::string("ال").size())) ? k + 1 : k;
}

// Word k is a title without the article, which follows a name as its
// role ("ريناتو سوليدام رئيس المعهد", "سلطانية مندوب إيران") and ends it.
bool role_after_name(const Context& c, std::size_t k) {
    return !starts_with_article(entity_words::key(c.tokens[k].text)) &&
           listed_with_particle(c, k, person_titles());
}

// Word k is "عبد" or "أبو", which a name's next word completes.
bool needs_more(const Context& c, std::size_t k) {
    const std::string key = entity_words::key(c.tokens[k].text);
    return key == "عبد" || key == "ابو";
}

// A name's words from `first`: up to three words fit for a name ("جورج
// بوش", "كوفي أنان"), the last perhaps a family name with al- after a
// listed given name ("خالد المطيري"). After a title (`after_title`) the
// name must follow the title's words directly, and its given name need not
// be listed ("الخبير الاقتصادي كريم العمراني"). One past its last word, or
// `first` for none.
std::size_t name_at(const Context& c, std::size_t first, bool after_title) {
    if (first >= c.tokens.size() || c.used[first] || !entity_words::arabic(c.tokens[first]) ||
        (after_title && !next_free(c, first)))
        return first;
    // A given name written with the article ("المهدي الفاسي") or of "عبد"
    // and a name of God ("عبد الصمد قيوح"), then a family name or a name.
    if (const std::size_t given = given_with_article(c, first); given > first) {
        std::size_t end = given;
        if (next_free(c, end) && (family_name(c, end) || name_word_after_title(c, end))) ++end;
        return end;
    }
    std::size_t end = first;
    while (end < first + 3 && (end == first || next_free(c, end)) &&
           name_word_after_title(c, end) && (end == first || !role_after_name(c, end)))
        ++end;
    if (end > first && end < first + 3 && next_free(c, end) &&
        (given_name(c, end - 1) || (after_title && end == first + 1)) && family_name(c, end))
        ++end;
    // A name does not end in "عبد" or "أبو": "نادين عبد الساتر".
    if (end > first + 1 && end < c.tokens.size() && next_free(c, end) && needs_more(c, end - 1))
        ++end;
    return end;
}

// Between words k - 1 and k: a comma (Arabic or Latin) and spaces only.
bool comma_between(const Context& c, std::size_t k) {
    const std::string_view gap =
        c.text.substr(c.tokens[k - 1].end, c.tokens[k].begin - c.tokens[k - 1].end);
    return gap == "، " || gap == ", " || gap == "،" || gap == " ، ";
}

// Word k is in `keys`, perhaps after "and" written onto it ("وجورج"); not
// after the article, which a foreign name never takes ("السكوت", the
// silence, is no Scott), nor after li- ("لجان", committees, is no Jean).
bool given_with_conjunction(const Context& c, std::size_t k, const Keys& keys) {
    const std::string key = entity_words::key(c.tokens[k].text);
    if (keys.count(key)) return true;
    return starts_with(key, "و") && keys.count(key.substr(std::string_view("و").size())) > 0;
}

// Word k is part of a person's name found already.
bool person_named(const Context& c, std::size_t k) {
    if (!c.used[k]) return false;
    const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
    return m && m->type == EntityType::kPerson;
}

}  // namespace arabic_words

using namespace arabic_words;

bool arabic_next_free(const Context& c, std::size_t k) {
    return next_free(c, k);
}
bool arabic_name_word(const Context& c, std::size_t k) {
    return name_word_after_title(c, k);
}
bool arabic_unlisted_word(const Context& c, std::size_t k) {
    return unlisted_word(c, k);
}

// A listed given name, then a family name (listed, or written with the
// article al-: "أحمد الشريف"), or "bin"/"abu" and a name. Given names that
// are also everyday words ("علي", on; "باسم", in the name of) need a
// listed family name.
void people_in_arabic(Context& c) {
    const auto& tokens = c.tokens;
    static const cues::WordSet& links = cues::set("arabic-name-links");
    static const Keys also_words = arabic_keys("arabic-given-names-also-words");
    static const Keys before_words = arabic_keys("arabic-given-names-before-words");
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(tokens[k]) || !c.adjacent(k, k + 1)) continue;
        // A given name of two words, "عبد" and a name of God with al-
        // ("عبد الله", "عبد الرحمن"), then a family name.
        if (entity_words::key(tokens[k].text) == "عبد" && k + 2 < tokens.size() &&
            starts_with_article(entity_words::key(tokens[k + 1].text)) && !c.used[k + 1] &&
            c.adjacent(k + 1, k + 2) && family_name(c, k + 2)) {
            c.claim(k, k + 2, EntityType::kPerson);
            k += 2;
            continue;
        }
        if (!given_name(c, k)) continue;
        const bool word_too = listed(c, k, also_words);
        // "bin" after the name: "علي بن أبي طالب" ("on" is never followed by it).
        if (c.is(k + 1, links) && k + 2 < tokens.size() && c.adjacent(k + 1, k + 2) &&
            !c.used[k + 2]) {
            // "بدر بن عبدالله بن فرحان": each "bin" and the next father.
            std::size_t last = k + 2;
            while (last + 2 < tokens.size() && c.is(last + 1, links) &&
                   c.adjacent(last, last + 1) && c.adjacent(last + 1, last + 2) &&
                   !c.used[last + 2] && entity_words::arabic(tokens[last + 2]))
                last += 2;
            // After a chain of fathers, a word with al- is the story's
            // ("بن فرحان الافتتاح"); a listed family name still ends it.
            if (last + 1 < tokens.size() && c.adjacent(last, last + 1) &&
                family_name(c, last + 1) &&
                (last == k + 2 ||
                 c.gazetteer.is_name_part("ar-surname", entity_words::key(tokens[last + 1].text))))
                ++last;
            last = with_house(c, last);
            c.claim(k, last, EntityType::kPerson);
            k = last;
        } else if (family_name(c, k + 1) &&
                   (!word_too || c.gazetteer.is_name_part("ar-surname",
                                                          entity_words::key(tokens[k + 1].text)))) {
            // "أبو بكر الشامسي": the father-of before the given name.
            const bool abu =
                k > 0 && !c.used[k - 1] && c.adjacent(k - 1, k) && needs_more(c, k - 1);
            c.claim(abu ? k - 1 : k, k + 1, EntityType::kPerson);
            ++k;
        } else if (!word_too && !listed(c, k, before_words) && next_free(c, k + 1) &&
                   name_word_after_title(c, k + 1) &&
                   entity_words::length(entity_words::key(tokens[k + 1].text)) >= 3) {
            // A family name without the article ("وائل زنجا", "أسامة حسن"),
            // or the father's name and then the family's with it ("علاء
            // كاظم الموسوي").
            const std::size_t last =
                k + 2 < tokens.size() && c.adjacent(k + 1, k + 2) && family_name(c, k + 2) ? k + 2
                                                                                           : k + 1;
            c.claim(k, last, EntityType::kPerson);
            k = last;
        }
    }
}

// A foreign given name as Arabic news spells it, perhaps two ("خوان
// ميغيل"), then a surname without the article: "كريستوفر هيل", "دميتري
// تورسونوف", "والروسي دميتري تورسونوف". Two words at least; an everyday
// word, a title or a verb (name_word_after_title) ends the name.
void people_by_foreign_given_names_in_arabic(Context& c) {
    static const Keys given = arabic_keys("arabic-foreign-given-names");
    for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(c.tokens[k]) || !given_with_conjunction(c, k, given))
            continue;
        std::size_t end = k + 1;
        while (end < k + 3 && next_free(c, end) && listed(c, end, given))
            ++end;
        if (end < k + 4 && next_free(c, end) && !listed(c, end, given) &&
            name_word_after_title(c, end, false))
            ++end;
        if (end == k + 1) continue;
        c.claim(k, end - 1, EntityType::kPerson, without_particle(c, k, end - 1, given));
        k = end - 1;
    }
}

namespace {

// A name ending at word `end - 1` in "bin" runs on through the person
// named after it: "الأمير بدر بن" + "عبدالله بن فرحان" is one name. The
// name's last word (that person's mention withdrawn), or `end - 1`.
std::size_t through_bin(Context& c, std::size_t end) {
    static const cues::WordSet& links = cues::set("arabic-name-links");
    const auto& tokens = c.tokens;
    if (end >= tokens.size() || !c.is(end - 1, links) || !c.adjacent(end - 1, end) || !c.used[end])
        return end - 1;
    const Mention* next = c.found.covering(tokens[end].begin, tokens[end].end);
    if (!next || next->type != EntityType::kPerson || next->begin != tokens[end].begin)
        return end - 1;
    std::size_t last = end;
    while (last + 1 < tokens.size() && tokens[last].end < next->end)
        ++last;
    c.found.withdraw_within(next->begin, next->end, false);
    return last;
}

// A monarch's name (after the title at word `title`, ending at word
// `last`) runs on through its regnal number: "الملك عبدالله الثاني",
// "البابا بنديكت السادس عشر". The name's last word.
std::size_t with_regnal_number(const Context& c, std::size_t title, std::size_t last) {
    static const Keys royal = arabic_keys("arabic-regnal-titles");
    static const Keys numbers = arabic_keys("arabic-regnal-numbers");
    if (!listed_with_particle(c, title, royal)) return last;
    while (last + 1 < c.tokens.size() && last < title + 9 && next_free(c, last + 1) &&
           listed(c, last + 1, numbers))
        ++last;
    return last;
}

}  // namespace

// A title, the words that qualify it (with al-, or names already found:
// "الأمين العام للأمم المتحدة"), then a name: "الرئيس الأمريكي جورج بوش".
namespace {

// One past the person's mention that starts at word k, right after word
// k - 1; k for none.
std::size_t person_from(const Context& c, std::size_t k) {
    if (k >= c.tokens.size() || !c.used[k] || !c.adjacent(k - 1, k)) return k;
    const Mention* m = c.found.covering(c.tokens[k].begin, c.tokens[k].end);
    if (!m || m->type != EntityType::kPerson || m->begin != c.tokens[k].begin) return k;
    return past_mention(c, k, *m);
}

const Keys& name_links() {
    static const Keys links = arabic_keys("arabic-name-links");
    return links;
}

// Words [first, last] are listed given names or links ("أبي", "بن").
bool given_names_only(const Context& c, std::size_t first, std::size_t last) {
    for (std::size_t k = first; k <= last; ++k)
        if (!given_name(c, k) && !listed(c, k, name_links())) return false;
    return true;
}

}  // namespace

void people_after_arabic_titles(Context& c) {
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(c.tokens[k]) ||
            !listed_with_particle(c, k, person_titles()))
            continue;
        std::size_t first = k + 1;
        while (first < k + 6 && first < c.tokens.size() && c.adjacent(first - 1, first) &&
               given_with_article(c, first) == first &&
               (c.used[first] ||
                (qualifier(entity_words::key(c.tokens[first].text)) &&
                 !starts_with(c.tokens[first].text, "آل")) ||
                listed_with_particle(c, first, person_titles())) &&
               !listed(c, first, not_name_words()) && !person_named(c, first))
            ++first;
        // The title's person is named already ("الرئيس جون كندي رفض").
        if (first < c.tokens.size() && person_named(c, first)) continue;
        const std::size_t end = name_at(c, first, true);
        if (end == first) continue;
        std::size_t last = with_house(c, with_regnal_number(c, k, through_bin(c, end)));
        // The rest of the name, found already, after given names:
        // "الدكتور فارس" "يونس الحمداني" (not "العقيد جمارك", customs).
        std::string name;
        if (const std::size_t rest = person_from(c, last + 1);
            rest > last + 1 && given_names_only(c, first, last)) {
            const Mention* m = c.found.covering(c.tokens[last + 1].begin, c.tokens[last + 1].end);
            // "محمد" "حسني مبارك": the listed person (Hosni Mubarak).
            if (m->canonical != c.text.substr(m->begin, m->end - m->begin)) name = m->canonical;
            c.found.withdraw_within(c.tokens[last + 1].begin, c.tokens[rest - 1].end, false);
            last = rest - 1;
        }
        c.claim(first, last, EntityType::kPerson, name);
        k = last;
    }
}

// A name of two or three words before its role, after a comma ("أحمد
// عيسى، وزير السياحة"), or after a verb of speech and before what was
// said or the speaker's role ("وقال أحمد عيسى إن", "وأضاف أنغو أن",
// "وقال ريناتو سوليدام رئيس المعهد"): news writes who speaks so.
void people_by_arabic_roles(Context& c) {
    static const Keys speech = arabic_keys("arabic-speech-verbs");
    static const Keys said = arabic_keys("arabic-said-that");
    for (std::size_t k = 0; k + 2 < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(c.tokens[k])) continue;
        const std::size_t end = name_at(c, k, false);
        if (end == k || end >= c.tokens.size()) continue;
        // One word only as the speaker right before "that".
        const bool two = end >= k + 2;
        const bool role =
            two && comma_between(c, end) && listed_with_particle(c, end, person_titles());
        const bool speaker =
            k > 0 && c.adjacent(k - 1, k) && listed(c, k - 1, speech) &&
            ((two && comma_between(c, end)) || (c.adjacent(end - 1, end) && listed(c, end, said)) ||
             (two && c.adjacent(end - 1, end) && role_after_name(c, end)));
        if (!role && !speaker) continue;
        c.claim(k, end - 1, EntityType::kPerson);
        k = end - 1;
    }
}

// A place no list has, right after a word for a settlement or region:
// "مدينة العقبة", "إقليم الحوز", "بلدة أمزميز". One word: what follows may
// be an adjective ("مدينة العقبة الأردنية"); a facility's word is part of
// the name ("ميناء الشويخ").
}  // namespace newsdex::entities::rules
