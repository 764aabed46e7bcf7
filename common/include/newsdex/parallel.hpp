#pragma once
// Independent pieces of work (one per shard) on up to one thread a core.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace newsdex {

// Calls work(i) for every i below count, on min(count, cores) threads
// (the calling one among them); when some call throws, the others still
// finish and the first exception by index is rethrown.
template <typename Work>
void for_each_in_parallel(std::size_t count, const Work& work) {
    std::vector<std::exception_ptr> failed(count);
    std::atomic<std::size_t> next{0};
    auto run = [&] {
        for (std::size_t i; (i = next++) < count;) {
            try {
                work(i);
            } catch (...) {
                failed[i] = std::current_exception();
            }
        }
    };
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> helpers;
    helpers.reserve(std::min(count, cores));  // no reallocation once threads run
    for (std::size_t t = 1; t < std::min(count, cores); ++t) {
        try {
            helpers.emplace_back(run);
        } catch (const std::system_error&) {
            break;  // no thread to be had: the ones there (and this one) do it all
        }
    }
    run();
    for (std::thread& helper : helpers)
        helper.join();
    for (const std::exception_ptr& e : failed)
        if (e) std::rethrow_exception(e);
}

}  // namespace newsdex
