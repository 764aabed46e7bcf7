#include "words.hpp"

#include "newsdex/strings.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <sstream>

namespace newsdex::entities::entity_words {

namespace {

// Whether a word's first byte (its script, in UTF-8) lies in [low, high].
bool lead_byte_in(std::string_view word, unsigned low, unsigned high) {
    const unsigned b = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    return b >= low && b <= high;
}

// The common Cyrillic letters (U+0400-04BF) that key() knows the endings of.
bool is_cyrillic_lead(const std::string& s) {
    return lead_byte_in(s, 0xD0, 0xD2);
}

}  // namespace

bool starts_with_any(std::string_view text, const std::vector<std::string_view>& prefixes) {
    for (std::string_view prefix : prefixes)
        if (text.substr(0, prefix.size()) == prefix) return true;
    return false;
}

bool cyrillic(const Token& token) {
    return lead_byte_in(token.text, 0xD0, 0xD3);
}
bool arabic(const Token& token) {
    return lead_byte_in(token.text, 0xD8, 0xDB);
}
bool hangul(const Token& token) {
    return lead_byte_in(token.text, 0xEA, 0xED);
}
bool han_or_kana(const Token& token) {
    return lead_byte_in(token.text, 0xE3, 0xE9);
}

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

namespace {

// Arabic spellings that news writes either way, as Lucene's
// ArabicNormalizationFilter folds them: alef with hamza or madda, and
// alef wasla, as bare alef (الأمم, الامم); alef maksura as yeh; teh
// marbuta as heh; tatweel and harakat dropped.
std::string arabic_key(const std::string& word) {
    std::string k;
    k.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto b = static_cast<unsigned char>(word[i]);
        const auto next = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
        if (b == 0xD8 && (next == 0xA2 || next == 0xA3 || next == 0xA5)) {
            k += "\xD8\xA7";  // آ أ إ -> ا
        } else if (b == 0xD9 && next == 0xB1) {
            k += "\xD8\xA7";  // ٱ -> ا
        } else if (b == 0xD9 && next == 0x89) {
            k += "\xD9\x8A";  // ى -> ي
        } else if (b == 0xD8 && next == 0xA9) {
            k += "\xD9\x87";  // ة -> ه
        } else if (b == 0xD9 && (next == 0x80 || (next >= 0x8B && next <= 0x92) || next == 0xB0)) {
            // tatweel, harakat, superscript alef: dropped
        } else {
            k += word[i];
            continue;
        }
        ++i;
    }
    return k;
}

}  // namespace

std::string key(const std::string& folded) {
    if (lead_byte_in(folded, 0xD8, 0xD9)) return arabic_key(folded);
    if (!is_cyrillic_lead(folded)) return folded;
    static constexpr std::string_view kVowels[] = {"а", "я", "о", "е", "у", "ю", "ы",
                                                   "и", "і", "ї", "й", "ь", "є"};
    std::string k = folded;
    for (int round = 0; round < 2; ++round) {
        bool stripped = false;
        for (std::string_view v : kVowels) {
            if (ends_with(k, v, 1) && length(k) > 4) {
                k.resize(k.size() - v.size());
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    return k;
}

namespace {

// Ukrainian names whose last syllable's vowel changes when an ending is
// added: Київ, Києва, Києві; Харків, Харкова; Тернопіль, Тернополя. The
// nominative is what the lists hold.
void ukrainian_alternation(const std::string& t, std::vector<std::string>& out) {
    static constexpr struct {
        std::string_view inflected, nominative;
    } kStems[] = {{"єв", "їв"}, {"ов", "ів"}, {"ол", "іль"}, {"ор", "ір"}};
    for (std::string_view ending : {"ом", "ою", "а", "і", "у", "я", "ю", "ем"}) {
        if (!ends_with(t, ending, 3)) continue;
        const std::string_view stem = std::string_view(t).substr(0, t.size() - ending.size());
        for (const auto& [inflected, nominative] : kStems)
            if (ends_with(stem, inflected, 2))
                out.push_back(key(std::string(stem.substr(0, stem.size() - inflected.size())) +
                                  std::string(nominative)));
    }
}

}  // namespace

std::vector<std::string> candidates(const Token& token) {
    std::vector<std::string> out = {key(token.text)};
    for (const std::string& form : token.forms)
        out.push_back(key(form));
    const std::string& t = token.text;
    if (is_cyrillic_lead(t)) {
        // Noun endings, and adjectives' ("Європейського Союзу" is the
        // European Union's: європейськ- as in Європейський).
        for (std::string_view ending :
             {"ом", "ем",  "ой",  "ей",  "ам",  "ям", "ах", "ях", "ами", "ями", "ою",  "ові", "ым",
              "им", "ого", "его", "ому", "ему", "ої", "ую", "юю", "их",  "ых",  "ими", "ыми"})
            if (ends_with(t, ending, 1) && length(t) > 5)
                out.push_back(key(t.substr(0, t.size() - ending.size())));
        ukrainian_alternation(t, out);
    } else if (!t.empty() && static_cast<unsigned char>(t[0]) < 0x80) {
        if (t.size() > 4 && t.back() == 's') out.push_back(t.substr(0, t.size() - 1));
    } else {
        // Arabic particles written onto the word: و ب ل ف and the article ال.
        for (std::string_view particle : {"وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"})
            if (t.size() > particle.size() + 4 && t.compare(0, particle.size(), particle) == 0)
                out.push_back(key(t.substr(particle.size())));
        // li- before the article drops the article's alef: للأمم is ل + الأمم.
        for (std::string_view particle : {"لل", "ولل"})
            if (t.size() > particle.size() + 4 && t.compare(0, particle.size(), particle) == 0)
                out.push_back(key("ال" + t.substr(particle.size())));
    }
    return out;
}

// Hiragana, U+3040-U+309F: E3 81 80-BF and E3 82 80-9F in UTF-8.
bool hiragana_at(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE3) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    const auto third = static_cast<unsigned char>(s[i + 2]);
    return second == 0x81 || (second == 0x82 && third <= 0x9F);
}

// Katakana, U+30A1-U+30F6: E3 82 A1-BF and E3 83 80-B6 in UTF-8.
bool katakana_at(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE3) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    const auto third = static_cast<unsigned char>(s[i + 2]);
    return (second == 0x82 && third >= 0xA1) || (second == 0x83 && third <= 0xB6);
}

std::string without_japanese_particles(const std::string& name) {
    if (hiragana_at(name, 0)) return {};
    for (std::size_t i = 0; i < name.size(); ++i)
        if (hiragana_at(name, i)) {
            std::string cut = name.substr(0, i);
            while (!cut.empty() && cut.back() == ' ')
                cut.pop_back();
            return cut;
        }
    return name;
}

bool is_short_capitals(std::string_view name) {
    // Any script with capitals: "ЦАР" (the Central African Republic) is
    // no "Цар" (tsar).
    std::size_t letters = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(name.size());) {
        UChar32 c;
        U8_NEXT(name.data(), i, static_cast<int32_t>(name.size()), c);
        if (c < 0 || !u_isupper(c)) return false;
        ++letters;
    }
    return letters >= 2 && letters <= 4;
}

