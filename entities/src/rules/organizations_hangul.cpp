#include <string>

#include "newsdex/strings.hpp"
#include "rules.hpp"
#include "words.hpp"

// Organisations in Korean text, where a body's name is one word ending in
// a word for a body ("울산환경운동연합은": 울산 환경 운동 연합, with its
// particle).
namespace newsdex::entities::rules {

namespace {

constexpr std::size_t kSyllableBytes = 3;  // Hangul syllables in UTF-8

// A word with a body's ending that names none: "후반부", "무승부".
bool exception(std::string_view name) {
    static const cues::WordList& endings = cues::list("korean-body-ending-exceptions");
    for (std::string_view ending : endings)
        if (ends_with(name, ending)) return true;
    return false;
}

}  // namespace

std::string korean_body_name(const std::string& word) {
    static const cues::WordList& endings = cues::list("korean-body-endings");
    static const cues::WordSet& particles = cues::set("korean-name-endings");
    for (std::size_t size = word.size(); size >= 3 * kSyllableBytes; size -= kSyllableBytes) {
        const std::string rest = word.substr(size);
        if (!rest.empty() && particles.count(rest) == 0) continue;
        const std::string_view name(word.data(), size);
        for (std::string_view ending : endings)
            if (ends_with(name, ending, 2 * kSyllableBytes) && !exception(name))
                return std::string(name);
    }
    return {};
}

void organizations_in_hangul(Context& c) {
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        const Token& t = c.tokens[k];
        // Whole words of Hangul only (the cheap test first).
        if (c.used[k] || !entity_words::hangul(t) || t.text.size() % kSyllableBytes != 0 ||
            t.end - t.begin != t.text.size())
            continue;
        if (const std::string name = korean_body_name(t.text); !name.empty())
            c.claim(k, k, EntityType::kOrganization, name);
    }
}

namespace {

bool is_company_title(const Context& c, std::size_t k) {
    static const cues::WordSet& titles = cues::set("korean-company-titles");
    if (k >= c.tokens.size()) return false;
    for (const std::string& form : entity_words::candidates(c.tokens[k]))
        if (titles.count(form)) return true;
    return false;
}

// A word for a person's role or a trait, not a name: "현장소장" (site
// manager), "사장들" (presidents), "비정형적" (atypical).
bool role_or_trait(const std::string& name) {
    static const cues::WordList& titles = cues::list("korean-titles");
    static const cues::WordSet& not_names = cues::set("korean-not-company-names");
    static const cues::WordSet& word_ends = cues::set("korean-word-ends");  // 이, 을, 서...
    return not_names.count(name) > 0 || ends_with_any(name, titles) ||
           ends_with_any(name, {"들", "적", "측"}) ||
           word_ends.count(name.substr(name.size() - kSyllableBytes)) > 0;
}

// Word k, free, in Hangul or Latin, names a company if the words around
// say so: its name without the particle, or "" for none. `particle` says
// whether a particle may follow the name in the word. A name has three
// syllables or more, or its Latin spelling in parentheses
// ("스카이베일(Skyvale)"): two are mostly a noun ("회사 직원", "기업 자산",
// "차남 신동빈 회장").
std::string company_word(const Context& c, std::size_t k, bool particle) {
    if (k >= c.tokens.size() || c.used[k]) return {};
    const Token& t = c.tokens[k];
    if (!entity_words::hangul(t))
        return c.capitalized(k) && !particle && !is_company_title(c, k)
                   ? std::string(c.text.substr(t.begin, t.end - t.begin))
                   : std::string();
    // Before a title the word is the name alone: "총괄회장에게까지" has a particle.
    static const cues::WordList& endings = cues::list("korean-name-endings");
    if (!particle && ends_with_any(t.text, endings, kSyllableBytes)) return {};
    for (std::size_t size = 2 * kSyllableBytes; size <= t.text.size(); size += kSyllableBytes) {
        const std::string name = t.text.substr(0, size);
        if (!(particle || size == t.text.size()) || !korean_name_then_ending(name, t.text))
            continue;
        const bool spelt = c.text.substr(t.end, 1) == "(";
        if (role_or_trait(name) || (size < 3 * kSyllableBytes && !spelt)) return {};
        return name;
    }
    return {};
}

// A person named in full (three syllables or more: "김민준", not "김").
bool person_at(const Context& c, std::size_t k) {
    const Mention* m = c.alone(k);
    return m && m->type == EntityType::kPerson && m->end - m->begin >= 3 * kSyllableBytes;
}

}  // namespace

namespace {

// A company's name in quotes right after a word for a kind of company:
// "밸브 제조업체 '모라바 밸브'의", "여행사 '노마드 스텝'". Claims it.
void quoted_company_after_kind(Context& c, std::size_t kind) {
    const auto& tokens = c.tokens;
    const std::uint32_t after = tokens[kind].end;
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{" '", "'"},
                                      {" \u2018", "\u2019"},
                                      {" \"", "\""},
                                      {" \u201C", "\u201D"}}) {
        if (c.text.substr(after, open.size()) != open) continue;
        // The closing quote within a name's length: a text without one is
        // not read to its end for each word for a company.
        constexpr std::size_t kMostBytes = 60;
        const std::size_t begin = after + open.size();
        const std::size_t at = c.text.substr(begin, kMostBytes + close.size()).find(close);
        if (at == std::string_view::npos || at == 0) return;
        const std::size_t end = begin + at;
        std::size_t first = kind + 1, last = first;
        while (last + 1 < tokens.size() && tokens[last + 1].end <= end)
            ++last;
        if (first >= tokens.size() || tokens[first].begin != begin || tokens[last].end != end)
            return;
        for (std::size_t k = first; k <= last; ++k)
            if (c.used[k]) return;
        c.claim(first, last, EntityType::kOrganization,
                std::string(c.text.substr(begin, end - begin)));
        return;
    }
}

}  // namespace

void korean_companies_in_quotes(Context& c) {
    static const cues::WordList& kinds = cues::list("korean-company-nouns");
    for (std::size_t k = 0; k + 1 < c.tokens.size(); ++k)
        if (entity_words::hangul(c.tokens[k]) && ends_with_any(c.tokens[k].text, kinds))
            quoted_company_after_kind(c, k);
}

// Korean companies no list has, by the words around them: after a word for
// a kind of company ("반도체 설계업체 누리테크가"), or between a person and
// the title of a company's head, in either order ("김민준 한빛리사이클
// 대표는", "한빛리사이클 김민준 대표").
void organizations_by_korean_context(Context& c) {
    if (!c.language.empty() && c.language != "ko") return;
    static const cues::WordList& kinds = cues::list("korean-company-nouns");
    const auto& tokens = c.tokens;
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (c.used[k]) continue;
        std::string name;
        if (c.adjacent(k - 1, k) && entity_words::hangul(tokens[k - 1]) &&
            ends_with_any(tokens[k - 1].text, kinds))
            name = company_word(c, k, true);
        else if (c.adjacent(k - 1, k) && person_at(c, k - 1) && k + 1 < tokens.size() &&
                 c.adjacent(k, k + 1) && is_company_title(c, k + 1))
            name = company_word(c, k, false);
        else if (k + 2 < tokens.size() && c.adjacent(k, k + 1) && person_at(c, k + 1) &&
                 c.adjacent(k + 1, k + 2) && is_company_title(c, k + 2))
            name = company_word(c, k, false);
        if (!name.empty()) c.claim(k, k, EntityType::kOrganization, name);
    }
}

}  // namespace newsdex::entities::rules
