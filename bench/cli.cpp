#include "cli.hpp"

#include <iostream>

namespace newsdex::bench {

Cli::Cli(std::string name, std::string description)
    : name_(name), options_(std::move(name), std::move(description)) {
    options_.add_options()("h,help", "show this help");
}

void Cli::positional(const std::string& option, const std::string& help) {
    options_.parse_positional({option});
    options_.positional_help(help);
}

std::optional<cxxopts::ParseResult> Cli::parse(int argc, const char* const* argv,
                                               std::initializer_list<const char*> required) {
    try {
        auto args = options_.parse(argc, argv);
        // Help first: asking for it never needs the required options.
        if (args.count("help")) {
            std::cout << options_.help();
            exit_code_ = 0;
            return std::nullopt;
        }
        for (const char* option : required)
            if (!args.count(option)) return fail(std::string("--") + option + " is required");
        return args;
    } catch (const cxxopts::exceptions::exception& e) {
        return fail(e.what());
    }
}

std::optional<cxxopts::ParseResult> Cli::fail(const std::string& why) {
    std::cerr << name_ << ": " << why << '\n' << options_.help();
    exit_code_ = 2;
    return std::nullopt;
}

std::vector<std::filesystem::path> paths(const cxxopts::ParseResult& args,
                                         const std::string& option) {
    const auto& values = args[option].as<std::vector<std::string>>();
    return std::vector<std::filesystem::path>(values.begin(), values.end());
}

}  // namespace newsdex::bench
