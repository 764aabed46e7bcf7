#include "sgml_blocks.hpp"

#include "newsdex/markup.hpp"

namespace newsdex::readers {

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

}  // namespace newsdex::readers
