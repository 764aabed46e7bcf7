#define BOOST_TEST_MODULE parallel
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "newsdex/parallel.hpp"

// Every piece runs once, whatever the number of cores.
BOOST_AUTO_TEST_CASE(every_piece_runs_once) {
    for (const std::size_t count : {0u, 1u, 2u, 7u, 64u}) {
        std::vector<std::atomic<int>> runs(count);
        newsdex::for_each_in_parallel(count, [&](std::size_t i) { ++runs[i]; });
        for (std::size_t i = 0; i < count; ++i)
            BOOST_TEST(runs[i] == 1);
    }
}

// A failing piece does not stop the others; the first failure by index
// comes back to the caller.
BOOST_AUTO_TEST_CASE(a_failure_comes_back_after_the_rest_ran) {
    std::atomic<int> ran{0};
    try {
        newsdex::for_each_in_parallel(8, [&](std::size_t i) {
            ++ran;
            if (i == 3 || i == 6) throw std::runtime_error("piece " + std::to_string(i));
        });
        BOOST_FAIL("no exception");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()) == "piece 3");
    }
    BOOST_TEST(ran == 8);
}
