#include <unicode/utf8.h>

#include <string>
#include <string_view>
#include <vector>

#include "rules.hpp"
#include "words.hpp"

// People in Korean text, where a name is a listed family name and a given
// name in one word of three syllables, known by its parts and by the words
// around it: a title or honorific after it ("김태훈 대표", "박준형 씨"),
// even past a body's name, "전" (former) or an age in brackets; or a list
// of names that ends in one so known.
namespace newsdex::entities::rules {

namespace {

// Korean words after a name: "김태훈 대표", "박준형 씨".
const cues::WordSet& korean_titles() {
    static const cues::WordSet& words = cues::set("korean-titles");
    return words;
}

bool hangul_syllables(std::string_view word, std::size_t count) {
    if (word.size() != 3 * count) return false;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
        UChar32 c;
        U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
        if (c < 0xAC00 || c > 0xD7A3) return false;
    }
    return true;
}

// A given name no list has, by its syllables: each opens or closes a
// listed given name ("민" opens 민수, "현" closes 지현: 김민현), and the
// last is not one that mostly ends words (a particle, a verb ending).
// `word` is the whole word the name is written in.
bool korean_given_name_by_syllables(const Context& c, const std::string& form,
                                    const std::string& word) {
    static const cues::WordSet& word_ends = cues::set("korean-word-ends");
    return korean_name_then_ending(form, word) &&
           c.gazetteer.is_name_part("ko-given-first", form.substr(3, 3)) &&
           c.gazetteer.is_name_part("ko-given-second", form.substr(6, 3)) &&
           word_ends.count(form.substr(6, 3)) == 0;
}

// A word of the dictionary that reads as a family name and a given name
// ("목소리", voice; "연예인", entertainer: 연 + the given name 예인).
bool korean_word_like_a_name(const std::string& form) {
    static const cues::WordSet& words = cues::set("korean-words-like-names");
    return words.count(form) > 0;
}

// The readings of word k that have the shape of a Korean name: three
// syllables, a listed family name first, an honorific left out ("박민수씨"),
// no particle for a last syllable, not a title with its particle, and
// nothing after it in the word but a particle.
std::vector<std::string> name_forms(const Context& c, std::size_t k) {
    static const cues::WordSet& particles = cues::set("korean-particles");
    std::vector<std::string> forms;
    for (std::string form : entity_words::candidates(c.tokens[k])) {
        for (std::string_view honorific : {"씨", "님"})
            if (form.size() == 12 && form.compare(9, 3, honorific) == 0) form.resize(9);
        if (!hangul_syllables(form, 3) ||
            !c.gazetteer.is_name_part("ko-surname", form.substr(0, 3)))
            continue;
        // "사회는 배우" (society, actor): a particle never ends a given name.
        if (particles.count(form.substr(6)) > 0) continue;
        // "장관은": a title and its particle, not 장 + 관은; "부의장",
        // "김대표": a title after a family name, or in a longer title.
        if (korean_titles().count(form.substr(0, 6)) > 0 ||
            korean_titles().count(form.substr(3)) > 0)
            continue;
        // "우리나라" (our country) holds 우 + 리나: a name is the whole
        // word, or what follows it in the word is a particle.
        if (korean_name_then_ending(form, c.tokens[k].text)) forms.push_back(form);
    }
    return forms;
}

// Token t is a title, perhaps with a particle ("대표는", "씨가"). With
// `compound`, the title or a word that ends in one of two syllables or
// more ("외교장관", "부장판사"), as the title after a body's name is
// written, and only with a particle after it (not "대표적인",
// representative).
bool korean_title(const Token& t, bool compound) {
    static const cues::WordSet& not_compound = cues::set("korean-titles-not-compound");
    for (const std::string& word : entity_words::candidates(t)) {
        if (compound && !korean_name_then_ending(word, t.text)) continue;
        if (korean_titles().count(word) > 0) return true;
        if (word.size() > 3 && korean_titles().count(word.substr(0, 3)) > 0) return true;
        if (!compound) continue;
        for (std::size_t at = 3; at + 6 <= word.size(); at += 3)
            if (korean_titles().count(word.substr(at)) > 0 &&
                not_compound.count(word.substr(at)) == 0)
                return true;
    }
    return false;
}

// Token k is a title written before a name ("배우 김유미", "가수 나비"),
// not after the word before it.
bool role_before_name(const Context& c, std::size_t k) {
    static const cues::WordSet& roles = cues::set("korean-roles-before-names");
    return k + 1 < c.tokens.size() && c.is(k, roles) && c.adjacent(k, k + 1) &&
           !name_forms(c, k + 1).empty();
}

// Word k may stand between a name and its title: a body's or place's name
// ("윤병세 외교부 장관", "수전 라이스 미국 백악관 보좌관") or "전" (former).
bool between_name_and_title(const Context& c, std::size_t k) {
    static const cues::WordSet& tenses = cues::set("korean-title-tenses");  // 전, 현...
    if (c.is(k, tenses)) return true;
    if (const Mention* m = c.alone(k); m != nullptr)
        return m->type == EntityType::kOrganization || m->type == EntityType::kPlace;
    return entity_words::hangul(c.tokens[k]) && !korean_body_name(c.tokens[k].text).empty();
}

// An age in brackets opens right after word k: "김모(45)".
bool age_in_brackets_after(const Context& c, std::size_t k) {
    const std::string_view after = c.text.substr(c.tokens[k].end);
    return after.size() > 1 && after[0] == '(' && after[1] >= '0' && after[1] <= '9';
}

// The name at word k has a title after it, past at most two words for a
// body, a place or a tense, or past the person's age in brackets.
bool titled_at_a_distance(const Context& c, std::size_t k) {
    const auto& tokens = c.tokens;
    for (std::size_t next = k + 1; next < tokens.size() && next <= k + 3; ++next) {
        if (!c.adjacent(next - 1, next)) break;
        if (korean_title(tokens[next], true)) return next > k + 1;
        if (!between_name_and_title(c, next)) break;
    }
    // "고경표(25)씨가", "김모(33) 씨": the word is the name alone. (The
    // bracket is looked for only that far: a text without one is not read
    // to its end for each word.)
    constexpr std::size_t kAgeBytes = 16;
    if (!age_in_brackets_after(c, k)) return false;
    const std::size_t close = c.text.substr(tokens[k].end, kAgeBytes + 1).find(')');
    if (close == std::string_view::npos) return false;
    for (std::size_t next = k + 1; next < tokens.size(); ++next)
        if (tokens[next].begin > tokens[k].end + close)
            return tokens[next].begin <= tokens[k].end + close + 2 &&
                   korean_title(tokens[next], false);
    return false;
}

// Words a and b are names in one list: only a comma or a middle dot
// between them ("김무성, 이완구, 안철수 의원", "김무성·이완구 의원").
bool listed_together(const Context& c, std::size_t a, std::size_t b) {
    std::string_view between = c.text.substr(c.tokens[a].end, c.tokens[b].begin - c.tokens[a].end);
    while (!between.empty() && between.front() == ' ')
        between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ')
        between.remove_suffix(1);
    return between == "," || between == "·" || between == "、";
}

// A title follows word k at once, and is not one written before the
// next name ("꾸며진 가운데 배우 김유미와"). With `compound`, one that ends
// a longer word ("부장판사").
bool title_follows(const Context& c, std::size_t k, bool compound) {
    return k + 1 < c.tokens.size() && c.adjacent(k, k + 1) &&
           korean_title(c.tokens[k + 1], compound) && !role_before_name(c, k + 1);
}

// `form` may be a name where the context says it is one: the given name is
// listed, or its last syllable seldom ends an ordinary word ("문제가", the
// problem + a particle) and hardly ever a name ("상대팀", the other team).
bool given_name_may_end(const Context& c, const std::string& form) {
    static const cues::WordSet& word_ends = cues::set("korean-word-ends");
    static const cues::WordSet& not_name_ends = cues::set("korean-syllables-not-ending-names");
    if (c.gazetteer.is_name_part("ko-given", form.substr(3))) return true;
    const std::string last = form.substr(6, 3);
    return word_ends.count(last) == 0 && not_name_ends.count(last) == 0 &&
           korean_titles().count(form) == 0 && !korean_word_like_a_name(form);
}

// The name at word k is titled: a title follows it at once or further on.
bool titled(const Context& c, std::size_t k) {
    return title_follows(c, k, true) || titled_at_a_distance(c, k);
}

// Word k opens a list of names whose last has a title ("김무성, 이완구,
// 안철수 의원", "이승만, 박정희, 김대중 전 대통령").
bool in_titled_list(const Context& c, std::size_t k) {
    std::size_t last = k;
    while (last + 1 < c.tokens.size() && listed_together(c, last, last + 1) &&
           !name_forms(c, last + 1).empty())
        ++last;
    return last > k && titled(c, last);
}

// A foreign person's name in two Hangul words right before a title:
// "야나 노보트나 대표는", "바트바야르 간바트 대표". Neither word is a
// Korean name (one word), a title or role, or a body's or place's name.
bool foreign_name_before_title(const Context& c, std::size_t k) {
    static const cues::WordSet& roles = cues::set("korean-roles-before-names");
    static const cues::WordSet& place_suffixes = cues::set("korean-place-suffixes");
    // The cheap tests first: the rule asks this of every word.
    auto free_hangul = [&](std::size_t w) {
        return !c.used[w] && entity_words::hangul(c.tokens[w]) && c.tokens[w].text.size() >= 6;
    };
    if (k == 0 || k + 2 >= c.tokens.size() || !free_hangul(k) || !free_hangul(k + 1) ||
        !c.adjacent(k, k + 1) || !title_follows(c, k + 1, false))
        return false;
    // Whose: a body named just before with 의 ("'노마드 스텝'의"; the
    // analyser may give 의 a word of its own after the quote).
    std::size_t owner = k - 1;
    if (c.tokens[owner].text == "의" && owner > 0) --owner;
    const std::string_view before =
        c.text.substr(c.tokens[owner].begin, c.tokens[k].begin - c.tokens[owner].begin);
    const Mention* body = c.found.covering(c.tokens[owner].begin, c.tokens[owner].begin + 1);
    if (!body || body->type != EntityType::kOrganization ||
        before.find("\xEC\x9D\x98 ") == std::string_view::npos)  // 의
        return false;
    for (std::size_t w : {k, k + 1}) {
        const std::string& word = c.tokens[w].text;
        if (korean_titles().count(word) || c.is(w, roles) || !korean_body_name(word).empty() ||
            place_suffixes.count(word.substr(word.size() - 3)))
            return false;
        for (const std::string& form : name_forms(c, w))
            if (given_name_may_end(c, form)) return false;  // a Korean name
    }
    return true;
}

}  // namespace

