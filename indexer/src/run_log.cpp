#include "newsdex/index/run_log.hpp"

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

#include "newsdex/index/indexing.hpp"
#include "newsdex/index/source_files.hpp"

namespace newsdex::index {

namespace fs = std::filesystem;

std::string utc_now_iso() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

RunLog::RunLog(const std::vector<fs::path>& sources) {
    record_.started = utc_now_iso();
    for (const fs::path& source : sources)
        record_.sources.push_back(canonical_path(source));
}

schema::RunRecord RunLog::finish(const IndexingSummary& summary) {
    record_.finished = utc_now_iso();
    record_.added = summary.added;
    record_.updated = summary.updated;
    record_.removed = summary.removed;
    record_.unchanged = summary.unchanged;
    record_.failed = summary.failed;
    return record_;
}

void RunLog::write_beside(const fs::path& database, const IndexingSummary& summary) {
    std::error_code ec;
    if (!fs::is_directory(database, ec)) return;
    const std::string text = schema::encode_run_record(finish(summary)) + "\n";
    const fs::path target = database / kLastRunFile;
    const fs::path temporary =
        database / (std::string(kLastRunFile) + ".tmp" + std::to_string(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            fs::remove(temporary, ec);
            return;
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) fs::remove(temporary, ec);
}

std::optional<schema::RunRecord> read_last_run_file(const fs::path& database) {
    std::ifstream in(database / kLastRunFile, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return schema::decode_run_record(text.str());
}

std::vector<std::string> merge_sources(std::vector<std::string> known,
                                       const std::vector<std::string>& more) {
    for (const std::string& source : more)
        if (std::find(known.begin(), known.end(), source) == known.end()) known.push_back(source);
    return known;
}

}  // namespace newsdex::index
