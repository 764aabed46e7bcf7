#include "newsdex/analysis/token_filters.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "newsdex/utf8.hpp"

namespace newsdex::analysis {

namespace {

const icu::Normalizer2& normalizer(const char* which) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        std::string_view(which) == "nfkc_cf" ? icu::Normalizer2::getNFKCCasefoldInstance(status)
        : std::string_view(which) == "nfd"   ? icu::Normalizer2::getNFDInstance(status)
                                             : icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU normalizer unavailable: ") + which);
    return *n;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// Letters that carry no combining mark but are written as variants of a
// plain Latin letter (after case folding).
const char* latin_letter_fold(UChar32 c) {
    switch (c) {
        case 0x00F8:
            return "o";  // ø
        case 0x0111:
            return "d";  // đ
        case 0x0142:
            return "l";  // ł
        case 0x00E6:
            return "ae";  // æ
        case 0x0153:
            return "oe";  // œ
        case 0x00FE:
            return "th";  // þ
        case 0x00F0:
            return "d";  // ð
        case 0x0131:
            return "i";  // dotless ı
        default:
            return nullptr;
    }
}

bool drops_mark(UScriptCode base_script, UChar32 base, UChar32 mark) {
    if (base_script == USCRIPT_LATIN || base_script == USCRIPT_GREEK) return true;
    // Cyrillic: ё (е + diaeresis) is written as е in most Russian text.
    return base_script == USCRIPT_CYRILLIC && base == 0x0435 && mark == 0x0308;
}

bool is_hangul_syllable(UChar32 c) {
    return c >= 0xAC00 && c <= 0xD7A3;
}

}  // namespace

bool NfkcCaseFoldFilter::apply(Token& token) const {
    // NFKC_Casefold of ASCII is plain lower-casing; most news text is ASCII,
    // so skip ICU for it.
    if (utf8::is_ascii(token.text)) {
        for (char& c : token.text)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return true;
    }
    static const icu::Normalizer2& nfkc_cf = normalizer("nfkc_cf");
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(token.text.size()));
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf.normalizeUTF8(0, token.text, sink, nullptr, status);
    if (U_FAILURE(status)) return true;  // keep the raw form rather than lose the word
    token.text = std::move(folded);
    return !token.text.empty();  // a token of only ignorable characters vanishes
}

namespace {

// Whether folding leaves the word as it is: no letter decomposes (é, й,
// Hangul syllables), none is a combining mark or a conjoining jamo (what
// composition would join), none is a special Latin letter (ø, ł). Most
// Cyrillic, Arabic and CJK words are so, and skip ICU's two normalisations.
bool folds_to_itself(const std::string& word, const icu::Normalizer2& nfd) {
    const auto size = static_cast<int32_t>(word.size());
    for (int32_t i = 0; i < size;) {
        UChar32 c;
        U8_NEXT(word.data(), i, size, c);
        if (c < 0) return false;
        if (c < 0x80) continue;
        const int8_t type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
            type == U_ENCLOSING_MARK || latin_letter_fold(c))
            return false;
        if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F) ||
            (c >= 0xD7B0 && c <= 0xD7FF))
            return false;  // conjoining jamo
        icu::UnicodeString decomposition;
        if (nfd.getDecomposition(c, decomposition)) return false;
    }
    return true;
}

}  // namespace

bool DiacriticFoldFilter::apply(Token& token) const {
    if (utf8::is_ascii(token.text)) return true;
    static const icu::Normalizer2& nfd = normalizer("nfd");
    if (folds_to_itself(token.text, nfd)) return true;
    return fold_with_icu(token.text);
}

bool DiacriticFoldFilter::fold_with_icu(std::string& text) {
    static const icu::Normalizer2& nfd = normalizer("nfd");
    static const icu::Normalizer2& nfc = normalizer("nfc");
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfd.normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) return true;
    icu::UnicodeString folded;
    UScriptCode base_script = USCRIPT_COMMON;
    UChar32 base = 0;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (!drops_mark(base_script, base, c)) folded.append(c);
            continue;
        }
        UErrorCode script_status = U_ZERO_ERROR;
        base_script = uscript_getScript(c, &script_status);
        base = c;
        if (const char* plain = latin_letter_fold(c)) {
            folded.append(icu::UnicodeString(plain));
        } else {
            folded.append(c);
        }
    }
    const icu::UnicodeString composed = nfc.normalize(folded, status);
    if (U_FAILURE(status)) return true;
    text.clear();
    composed.toUTF8String(text);
    return !text.empty();
}

bool ApostropheFilter::apply(Token& token) const {
    if (utf8::is_ascii(token.text)) return true;
    replace_all(token.text, "\u2019", "'");  // right single quotation mark
    replace_all(token.text, "\u2018", "'");  // left single quotation mark
    replace_all(token.text, "\u02bc", "'");  // modifier letter apostrophe
    return true;
}

bool ElisionFilter::apply(Token& token) const {
    static constexpr std::string_view kElisions[] = {
        "l'",      "d'",     "j'",    "m'",    "n'",   "s'",    "t'",    "c'",  "qu'",   "lorsqu'",
        "puisqu'", "jusqu'", "dell'", "nell'", "all'", "dall'", "sull'", "un'", "quest'"};
    // Each elision ends at its only apostrophe: a word without one among
    // its first bytes (nearly all words) has none to check.
    const std::size_t apostrophe = token.text.find('\'');
    if (apostrophe == std::string::npos || apostrophe >= 8) return true;
    const std::string_view head = std::string_view(token.text).substr(0, apostrophe + 1);
    for (std::string_view e : kElisions) {
        if (token.text.size() > e.size() + 1 && head == e) {
            token.text.erase(0, e.size());
            break;
        }
    }
    return true;
}

bool PossessiveFilter::apply(Token& token) const {
    std::string& t = token.text;
    if (t.size() > 2 && t.compare(t.size() - 2, 2, "'s") == 0) t.resize(t.size() - 2);
    return true;
}

bool HangulPrefixFilter::apply(Token& token) const {
    // Hangul syllables (U+AC00-D7A3) start with the bytes EA-ED in UTF-8:
    // most words have none and are not converted to look.
    if (std::none_of(token.text.begin(), token.text.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b >= 0xEA && b <= 0xED;
        }))
        return true;
    const icu::UnicodeString word = icu::UnicodeString::fromUTF8(token.text);
    bool hangul = false;
    for (int32_t i = 0; i < word.length() && !hangul; ++i)
        hangul = is_hangul_syllable(word[i]);
    if (!hangul) return true;
    // Leading parts of 2 or more characters, shorter than the word; at most
    // 8 of them (particles and endings are short).
    const int32_t length = word.countChar32();
    for (int32_t n = std::max(2, length - 8); n < length; ++n) {
        std::string form;
        word.tempSubString(0, word.moveIndex32(0, n)).toUTF8String(form);
        token.forms.push_back(std::move(form));
    }
    return true;
}

bool LengthFilter::apply(Token& token) const {
    return token.text.size() <= max_bytes_;
}

}  // namespace newsdex::analysis
