#pragma once
// Timing queries, for the latency tools: each query of a list run `rounds`
// times after a warm-up round, and percentiles of the times.
#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace newsdex::bench {

struct Latencies {
    std::vector<double> ms;
    double total_seconds = 0;
    double percentile(double p) const {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty()) return 0;
        const std::size_t at =
            std::min(sorted.size() - 1, static_cast<std::size_t>(p * (sorted.size() - 1) + 0.5));
        return sorted[at];
    }
    double per_second() const { return total_seconds > 0 ? ms.size() / total_seconds : 0; }
};

// `before_each` runs untimed before every timed query (dropping the page
// cache, say); with one, there is no warm-up round.
inline Latencies measure(const std::vector<std::pair<std::string, std::string>>& queries,
                         int rounds, const std::function<void(const std::string&)>& run,
                         const std::function<void()>& before_each = {}) {
    using clock = std::chrono::steady_clock;
    if (!before_each)
        for (const auto& q : queries)
            run(q.second);  // warm-up: caches and lazy loading
    Latencies l;
    const auto start = clock::now();
    for (int r = 0; r < rounds; ++r) {
        for (const auto& q : queries) {
            if (before_each) before_each();
            const auto t0 = clock::now();
            run(q.second);
            l.ms.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
        }
    }
    l.total_seconds = std::chrono::duration<double>(clock::now() - start).count();
    return l;
}

}  // namespace newsdex::bench