std::size_t elided_article(std::string_view word) {
    if (word.empty() || (word[0] != 'l' && word[0] != 'd' && word[0] != 'L' && word[0] != 'D'))
        return 0;
    for (std::string_view apostrophe : {"'", "\xE2\x80\x99"})
        if (word.size() > 1 + apostrophe.size() &&
            word.compare(1, apostrophe.size(), apostrophe) == 0)
            return 1 + apostrophe.size();
    return 0;
}

bool capitalized(std::string_view text, const Token& token) {
    UChar32 c;
    int32_t i = static_cast<int32_t>(token.begin);
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    // An elided article in lower case is not the word's first letter:
    // "l'Égypte", "d'Artagnan" are written with a capital.
    if (c == 'l' || c == 'd') {
        const std::size_t skip = elided_article(text.substr(token.begin, token.end - token.begin));
        if (skip > 0) {
            i = static_cast<int32_t>(token.begin + skip);
            U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        }
    }
    // ASCII's only cased characters are its letters; digits and signs
    // count as a script without case, as ICU says below. A brand's small
    // first letter before a capital counts as a capital: "iTaukei Land
    // Trust Board", "eBay".
    if (c >= 0 && c < 0x80) {
        if (!(c >= 'a' && c <= 'z')) return true;
        return token.end - token.begin >= 4 && i < static_cast<int32_t>(token.end) &&
               text[i] >= 'A' && text[i] <= 'Z' && text[token.end - 1] >= 'a' &&
               text[token.end - 1] <= 'z';
    }
    // Hiragana writes Japanese particles and endings ("Bill Weirが"): never
    // part of a name, though the script has no case.
    if (c >= 0 && ublock_getCode(c) == UBLOCK_HIRAGANA) return false;
    return c >= 0 && (u_isupper(c) || u_istitle(c) || !u_hasBinaryProperty(c, UCHAR_CASED));
}

bool all_capitals(std::string_view text, const Token& token) {
    for (int32_t i = static_cast<int32_t>(token.begin); i < static_cast<int32_t>(token.end);) {
        UChar32 c;
        U8_NEXT(text.data(), i, static_cast<int32_t>(token.end), c);
        if (c == '\'' || c == 0x2019) break;  // NASA's: the possessive does not count
        if (c >= 0 && u_islower(c)) return false;
    }
    return true;
}

std::vector<std::string> words_of(const std::string& name) {
    std::istringstream in(name);
    std::vector<std::string> words;
    for (std::string word; in >> word;)
        words.push_back(word);
    return words;
}

std::string pinyin(const std::string& han) {
    // A transliterator is not safe to share between threads, and making
    // one compiles its rules (milliseconds): one per thread, made on the
    // first question.
    thread_local const std::unique_ptr<icu::Transliterator> to_latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Han-Latin; Latin-ASCII; [:^Letter:] Remove; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!to_latin) return {};
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(han);
    to_latin->transliterate(text);
    std::string out;
    text.toUTF8String(out);
    for (char ch : out)
        if (ch < 'a' || ch > 'z') return {};  // a character ICU cannot read
    if (!out.empty()) out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace newsdex::entities::entity_words
