#include <string>
#include <unordered_set>

#include "arabic_words.hpp"
#include "rules.hpp"
#include "words.hpp"

// Arabic places whose name the lists cannot hold (the rest of the Arabic
// rules: arabic.cpp).
namespace newsdex::entities::rules {

namespace {

using arabic_words::Keys;

// How many words of the text, without a particle or the article, are in
// `keys`.
std::size_t words_in(const Context& c, const Keys& keys) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < c.tokens.size(); ++k)
        n += entity_words::arabic(c.tokens[k]) && arabic_words::listed_with_particle(c, k, keys);
    return n;
}

bool names_amman_or_oman(const Context& c, std::size_t k) {
    static const Keys amman_or_oman = {entity_words::key("عمان")};
    return !c.used[k] && entity_words::arabic(c.tokens[k]) &&
           arabic_words::listed_with_particle(c, k, amman_or_oman);
}

}  // namespace

// "عمان" is both Amman and Oman: Arabic writes them alike but for a
// shadda that news mostly leaves out ("عمّان", Amman; "عُمان", Oman), and
// the key folds both away, so no list can hold either spelling. The word
// with the shadda is Amman; otherwise the words about Jordan or about Oman
// in the text decide (cues arabic-jordan-words, arabic-oman-words), and
// where they do not, the word is left alone.
void amman_or_oman(Context& c) {
    static const Keys jordan = arabic_keys("arabic-jordan-words");
    static const Keys oman = arabic_keys("arabic-oman-words");
    std::string reading;  // decided at the first such word: the text is one story
    for (std::size_t k = 0; k < c.tokens.size(); ++k) {
        if (!names_amman_or_oman(c, k)) continue;
        const bool shadda = c.tokens[k].text.find("\u0651") != std::string::npos;
        if (!shadda && reading.empty()) {
            const std::size_t about_jordan = words_in(c, jordan), about_oman = words_in(c, oman);
            reading = about_jordan > about_oman   ? "Amman"
                      : about_oman > about_jordan ? "Oman"
                                                  : "-";
        }
        if (shadda || reading != "-") c.claim(k, k, EntityType::kPlace, shadda ? "Amman" : reading);
    }
}

}  // namespace newsdex::entities::rules
