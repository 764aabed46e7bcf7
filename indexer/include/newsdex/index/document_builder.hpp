#pragma once
// Turns a Document into a Xapian::Document laid out as schema.hpp says:
// analyzed title and body with positions, the unique id term, date terms
// and value, entity terms and lists, and the stored fields a result needs.
#include <xapian.h>

#include "newsdex/analysis/stemming.hpp"
#include "newsdex/document.hpp"

namespace newsdex::index {

// A document's title and body as tokens of its language's analyzer.
struct AnalyzedText {
    analysis::TokenList title, body;
};

class DocumentBuilder {
  public:
    explicit DocumentBuilder(analysis::AnalyzerCache& analyzers) : analyzers_(analyzers) {}
    // The document must have been enriched (its language known).
    AnalyzedText analyze(const Document& document) const;
    Xapian::Document build(const Document& document, const AnalyzedText& text) const;
    Xapian::Document build(const Document& document) const {
        return build(document, analyze(document));
    }

  private:
    void add_kinds(Xapian::Document& out, const Document& document) const;
    void add_text(Xapian::Document& out, const AnalyzedText& text) const;
    void add_date(Xapian::Document& out, const Document& document) const;
    void add_entities(Xapian::Document& out, const Document& document) const;
    void add_content_hash(Xapian::Document& out, const AnalyzedText& text) const;

    analysis::AnalyzerCache& analyzers_;
};

}  // namespace newsdex::index
