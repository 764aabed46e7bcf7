#pragma once
// Finds the people, organisations and places a story mentions: a
// gazetteer pass, then rules for names no list has (title cues such as
// "Defense Minister Shin Won-sik" or "spokesman John Kirby" for people,
// capitalised names ending in an organisation word such as "... Council"
// or "... Bank" for organisations, prepositions and head words for
// places), in the order set in extractor.cpp.
#include <string_view>

#include "newsdex/analysis/token.hpp"
#include "newsdex/entities/entities.hpp"
#include "newsdex/entities/gazetteer.hpp"

namespace newsdex::entities {

class EntityExtractor {
  public:
    // Reads the rules' word lists (entities/data/cues) if no extractor has;
    // throws std::runtime_error when they are missing.
    explicit EntityExtractor(const Gazetteer& gazetteer);
    // `language`: the text's ISO 639-1 code when known; rules that read
    // English grammar ("in Aarhus") run only for "en" or an unknown one.
    Entities extract(std::string_view title, std::string_view body,
                     std::string_view language = {}) const;
    // The same from tokens the indexer has already made (any analyzer of
    // the standard chain, stems or not), so nothing is analysed twice.
    Entities extract(std::string_view title, const TokenList& title_tokens, std::string_view body,
                     const TokenList& body_tokens, std::string_view language = {}) const;

  private:
    Entities extract_from(std::string_view text, const TokenList& tokens, std::size_t title_size,
                          std::string_view language) const;
    const Gazetteer& gazetteer_;
};

}  // namespace newsdex::entities
