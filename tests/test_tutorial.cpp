#define BOOST_TEST_MODULE tutorial
// docs/tutorial.md as a newcomer follows it: every line of its sh blocks
// run in order by one shell, in a home of its own, with the built binaries
// first on PATH. A failing line fails the test, naming it.
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "test_support.hpp"

using namespace newsdex::test;

BOOST_AUTO_TEST_CASE(every_command_of_the_tutorial_runs) {
    TempDir home;
    const std::string tutorial = read_file(source_dir() / "docs" / "tutorial.md");
    std::istringstream in(tutorial);
    std::string script = "set -e\ncd \"$HOME\"\n";
    int commands = 0;
    bool in_block = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("```", 0) == 0) {
            in_block = !in_block && line == "```sh";
            continue;
        }
        if (!in_block || line.empty()) continue;
        // Each line says which it was, so a failure names it.
        script += "echo '+ line " + std::to_string(++commands) + "' >&2\n" + line + "\n";
    }
    BOOST_TEST(commands >= 15);
    write_file(home / "tutorial.sh", script);
    const std::string env =
        "env -i HOME=" + home.path().string() + " PATH=" + bin_dir().string() +
        ":/usr/bin:/bin NEWSDEX_SAMPLE=" + (source_dir() / "corpus" / "sample").string() + " ";
    const CommandResult r = run(env + "bash " + (home / "tutorial.sh").string(), home);
    BOOST_TEST(r.exit_code == 0,
               "the tutorial stopped:\n"
                   << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0));
    BOOST_TEST(r.out.find("Kim Yo Jong Denies") != std::string::npos);
    BOOST_TEST(r.out.find("\"documents\"") != std::string::npos);
    BOOST_TEST(std::filesystem::exists(home / "ukraine-facets.csv"));
}
