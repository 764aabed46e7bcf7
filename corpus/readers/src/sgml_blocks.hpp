#pragma once
// Splits a stream of SGML-like records (TREC <DOC>, Reuters <REUTERS>)
// into blocks, one record each, line by line, so memory holds one record
// at a time. A record that never closes ends where the next one opens.
#include <functional>
#include <string>

#include "newsdex/corpus/input.hpp"
#include "newsdex/corpus/reader.hpp"

namespace newsdex::corpus::readers {

class SgmlBlocks {
  public:
    enum class Status { kBlock, kUnclosed, kTooLarge, kEnd };

    SgmlBlocks(ByteSource& source, std::string open_tag, std::string close_tag,
               std::size_t max_block_bytes);

    // On kBlock and kUnclosed, block() holds the record (from its open tag)
    // and first_line() its line; on kTooLarge the record was skipped.
    Status next();
    const std::string& block() const { return block_; }
    std::size_t first_line() const { return first_line_; }
    std::size_t line_number() const { return lines_.line_number(); }

  private:
    LineReader lines_;
    std::string open_tag_, close_tag_;
    std::size_t max_block_bytes_;
    std::string block_;
    std::size_t first_line_ = 0;
    std::string pending_;  // an open-tag line seen while reading the previous block
    std::size_t pending_line_ = 0;
};

// Calls `record(block, first_line)` for every record of the source, after
// reporting a record over the size limit (skipped, an error) or one never
// closed (read up to where the next begins, a warning). `element` names
// the record in messages ("<DOC>").
void for_each_record(ByteSource& source, const std::string& open_tag, const std::string& close_tag,
                     const std::string& element, const SourceName& name,
                     std::size_t max_block_bytes, ReadSink& sink,
                     const std::function<void(const std::string&, std::size_t)>& record);

}  // namespace newsdex::corpus::readers
