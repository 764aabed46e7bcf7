#include "sgml_blocks.hpp"

#include "newsdex/corpus/markup.hpp"
#include "readers.hpp"

namespace newsdex::corpus::readers {

SgmlBlocks::SgmlBlocks(ByteSource& source, std::string open_tag, std::string close_tag,
                       std::size_t max_block_bytes)
    : lines_(source, max_block_bytes),
      open_tag_(std::move(open_tag)),
      close_tag_(std::move(close_tag)),
      max_block_bytes_(max_block_bytes) {}

SgmlBlocks::Status SgmlBlocks::next() {
    using markup::find_ci;
    block_.clear();
    bool in_block = false, too_large = false;
    if (!pending_.empty()) {
        block_ = std::move(pending_);
        pending_.clear();
        first_line_ = pending_line_;
        in_block = true;
    }
    std::string_view line;
    for (LineReader::Status s; (s = lines_.next(line)) != LineReader::Status::kEnd;) {
        if (s == LineReader::Status::kTooLong) {
            too_large |= in_block;
            continue;
        }
        const std::size_t open = find_ci(line, open_tag_);
        if (!in_block) {
            if (open == std::string_view::npos) continue;  // text between records
            in_block = true;
            first_line_ = lines_.line_number();
            line.remove_prefix(open);
        } else if (open != std::string_view::npos) {
            // A new record opens before this one closed.
            pending_ = std::string(line.substr(open));
            pending_line_ = lines_.line_number();
            return too_large ? Status::kTooLarge : Status::kUnclosed;
        }
        if (!too_large) {
            if (block_.size() + line.size() + 1 > max_block_bytes_) {
                too_large = true;
                block_.clear();
            } else {
                block_.append(line);
                block_ += '\n';
            }
        }
        const std::size_t close = find_ci(line, close_tag_);
        if (close != std::string_view::npos) {
            if (too_large) return Status::kTooLarge;
            return Status::kBlock;
        }
    }
    if (!in_block) return Status::kEnd;
    return too_large ? Status::kTooLarge : Status::kUnclosed;
}

void for_each_record(ByteSource& source, const std::string& open_tag, const std::string& close_tag,
                     const std::string& element, const SourceName& name,
                     std::size_t max_block_bytes, ReadSink& sink,
                     const std::function<void(const std::string&, std::size_t)>& record) {
    SgmlBlocks blocks(source, open_tag, close_tag, max_block_bytes);
    for (auto status = blocks.next(); status != SgmlBlocks::Status::kEnd; status = blocks.next()) {
        if (status == SgmlBlocks::Status::kTooLarge) {
            sink.problem(error_at(name, blocks.first_line(),
                                  element + " record over the limit of " +
                                      std::to_string(max_block_bytes) +
                                      " bytes (--max-document-bytes); skipped"));
            continue;
        }
        if (status == SgmlBlocks::Status::kUnclosed)
            sink.problem(
                warning_at(name, blocks.first_line(),
                           element + " not closed; the record ends where the next begins"));
        record(blocks.block(), blocks.first_line());
    }
}

}  // namespace newsdex::corpus::readers
