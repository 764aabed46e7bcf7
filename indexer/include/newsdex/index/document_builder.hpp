#pragma once
// Turns a Document into a Xapian::Document laid out as schema.hpp says:
// analyzed title and body with positions, the unique id term, date terms
// and value, and the stored fields a result needs.
#include <xapian.h>

#include "newsdex/analyzer.hpp"
#include "newsdex/document.hpp"

namespace newsdex::index {

class DocumentBuilder {
  public:
    explicit DocumentBuilder(const Analyzer& analyzer) : analyzer_(analyzer) {}
    Xapian::Document build(const Document& document) const;

  private:
    void add_text(Xapian::Document& out, const Document& document) const;
    void add_date(Xapian::Document& out, const Document& document) const;

    const Analyzer& analyzer_;
};

// Fills in what a reader could not give but the text tells (today: the
// publication date from the lead). The entity and language steps of later
// analysis plug in here.
void enrich(Document& document);

}  // namespace newsdex::index
