#pragma once
// The sample corpus indexed once per test program (with the library, not
// the binaries), and a searcher over it.
#include <sstream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/search/searcher.hpp"
#include "test_support.hpp"

namespace newsdex::test {

inline const search::Searcher& sample_searcher() {
    struct SampleIndex {
        TempDir dir;
        SampleIndex() {
            index::IndexingOptions options;
            options.database = dir / "db";
            std::ostringstream diagnostics;
            index::index_paths({sample_corpus()}, options, diagnostics);
        }
    };
    static SampleIndex index;
    static search::Searcher searcher(index.dir / "db");
    return searcher;
}

}  // namespace newsdex::test
