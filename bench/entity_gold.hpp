#pragma once
// Precision, recall and F1 for entity extraction, and the readers of the
// mention-annotated NER sets (Russian, Ukrainian, Korean, Arabic).
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "newsdex/entities/extractor.hpp"
#include "newsdex/entities/gazetteer.hpp"

namespace newsdex::bench {

struct Counts {
    std::size_t predicted = 0, predicted_right = 0, gold = 0, gold_found = 0;
    // The NER sets' mentions wrongly found and missed, by surface text.
    std::map<std::string, std::size_t> wrong, missed;
    void add_sets(const std::set<std::string>& gold_set,
                  const std::set<std::string>& predicted_set);
    double precision() const { return predicted ? double(predicted_right) / predicted : 0; }
    double recall() const { return gold ? double(gold_found) / gold : 0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

using Scores = std::map<std::string, Counts>;  // by type: person, organization, place

void print_scores(const Scores& scores);
// The most frequent wrong and missed mentions of each type.
void print_mention_errors(const Scores& scores);

// A gold mention: its type and byte range in the text.
struct GoldMention {
    std::string type;
    std::size_t begin, end;
};

// Scores predicted mentions in `text` against gold ones: right when
// overlapping a gold mention of the same type.
void add_mentions(Scores& scores, const std::vector<GoldMention>& gold,
                  const std::vector<entities::Mention>& predicted, const std::string& text);

// FactRuEval-2016 (ru), NER-UK (uk), KLUE NER (ko), ANERcorp (ar), as far
// as present.
// With `errors`, each set's most frequent wrong and missed mentions too.
void score_mention_sets(const std::filesystem::path& corpora,
                        const entities::EntityExtractor& extractor, bool quick, bool errors);

}  // namespace newsdex::bench
