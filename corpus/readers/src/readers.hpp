#pragma once
// The concrete readers, private to the corpus library: users go through
// make_reader() and FileReader.
#include "newsdex/corpus/reader.hpp"

namespace newsdex::corpus::readers {

// Each takes the options it needs; all share the same contract as Reader.
std::unique_ptr<Reader> text(const ReaderOptions& options);
std::unique_ptr<Reader> jsonl(const ReaderOptions& options);
std::unique_ptr<Reader> trec(const ReaderOptions& options);
std::unique_ptr<Reader> reuters(const ReaderOptions& options);
std::unique_ptr<Reader> html(const ReaderOptions& options);
std::unique_ptr<Reader> feed(const ReaderOptions& options, std::string_view format);

// Helpers the readers share.

// Hands a document to the sink, every text field valid UTF-8 whatever a
// parser let through (the last line of defence; fuzzing found the need).
void emit(ReadSink& sink, Document&& document);
ReadProblem error_at(const SourceName& name, std::size_t line, std::string message);
ReadProblem warning_at(const SourceName& name, std::size_t line, std::string message);
// 1-based line of a byte offset in a text.
std::size_t line_of(std::string_view text, std::size_t offset);
// Reads the whole source within the limit; reports and returns false when
// it cannot (too large, I/O error, binary).
bool read_whole(ByteSource& source, const SourceName& name, const ReaderOptions& options,
                ReadSink& sink, std::string& out);
// To UTF-8 (see encoding.hpp), with a warning when anything was changed.
std::string to_utf8(std::string bytes, const SourceName& name, std::size_t line,
                    const ReaderOptions& options, ReadSink& sink, std::string_view hint = {});

}  // namespace newsdex::corpus::readers
