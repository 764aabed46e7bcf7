#define BOOST_TEST_MODULE evaluation
// Effectiveness measures on examples small enough to compute by hand, as
// trec_eval -c defines them.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <sstream>

#include "newsdex/search/evaluation.hpp"

using namespace newsdex::search;

namespace {

Evaluation eval(const std::string& qrels, const std::string& run) {
    std::istringstream q(qrels), r(run);
    return evaluate(read_qrels(q), read_run(r));
}

}  // namespace

BOOST_AUTO_TEST_CASE(hand_computed_example) {
    // Query 1: relevant a, c, e (3). Ranked: a(1) b c(3) d e(5).
    // AP = (1/1 + 2/3 + 3/5) / 3 = 0.755556; P@10 = 3/10; MRR = 1;
    // nDCG@10 = (1 + 1/log2(4) + 1/log2(6)) / (1 + 1/log2(3) + 1/log2(4)).
    // Query 2: relevant x (grade 2), y (1); ranked: z x. AP = (1/2)/2 = 0.25;
    // MRR = 0.5; nDCG@10 = (2/log2(3)) / (2 + 1/log2(3)).
    // Query 3: relevant q, not in the run: all 0 (-c).
    const std::string qrels =
        "1 0 a 1\n1 0 b 0\n1 0 c 1\n1 0 e 1\n2 0 x 2\n2 0 y 1\n3 0 q 1\n4 0 w 0\n";
    const std::string run =
        "1 Q0 a 1 5.0 t\n1 Q0 b 2 4.0 t\n1 Q0 c 3 3.0 t\n1 Q0 d 4 2.0 t\n1 Q0 e 5 1.0 t\n"
        "2 Q0 z 1 2.0 t\n2 Q0 x 2 1.0 t\n";
    const Evaluation e = eval(qrels, run);
    BOOST_REQUIRE_EQUAL(e.per_query.size(), 3u);  // query 4 has nothing relevant
    const auto& q1 = e.per_query.at("1");
    BOOST_TEST(q1.map == (1.0 + 2.0 / 3 + 3.0 / 5) / 3, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(q1.p10 == 0.3, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(q1.mrr == 1.0);
    BOOST_TEST(q1.ndcg10 == (1 + 1 / std::log2(4.0) + 1 / std::log2(6.0)) /
                                (1 + 1 / std::log2(3.0) + 1 / std::log2(4.0)),
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(q1.r100 == 1.0);
    const auto& q2 = e.per_query.at("2");
    BOOST_TEST(q2.map == 0.25, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(q2.mrr == 0.5);
    BOOST_TEST(q2.ndcg10 == (2 / std::log2(3.0)) / (2 + 1 / std::log2(3.0)),
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(q2.r1000 == 0.5);
    BOOST_TEST(e.per_query.at("3").map == 0.0);
    BOOST_TEST(e.mean.map == (q1.map + q2.map + 0) / 3, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(e.mean.mrr == 0.5, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(ties_are_broken_by_decreasing_docid) {
    // Equal scores: trec_eval ranks "b" before "a", whatever the run's ranks say.
    const Evaluation e = eval("1 0 a 1\n", "1 Q0 a 1 1.0 t\n1 Q0 b 2 1.0 t\n");
    BOOST_TEST(e.per_query.at("1").map == 0.5, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(e.per_query.at("1").mrr == 0.5);
}

BOOST_AUTO_TEST_CASE(depth_cuts_the_ranking) {
    std::string run;
    for (int i = 0; i < 1500; ++i)
        run += "1 Q0 d" + std::to_string(i) + " 0 " + std::to_string(2000 - i) + " t\n";
    const Evaluation e = eval("1 0 d1200 1\n1 0 d5 1\n", run);
    BOOST_TEST(e.per_query.at("1").r1000 == 0.5);
    BOOST_TEST(e.per_query.at("1").r100 == 0.5);
    BOOST_TEST(e.per_query.at("1").retrieved == 1000u);
}
