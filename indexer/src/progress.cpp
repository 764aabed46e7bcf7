#include "newsdex/index/progress.hpp"

#include <cstdio>
#include <ostream>
#include <string>

namespace newsdex::index {

namespace {

using Clock = std::chrono::steady_clock;

std::string minutes_seconds(double seconds) {
    char text[32];
    const long s = static_cast<long>(seconds + 0.5);
    std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
    return text;
}

}  // namespace

Progress::Progress(std::ostream& out, bool enabled, std::size_t total_files,
                   std::uint64_t total_bytes)
    : out_(out),
      enabled_(enabled),
      total_files_(total_files),
      total_bytes_(total_bytes),
      started_(Clock::now()),
      last_draw_(started_ - std::chrono::seconds(1)) {}  // the first file draws at once

Progress::~Progress() {
    clear();
}

void Progress::file_done(std::uint64_t bytes, std::size_t documents_so_far) {
    ++files_;
    bytes_ += bytes;
    documents_ = documents_so_far;
    // A terminal redrawn a few times a second, not once a file.
    if (enabled_ && Clock::now() - last_draw_ >= std::chrono::milliseconds(150)) draw();
}

void Progress::draw() {
    last_draw_ = Clock::now();
    const double elapsed = std::chrono::duration<double>(last_draw_ - started_).count();
    const double rate = elapsed > 0 ? documents_ / elapsed : 0;
    std::string eta = "?";
    if (bytes_ > 0 && total_bytes_ >= bytes_)
        eta = minutes_seconds(elapsed * static_cast<double>(total_bytes_ - bytes_) / bytes_);
    char line[160];
    std::snprintf(line, sizeof line,
                  "\r\x1b[Kindexing: %zu/%zu files, %zu documents, %.0f docs/s, ETA %s", files_,
                  total_files_, documents_, rate, eta.c_str());
    out_ << line << std::flush;
    drawn_ = true;
}

void Progress::clear() {
    if (!drawn_) return;
    out_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

}  // namespace newsdex::index
