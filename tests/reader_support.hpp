#pragma once
// Reading test inputs through the real readers and collecting what they
// report.
#include <vector>

#include "newsdex/corpus/reader.hpp"

namespace newsdex::test {

using namespace newsdex::corpus;

struct Collector : ReadSink {
    std::vector<Document> documents;
    std::vector<ReadProblem> problems;
    void document(Document&& d) override { documents.push_back(std::move(d)); }
    void problem(ReadProblem&& p) override { problems.push_back(std::move(p)); }

    std::size_t errors() const {
        std::size_t n = 0;
        for (const auto& p : problems)
            n += p.severity == ReadProblem::Severity::kError;
        return n;
    }
    std::string all_problems() const {
        std::string out;
        for (const auto& p : problems)
            out += p.describe() + "\n";
        return out;
    }
};

// Reads bytes held in memory with the named format's reader.
inline Collector read_bytes(std::string_view format, std::string_view bytes,
                            const ReaderOptions& options = {}) {
    Collector c;
    auto source = memory_source(bytes);
    make_reader(format, options)->read(*source, SourceName{"input", "/abs/input"}, c);
    return c;
}

}  // namespace newsdex::test
