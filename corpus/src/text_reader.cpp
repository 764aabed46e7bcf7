#include <fstream>
#include <sstream>
#include <system_error>

#include "newsdex/reader.hpp"
#include "newsdex/utf8.hpp"

namespace newsdex {

namespace fs = std::filesystem;

namespace {

ReadProblem error_at(const fs::path& file, std::size_t line, std::string message) {
    return ReadProblem{ReadProblem::Severity::kError, file.string(), line, std::move(message)};
}

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n\f\v");
    return s.substr(first, last - first + 1);
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i)
        line += text[i] == '\n';
    return line;
}

}  // namespace

void TextReader::read(const fs::path& file, ReadSink& sink) const {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return sink.problem(error_at(file, 0, "cannot read: " + ec.message()));
    if (size > limits_.max_document_bytes)
        return sink.problem(error_at(file, 0,
                                     "article of " + std::to_string(size) +
                                         " bytes is over the limit of " +
                                         std::to_string(limits_.max_document_bytes)));
    std::ifstream in(file, std::ios::binary);
    if (!in) return sink.problem(error_at(file, 0, "cannot open"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    const std::size_t nul = text.find('\0');
    if (nul != std::string::npos)
        return sink.problem(error_at(
            file, line_of_offset(text, nul),
            "binary file (NUL byte at offset " + std::to_string(nul) + "), not a text article"));
    if (const std::size_t bad = utf8::find_invalid(text); bad != std::string::npos) {
        sink.problem(ReadProblem{
            ReadProblem::Severity::kWarning, file.string(), line_of_offset(text, bad),
            "invalid UTF-8 at byte offset " + std::to_string(bad) + ", replaced with U+FFFD"});
        text = utf8::repair(text);
    }
    std::string_view rest(text);
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // byte order mark

    // The first non-blank line is the title.
    std::string_view title;
    while (!rest.empty()) {
        const std::size_t eol = rest.find('\n');
        std::string_view line = rest.substr(0, eol);
        rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
        if (!is_blank(line)) {
            title = trim(line);
            break;
        }
    }
    if (title.empty()) return sink.problem(error_at(file, 0, "empty file: no title line"));

    Document doc;
    doc.id = fs::weakly_canonical(fs::absolute(file), ec).string();
    doc.title = std::string(title);
    doc.body = std::string(trim(rest));
    doc.format = "text";
    doc.source = file.string();
    sink.document(std::move(doc));
}

}  // namespace newsdex