bool korean_name_then_ending(const std::string& form, const std::string& word) {
    static const cues::WordSet& name_endings = cues::set("korean-name-endings");
    return word.compare(0, form.size(), form) == 0 &&
           (word.size() == form.size() || name_endings.count(word.substr(form.size())) > 0);
}

// Korean: one word of three syllables (particles aside), a listed family
// name and a listed given name ("김태훈은") or one like them, or any given
// name before a title ("박준형 씨"). Words that end like a verb (-한, -하)
// need the title.
void people_in_hangul(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k + 2 < tokens.size(); ++k)
        if (foreign_name_before_title(c, k)) {
            c.claim(k, k + 1, EntityType::kPerson);
            ++k;
        }
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        // Hangul, and a listed surname first (the cheap tests before the rest).
        if (c.used[k] || !entity_words::hangul(tokens[k]) || tokens[k].text.size() < 9 ||
            !c.gazetteer.is_name_part("ko-surname", tokens[k].text.substr(0, 3)))
            continue;
        // The title may carry a particle: "박민수 씨가", "김태훈 대표는".
        const bool titled = title_follows(c, k, false);
        for (const std::string& form : name_forms(c, k)) {
            const std::string given = form.substr(3);
            const std::string last = given.substr(3);
            const bool verb = last == "한" || last == "하";
            const bool listed = c.gazetteer.is_name_part("ko-given", given);
            const bool untitled_name =
                (listed || korean_given_name_by_syllables(c, form, tokens[k].text)) && !verb &&
                !korean_word_like_a_name(form);
            if (untitled_name || titled) {
                c.claim(k, k, EntityType::kPerson, form);
                break;
            }
        }
    }
}

