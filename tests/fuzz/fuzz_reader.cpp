// libFuzzer target: one reader on arbitrary bytes; the format is the
// program's name after "fuzz_" (fuzz_jsonl, fuzz_trec...), so one object
// file serves every reader.
// Whatever the input, the reader must not crash, hang or leak, and every
// document it emits must be valid UTF-8 (what the index and JSON need).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "newsdex/corpus/reader.hpp"
#include "newsdex/utf8.hpp"

namespace {

struct CheckingSink : newsdex::corpus::ReadSink {
    void document(newsdex::Document&& d) override {
        for (const std::string* field : {&d.id, &d.title, &d.body})
            if (newsdex::utf8::find_invalid(*field) != std::string::npos) std::abort();
    }
    void problem(newsdex::corpus::ReadProblem&&) override {}
};

}  // namespace

namespace {
std::unique_ptr<newsdex::corpus::Reader> reader;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    const std::string program = std::filesystem::path((*argv)[0]).filename().string();
    newsdex::corpus::ReaderOptions options;
    options.max_document_bytes = 1 << 20;
    reader = newsdex::corpus::make_reader(program.substr(program.find('_') + 1), options);
    if (!reader) {
        std::fprintf(stderr, "%s: no reader for this program name\n", program.c_str());
        std::abort();
    }
    (void)argc;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto source = newsdex::corpus::memory_source({reinterpret_cast<const char*>(data), size});
    CheckingSink sink;
    reader->read(*source, newsdex::corpus::SourceName{"fuzz", "/fuzz"}, sink);
    return 0;
}
