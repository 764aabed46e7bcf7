#pragma once
// Turns a Document into a Xapian::Document laid out as schema.hpp says:
// analyzed title and body with positions, the unique id term, date terms
// and value, entity terms and lists, and the stored fields a result needs.
#include <xapian.h>

#include "newsdex/document.hpp"
#include "newsdex/index/analysis.hpp"

namespace newsdex::index {

class DocumentBuilder {
  public:
    explicit DocumentBuilder(AnalyzerCache& analyzers) : analyzers_(analyzers) {}
    // The document must have been enriched (its language known).
    Xapian::Document build(const Document& document) const;

  private:
    void add_text(Xapian::Document& out, const Document& document) const;
    void add_date(Xapian::Document& out, const Document& document) const;
    void add_entities(Xapian::Document& out, const Document& document) const;

    AnalyzerCache& analyzers_;
};

}  // namespace newsdex::index