// Korean court and police reports name a person by the family name and 모
// with the age after it ("김모(45)씨", "박모(29)·최모(31)") or 씨 ("김모씨"):
// not the words 이모 (aunt) or 정모 (a meeting) alone.
void anonymised_people_in_hangul(Context& c) {
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string& word = tokens[k].text;
        if (c.used[k] || word.size() < 6 || word.compare(3, 3, "모") != 0 ||
            !c.gazetteer.is_name_part("ko-surname", word.substr(0, 3)))
            continue;
        const bool aged = word.size() == 6 && age_in_brackets_after(c, k);
        const bool honorific = word.compare(6, 3, "씨") == 0;
        if (aged || honorific) c.claim(k, k, EntityType::kPerson, word.substr(0, 6));
    }
}

// Korean names with a title further on (after the bodies and places are
// found), in a list of names that ends in a title, or after a role
// written before a name ("배우 한지민").
void people_in_hangul_by_context(Context& c) {
    anonymised_people_in_hangul(c);
    const auto& tokens = c.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (c.used[k] || !entity_words::hangul(tokens[k]) || tokens[k].text.size() < 9) continue;
        const bool after_role = k > 0 && role_before_name(c, k - 1);
        if (!after_role && !titled(c, k) && !in_titled_list(c, k)) continue;
        for (const std::string& form : name_forms(c, k))
            if (given_name_may_end(c, form)) {
                c.claim(k, k, EntityType::kPerson, form);
                break;
            }
    }
}

}  // namespace newsdex::entities::rules
