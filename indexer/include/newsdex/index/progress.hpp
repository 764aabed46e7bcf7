#pragma once
// One line on a terminal, redrawn in place as a run goes: files and
// documents done, documents per second and the time left (by bytes).
// Silent when disabled, as it is when stderr is no terminal (a pipe, cron).
#include <chrono>
#include <cstdint>
#include <iosfwd>

namespace newsdex::index {

class Progress {
  public:
    Progress(std::ostream& out, bool enabled, std::size_t total_files, std::uint64_t total_bytes);
    ~Progress();
    void file_done(std::uint64_t bytes, std::size_t documents_so_far);
    // Clears the line (before a message or the summary).
    void clear();

  private:
    void draw();

    std::ostream& out_;
    bool enabled_, drawn_ = false;
    std::size_t total_files_, files_ = 0, documents_ = 0;
    std::uint64_t total_bytes_, bytes_ = 0;
    std::chrono::steady_clock::time_point started_, last_draw_;
};

}  // namespace newsdex::index
