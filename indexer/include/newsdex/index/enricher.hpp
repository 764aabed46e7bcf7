#pragma once
// Fills in what a reader could not give but the text tells, before a
// document is indexed: its language (normalized from the source, else
// detected), its publication date (from the lead, in its language) and the
// people, organisations and places it mentions (source metadata such as
// Reuters' PLACES codes first, then extraction).
#include <optional>

#include "newsdex/date.hpp"
#include "newsdex/document.hpp"
#include "newsdex/entities/extractor.hpp"
#include "newsdex/entities/gazetteer.hpp"

namespace newsdex::index {

class Enricher {
  public:
    explicit Enricher(const entities::Gazetteer& gazetteer)
        : gazetteer_(gazetteer), extractor_(gazetteer) {}
    // Language, date and the entities the source lists: before analysis.
    // A date found in the text must not be later than `not_after` (the
    // file's time, or the run's, plus a day).
    void enrich(Document& document, std::optional<Date> not_after = std::nullopt) const;
    // Entities found in the text, from the tokens the indexer made of it.
    void add_entities(Document& document, const analysis::TokenList& title,
                      const analysis::TokenList& body) const;

  private:
    const entities::Gazetteer& gazetteer_;
    entities::EntityExtractor extractor_;
};

}  // namespace newsdex::index
