#pragma once
// Helpers shared by the tests: a temporary folder that cleans up after
// itself, file writing, and running a real binary with its output captured.
#include <sys/wait.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace newsdex::test {

namespace fs = std::filesystem;

class TempDir {
  public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "newsdex-test-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

  private:
    fs::path path_;
};

inline void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

inline void write_gzip(const fs::path& path, const std::string& content) {
    gzFile out = gzopen(path.c_str(), "wb");
    gzwrite(out, content.data(), static_cast<unsigned>(content.size()));
    gzclose(out);
}

inline std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct CommandResult {
    int exit_code;
    std::string out;
    std::string err;
};

// Runs a shell command line; stdout and stderr are captured through files
// so that neither can block the other.
inline CommandResult run(const std::string& command, const TempDir& scratch) {
    const fs::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
    const std::string line = command + " >" + out.string() + " 2>" + err.string() + " </dev/null";
    const int status = std::system(line.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return {code, read_file(out), read_file(err)};
}

inline fs::path source_dir() {
    return NEWSDEX_SOURCE_DIR;
}
inline fs::path bin_dir() {
    return NEWSDEX_BIN_DIR;
}
// The real binaries, as a command line starts them.
inline std::string indexer_binary() {
    return (bin_dir() / "indexer").string();
}
inline std::string search_binary() {
    return (bin_dir() / "search").string();
}
inline fs::path sample_corpus() {
    return source_dir() / "corpus" / "sample" / "articles";
}
inline fs::path seed_article() {
    return sample_corpus() / "en" / "kim-yo-jong-denies-weapon-exports.txt";
}

}  // namespace newsdex::test
