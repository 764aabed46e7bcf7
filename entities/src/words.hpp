#pragma once
// How a word in a text meets a word of a gazetteer name, across case,
// inflection and attached particles. Private to the entity extractor.
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/entities/entities.hpp"

namespace newsdex::entities::entity_words {

// Whether `text` starts with one of `prefixes`.
bool starts_with_any(std::string_view text, const std::vector<std::string_view>& prefixes);

// The script of a token by its first UTF-8 byte: Cyrillic (D0-D3),
// Arabic (D8-DB), Hangul syllables (EA-ED).
bool cyrillic(const Token& token);
bool arabic(const Token& token);
bool hangul(const Token& token);
// Han or kana (Chinese, Japanese): first byte E3-E9.
bool han_or_kana(const Token& token);

// Characters (UTF-8 code points), not bytes.
std::size_t length(std::string_view s);

// The form names are looked up by: the folded word, except that Cyrillic
// words lose their final vowels (Москва, Москве, Москвой -> москв).
std::string key(const std::string& folded);

// The keys a text token may stand for: itself, its forms (Korean nouns
// without particles), without a case ending (Харьковом), without a plural
// or genitive s (Latin), without an attached Arabic particle (وموسكو).
std::vector<std::string> candidates(const Token& token);

// Whether the character at byte i of `s` is hiragana; katakana.
bool hiragana_at(std::string_view s, std::size_t i);
bool katakana_at(std::string_view s, std::size_t i);
// Japanese writes particles and verb endings in hiragana straight after a
// name ("Bill Weirが", "Alphaを使って"): the name without them. A name that
// starts with hiragana ("が", "に就任した") is none: returns "".
std::string without_japanese_particles(const std::string& name);

// "US", "UN", "WHO": a short name written in capitals only.
bool is_short_capitals(std::string_view name);

// The bytes of a French or Italian elided article or "de" opening a word,
// l' or d' in either case with ' or ’ ("l'Égypte", "d'appel", "L'Office"),
// when more follows; 0 for none.
std::size_t elided_article(std::string_view word);

// Whether the token is written with a capital (or in a script without
// case; after an elided article: "l'Égypte"), and whether entirely in
// capitals.
bool capitalized(std::string_view text, const Token& token);
bool all_capitals(std::string_view text, const Token& token);

// Chinese characters read in pinyin, as GeoNames writes Chinese cities'
// English names: "湖州" -> "Huzhou" (ICU's Han-Latin transliteration, tone
// marks and spaces dropped, the first letter capitalised). Empty when
// ICU has no reading.
std::string pinyin(const std::string& han);

// The words of a name, split at white space ("Ігоря Коломойського").
std::vector<std::string> words_of(const std::string& name);

}  // namespace newsdex::entities::entity_words
