#pragma once
// One way for all the benchmark tools to read their command line, so each
// answers --help (exit 0) and a bad or incomplete command line (exit 2,
// saying what is wrong) alike, instead of aborting on cxxopts' exceptions.
#include <cxxopts.hpp>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace newsdex::bench {

class Cli {
  public:
    // Registers -h,--help, so every tool answers it the same way.
    Cli(std::string name, std::string description);

    cxxopts::OptionAdder options() { return options_.add_options(); }
    // Trailing arguments that fill `option` (a vector option).
    void positional(const std::string& option, const std::string& help);

    // The parsed options, or nothing when the tool should stop: after
    // --help (on stdout) or a bad command line (the reason and the help
    // on stderr). exit_code() then says which.
    std::optional<cxxopts::ParseResult> parse(int argc, const char* const* argv,
                                              std::initializer_list<const char*> required = {});
    int exit_code() const { return exit_code_; }

  private:
    std::optional<cxxopts::ParseResult> fail(const std::string& why);

    std::string name_;
    cxxopts::Options options_;
    int exit_code_ = 0;
};

// A vector option (comma-separated or repeated) as paths, as the readers
// take them.
std::vector<std::filesystem::path> paths(const cxxopts::ParseResult& args,
                                         const std::string& option);

}  // namespace newsdex::bench
