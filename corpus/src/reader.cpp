#include "newsdex/reader.hpp"

namespace newsdex {

std::string ReadProblem::describe() const {
    std::string text = file;
    if (line > 0) text += ":" + std::to_string(line);
    text += severity == Severity::kWarning ? ": warning: " : ": error: ";
    text += message;
    return text;
}

std::unique_ptr<Reader> make_reader(std::string_view format, ReaderLimits limits) {
    if (format == "text") return std::make_unique<TextReader>(limits);
    return nullptr;
}

}  // namespace newsdex
