#include "newsdex/index/pipeline.hpp"

#include "newsdex/schema/schema.hpp"

namespace newsdex::index {

void DocumentPipeline::add(Document&& document) {
    enricher_.enrich(document);
    const AnalyzedText text = builder_.analyze(document);
    // Entities come from the tokens made for indexing: nothing is
    // analysed twice.
    enricher_.add_entities(document, text.title, text.body);
    BuiltDocument built{schema::id_term(document.id), builder_.build(document, text),
                        std::move(document.lang), std::move(document.source),
                        std::move(document.id)};
    writer_.add(std::move(built));
}

}  // namespace newsdex::index
