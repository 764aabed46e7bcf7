#pragma once
// A document's language: what its source says, else what CLD2 (Compact
// Language Detector 2, from Debian) finds, else the script tells.
#include <string>
#include <string_view>

namespace newsdex::analysis {

// ISO 639-1 code ("en", "ru", "ko"...) of a text, or "" when unsure.
std::string detect_language(std::string_view text);

// A language tag as sources write it to our form: "en-US" -> "en",
// "zh-Hant" -> "zh", "EN" -> "en", "english"/"" unchanged but lower-cased.
std::string normalize_language_tag(std::string_view tag);

}  // namespace newsdex::analysis
