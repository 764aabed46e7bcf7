#include <string>
#include <string_view>

#include "arabic_words.hpp"
#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Arabic bodies: a word for a body, then the words with al- that make it
// one; a company's name; media by their own word (the people: arabic.cpp).
namespace newsdex::entities::rules {

using namespace arabic_words;

namespace {

// And-al- word k closes a ministry's name after one word ("وزارة التراث
// والسياحة") or a longer body's after three ("البنك الأوروبي لإعادة
// الإعمار والتنمية").
bool closes_a_remit(const Context& c, std::size_t k) {
    static const Keys ministries = arabic_keys("arabic-ministry-nouns");
    std::size_t head = k - 1;
    while (head > 0 && head + 4 > k && !listed_with_particle(c, head, body_nouns()))
        --head;
    if (!listed_with_particle(c, head, body_nouns())) return false;
    return k - head >= 4 || (k - head == 2 && listed_with_particle(c, head, ministries));
}

// Word k continues a body's name: a word with al- ("وزارة الصحة"), or,
// after one, and-al- before another ("وزارة التموين والتجارة الداخلية").
bool body_word(const Context& c, std::size_t k, bool after_one) {
    if (k >= c.tokens.size() || !c.adjacent(k - 1, k) || !entity_words::arabic(c.tokens[k]) ||
        listed(c, k, not_name_words()) || listed(c, k, not_family_names()) ||
        listed_with_particle(c, k, person_titles()))  // "لجنة التحكيم المخرج"
        return false;
    const std::string key = entity_words::key(c.tokens[k].text);
    if (starts_with_article(key)) return true;
    const bool next = k + 1 < c.tokens.size() && c.adjacent(k, k + 1);
    const std::string next_key = next ? entity_words::key(c.tokens[k + 1].text) : std::string();
    // and-the-X before the-Y or and-the-Z ("والتنمية الريفية", "والضريبة
    // والجمارك"), or closing such a chain.
    // A ministry's remit is "X and Y" ("وزارة التراث والسياحة"); a longer
    // name closes so too ("البنك الأوروبي لإعادة الإعمار والتنمية").
    if (after_one && starts_with(key, "وال"))
        return (next && (starts_with_article(next_key) || starts_with(next_key, "وال"))) ||
               starts_with(entity_words::key(c.tokens[k - 1].text), "وال") || closes_a_remit(c, k);
    // for-X the-Y: "المعهد الوطني لحماية النباتات"; not li- before a verb
    // ("ليقدم", to provide; "لتكون", to be).
    return after_one && starts_with(key, "ل") && !starts_with(key, "لي") &&
           !starts_with(key, "لت") && !starts_with(key, "لن") && entity_words::length(key) >= 4 &&
           next && starts_with_article(next_key) && body_word(c, k + 1, true);
}

// Word k can be a foreign company name's second word: no Arabic noun's
// ending (ة, the plurals' -ين -ون -ات, the accusative's -اً): "شركة
// كونكو فيليبس", "شركة كوكا كولا", not "شركة موتورولا زيادة" (Motorola,
// an increase). (Adverbs in -ا are listed as no names: حاليا, مؤخرا.)
bool foreign_second_word(const Context& c, std::size_t k) {
    const std::string key = entity_words::key(c.tokens[k].text);
    const std::string& word = c.tokens[k].text;
    for (std::string_view ending : {"ه", "ين", "ون", "ات"})
        if (newsdex::ends_with(key, ending)) return false;
    return !newsdex::ends_with(word, "اً");
}

// Word k can be a company's one-word name though it starts like a verb
// ("شركة تلال للإنتاج"): no noun in -ة ("شركة تابعة", a subsidiary), and
// a verb-like word only before what the company does ("شركة تعمل في"
// works in).
bool company_name_word(const Context& c, std::size_t k) {
    if (!unlisted_word(c, k) || newsdex::ends_with(entity_words::key(c.tokens[k].text), "ه"))
        return false;
    return name_word_after_title(c, k) || body_word(c, k + 1, true);
}

const Keys& bodies_named_after_people() {
    static const Keys keys = arabic_keys("arabic-bodies-named-after-people");
    return keys;
}

// A body named after a person, by a title and a name: "جامعة الملك
// عبدالعزيز", "جامعة القديس يوسف", or the person found already: "مكتبة
// محمد بن راشد". One past the name, or k + 1 for none.
std::size_t named_after_a_person(const Context& c, std::size_t k) {
    const Keys& bodies = bodies_named_after_people();
    static const Keys titles = arabic_keys("arabic-namesake-titles");
    if (!listed_with_particle(c, k, bodies) || with_article(c, k)) return k + 1;
    std::size_t j = k + 1;
    const bool titled = listed(c, j, titles) && !c.used[j];
    if (titled) ++j;
    if (j >= c.tokens.size() || !c.adjacent(j - 1, j) || !entity_words::arabic(c.tokens[j]))
        return k + 1;
    if (const Mention* m = c.found.covering(c.tokens[j].begin, c.tokens[j].end);
        m && m->type == EntityType::kPerson && m->begin == c.tokens[j].begin) {
        const std::size_t end = past_mention(c, j, *m);
        // After a title, a second word is the name's only with bin or al
        // ("الملك عبدالعزيز آل سعود"), not "القديس يوسف قائمة" (a list).
        const bool more =
            end > j + 1 && (c.tokens[j + 1].text == "بن" || c.tokens[j + 1].text == "آل");
        return titled && !more ? j + 1 : end;
    }
    // After a title, one name the lists need not know ("يوسف").
    return titled && !c.used[j] && unlisted_word(c, j) ? j + 1 : k + 1;
}

}  // namespace

// A word for a body, then the words with al- that make it one ("وزارة
// الصحة الفلسطينية", "مجلس الأمن"), places among them; or, for a company,
// club or movement, one name without the article ("شركة نوكيا", "حركة
// حماس"). The name drops the particle written onto its first word.
void organizations_in_arabic(Context& c) {
    const Keys& heads = body_nouns();
    static const Keys companies = arabic_keys("arabic-company-nouns");
    static const Keys legal_forms = arabic_keys("arabic-legal-forms");
    for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k) {
        if (c.used[k] || !entity_words::arabic(c.tokens[k]) || !c.adjacent(k, k + 1)) continue;
        if (const std::size_t named = named_after_a_person(c, k); named > k + 1) {
            // A person found running past the body's name was no person
            // ("يوسف قائمة": Joseph, a list).
            const Token& last = c.tokens[named - 1];
            if (const Mention* m = c.found.covering(last.begin, last.end);
                m && m->type == EntityType::kPerson && m->end > last.end) {
                const std::uint32_t begin = m->begin, end = m->end;
                c.found.withdraw_within(begin, end, false);
                for (std::size_t j = named; j < c.tokens.size() && c.tokens[j].end <= end; ++j)
                    c.used[j] = false;  // its words after the body's name are free again
            }
            c.claim(k, named - 1, EntityType::kOrganization,
                    without_particle(c, k, named - 1, bodies_named_after_people()));
            k = named - 1;
            continue;
        }
        if (!listed_with_particle(c, k, heads)) continue;
        std::size_t end = k + 1;
        while (end < k + 7 && body_word(c, end, end > k + 1))
            ++end;
        // A company, not "the company" ("المؤسسة عدداً"): its name follows.
        const bool company = listed_with_particle(c, k, companies) && !with_article(c, k);
        if (end == k + 1 && next_free(c, k + 1) &&
            (name_word_after_title(c, k + 1) || (company && company_name_word(c, k + 1)))) {
            end = k + 2;  // one name without the article, and what it is of:
            // a company's may be two foreign words ("مؤسسة كواكواريلي سيموندز").
            if (company && next_free(c, end) && unlisted_word(c, end) &&
                name_word_after_title(c, end, false) && foreign_second_word(c, end))
                ++end;
            // ... not its nationality ("مؤسسة كواكواريلي سيموندز البريطانية").
            while (end < k + 5 && body_word(c, end, true) && !arabic_nationality(c, end))
                ++end;  // "مديرية ماء البصرة"
        }
        if (end == k + 1) continue;
        // A company's legal form after its name: "ذ.م.م", "ش.م.ع".
        if (company && end < c.tokens.size() && c.adjacent(end - 1, end) &&
            listed(c, end, legal_forms))
            ++end;
        c.claim(k, end - 1, EntityType::kOrganization, without_particle(c, k, end - 1, heads));
        k = end - 1;
    }
}

// A medium named by its own word after a correspondent or a word for a
// channel ("مراسل الجزيرة", "موفد الجزيرة نت", "فضائية الجزيرة"), when the
// lists name it with a head before that word ("قناة الجزيرة"): elsewhere
// "الجزيرة" is the island, or the peninsula.
void arabic_media_by_their_word(Context& c) {
    static const Keys cues = arabic_keys("arabic-media-correspondents");
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (!entity_words::arabic(tokens[k]) || !next_free(c, k + 1) ||
            !listed_with_particle(c, k, cues))
            continue;
        std::string canonical;
        for (std::string_view head : {"قناة", "صحيفة", "وكالة", "شبكة"}) {
            const std::string name = std::string(head) + " " + tokens[k + 1].text;
            if (const std::string found = c.gazetteer.canonical(EntityType::kOrganization, name);
                found != name) {
                canonical = found;
                break;
            }
        }
        if (canonical.empty()) continue;
        const bool net =
            k + 2 < tokens.size() && c.adjacent(k + 1, k + 2) && tokens[k + 2].text == "نت";
        c.claim(k + 1, net ? k + 2 : k + 1, EntityType::kOrganization, canonical);
        ++k;
    }
}

}  // namespace newsdex::entities::rules
