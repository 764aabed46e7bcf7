#include "matching_ids.hpp"

#include <algorithm>
#include <iterator>

namespace newsdex::search {

namespace {

using Ids = std::vector<Xapian::docid>;

// Deeper queries than a parser makes go to the matcher (no recursion on
// whatever depth a caller built).
constexpr int kMostDepth = 32;

Ids postings(const Xapian::Database& db, const std::string& term) {
    Ids ids;
    ids.reserve(db.get_termfreq(term));
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
        ids.push_back(*it);
    return ids;
}

template <typename Combine>
Ids combined(Ids a, const Ids& b, Combine&& combine) {
    Ids out;
    out.reserve(a.size() + b.size());
    combine(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

std::optional<Ids> ids_of(const Xapian::Database& db, const Xapian::Query& query, int depth) {
    if (depth > kMostDepth) return std::nullopt;
    using Q = Xapian::Query;
    const Q::op op = query.get_type();
    if (op == Q::LEAF_TERM) return postings(db, *query.get_terms_begin());
    if (op == Q::LEAF_MATCH_ALL) return postings(db, "");
    if (op == Q::LEAF_MATCH_NOTHING) return Ids{};
    const std::size_t n = query.get_num_subqueries();
    if (op == Q::OP_SCALE_WEIGHT && n == 1) return ids_of(db, query.get_subquery(0), depth + 1);
    const bool known = op == Q::OP_OR || op == Q::OP_SYNONYM || op == Q::OP_AND ||
                       op == Q::OP_FILTER || op == Q::OP_AND_NOT || op == Q::OP_AND_MAYBE;
    if (!known || n == 0) return std::nullopt;
    std::optional<Ids> ids = ids_of(db, query.get_subquery(0), depth + 1);
    // AND_MAYBE matches what its first subquery matches; the rest only weigh.
    if (!ids || op == Q::OP_AND_MAYBE) return ids;
    for (std::size_t i = 1; i < n; ++i) {
        const std::optional<Ids> next = ids_of(db, query.get_subquery(i), depth + 1);
        if (!next) return std::nullopt;
        if (op == Q::OP_OR || op == Q::OP_SYNONYM) {
            *ids = combined(std::move(*ids), *next, [](auto... a) { return std::set_union(a...); });
        } else if (op == Q::OP_AND_NOT) {
            *ids = combined(std::move(*ids), *next,
                            [](auto... a) { return std::set_difference(a...); });
        } else {
            *ids = combined(std::move(*ids), *next,
                            [](auto... a) { return std::set_intersection(a...); });
        }
    }
    return ids;
}

}  // namespace

std::optional<Ids> matching_ids_from_postings(const Xapian::Database& db,
                                              const Xapian::Query& query) {
    return ids_of(db, query, 0);
}

}  // namespace newsdex::search
