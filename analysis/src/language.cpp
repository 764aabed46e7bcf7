#include "newsdex/analysis/language.hpp"

#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace newsdex::analysis {

namespace {

// When CLD2 cannot tell (short texts), the dominant script often can.
std::string language_from_script(std::string_view text, int& letters) {
    std::map<UScriptCode, int> scripts;
    bool ukrainian_letters = false;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
        UChar32 c;
        U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
        if (c < 0 || !u_isalpha(c)) continue;
        ++letters;
        UErrorCode status = U_ZERO_ERROR;
        ++scripts[uscript_getScript(c, &status)];
        // і ї є ґ are Ukrainian, not Russian.
        ukrainian_letters |= c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491;
    }
    if (scripts.empty()) return "";
    const auto top =
        std::max_element(scripts.begin(), scripts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    switch (top->first) {
        case USCRIPT_HANGUL:
            return "ko";
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
            return "ja";
        case USCRIPT_HAN:
            return scripts.count(USCRIPT_HIRAGANA) || scripts.count(USCRIPT_KATAKANA) ? "ja" : "zh";
        case USCRIPT_ARABIC:
            return "ar";
        case USCRIPT_CYRILLIC:
            return ukrainian_letters ? "uk" : "ru";
        case USCRIPT_GREEK:
            return "el";
        case USCRIPT_HEBREW:
            return "he";
        case USCRIPT_THAI:
            return "th";
        default:
            return "";
    }
}

}  // namespace

std::string normalize_language_tag(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string detect_language(std::string_view text) {
    // A few kilobytes decide as well as the whole article.
    const std::string_view sample = text.substr(0, 8192);
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(
        sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &reliable);
    const std::string code = normalize_language_tag(CLD2::LanguageCode(language));
    if (reliable && code != "un") return code;
    int letters = 0;
    const std::string by_script = language_from_script(sample, letters);
    if (!by_script.empty()) return by_script;
    // An unreliable guess from a handful of letters is no guess.
    return code == "un" || letters < 12 ? "" : code;
}

}  // namespace newsdex::analysis
