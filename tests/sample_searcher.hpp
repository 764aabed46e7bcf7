#pragma once
// The sample corpus indexed once per test program (with the library, not
// the binaries), and a searcher over it.
#include <sstream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/search/searcher.hpp"
#include "test_support.hpp"

namespace newsdex::test {

// The sample corpus's database, made on first use.
inline std::filesystem::path sample_database() {
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
    return index.dir / "db";
}

inline const search::Searcher& sample_searcher() {
    static search::Searcher searcher(sample_database());
    return searcher;
}

}  // namespace newsdex::test
