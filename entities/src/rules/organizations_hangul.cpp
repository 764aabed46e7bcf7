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

}  // namespace newsdex::entities::rules
