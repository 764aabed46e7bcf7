// libFuzzer target: one reader (NEWSDEX_FUZZ_FORMAT) on arbitrary bytes.
// Whatever the input, the reader must not crash, hang or leak, and every
// document it emits must be valid UTF-8 (what the index and JSON need).
#include <cstdint>
#include <cstdlib>

#include "newsdex/reader.hpp"
#include "newsdex/utf8.hpp"

namespace {

struct CheckingSink : newsdex::ReadSink {
    void document(newsdex::Document&& d) override {
        for (const std::string* field : {&d.id, &d.title, &d.body})
            if (newsdex::utf8::find_invalid(*field) != std::string::npos) std::abort();
    }
    void problem(newsdex::ReadProblem&&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto reader = [] {
        newsdex::ReaderOptions options;
        options.max_document_bytes = 1 << 20;
        return newsdex::make_reader(NEWSDEX_FUZZ_FORMAT, options);
    }();
    auto source = newsdex::memory_source({reinterpret_cast<const char*>(data), size});
    CheckingSink sink;
    reader->read(*source, newsdex::SourceName{"fuzz", "/fuzz"}, sink);
    return 0;
}
