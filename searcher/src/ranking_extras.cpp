#include "ranking_extras.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "newsdex/date.hpp"
#include "newsdex/schema/schema.hpp"
#include "newsdex/strings.hpp"

namespace newsdex::search {

namespace {

// What a recent story gains at most: about one matching word.
constexpr double kRecencyWeight = 2.0;
constexpr Xapian::termcount kLikeTerms = 25;

long day_number(const std::string& yyyymmdd) {
    const auto date = parse_iso_date(yyyymmdd);
    return date ? days_from_civil(*date) : 0;
}

// Weight by the date in the date slot: kRecencyWeight for the newest day,
// half of it half_life days before, and so on.
class RecencySource : public Xapian::ValuePostingSource {
  public:
    RecencySource(long newest_day, double half_life_days)
        : Xapian::ValuePostingSource(schema::kDateSlot),
          newest_day_(newest_day),
          half_life_days_(half_life_days) {}

    double get_weight() const override {
        const long age = std::max(0L, newest_day_ - day_number(get_value()));
        return kRecencyWeight * std::pow(0.5, age / half_life_days_);
    }
    RecencySource* clone() const override {
        return new RecencySource(newest_day_, half_life_days_);
    }
    void init(const Xapian::Database& db) override {
        Xapian::ValuePostingSource::init(db);
        set_maxweight(kRecencyWeight);
    }
    std::string name() const override { return "newsdex::RecencySource"; }

  private:
    long newest_day_;
    double half_life_days_;
};

// Words to find similar stories by: no prefixed terms (ids, filters,
// stems), no numbers.
class PlainWords : public Xapian::ExpandDecider {
  public:
    bool operator()(const std::string& term) const override {
        const auto c = static_cast<unsigned char>(term[0]);
        return term.size() > 2 && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
    }
};

}  // namespace

Xapian::docid document_with_id(const Xapian::Database& db, const std::string& id) {
    // Id terms are Q<format>:<id> or Q<collection>/<format>:<id>.
    const std::string suffix = ":" + id;
    for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term)
        if (ends_with(*term, suffix)) return *db.postlist_begin(*term);
    throw std::runtime_error("no story with id " + id + " in the database");
}

Xapian::Query more_like(const Xapian::Database& db, const std::string& id,
                        std::set<std::string>& words) {
    const Xapian::docid like = document_with_id(db, id);
    Xapian::RSet relevant;
    relevant.add_document(like);
    Xapian::Enquire enquire(db);
    const PlainWords plain;
    const Xapian::ESet telling = enquire.get_eset(kLikeTerms, relevant, &plain);
    std::vector<Xapian::Query> parts;
    for (auto term = telling.begin(); term != telling.end(); ++term) {
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*term), term.get_weight());
        words.insert(*term);
    }
    if (parts.empty()) throw std::runtime_error("story " + id + " has no words to compare by");
    const Xapian::Query similar(Xapian::Query::OP_OR, parts.begin(), parts.end());
    // Never the story itself.
    Xapian::Document self = db.get_document(like);
    auto term = self.termlist_begin();
    term.skip_to("Q");
    return Xapian::Query(Xapian::Query::OP_AND_NOT, similar, Xapian::Query(*term));
}

namespace {

// Stems worth adding to a query: Z terms of four bytes or more that are
// not stopwords (Bo1 alone brings back "the" and the id terms), and the
// Chinese and Japanese words that serve as their own stems.
class FeedbackStems : public Xapian::ExpandDecider {
  public:
    explicit FeedbackStems(const std::function<bool(const std::string&)>& stopword)
        : stopword_(stopword) {}
    bool operator()(const std::string& term) const override {
        const bool stem_term =
            term.compare(0, schema::kStemPrefix.size(), schema::kStemPrefix) == 0;
        const std::string stem = stem_term ? term.substr(schema::kStemPrefix.size()) : term;
        if (stem.size() < 4 || (stem[0] >= '0' && stem[0] <= '9')) return false;
        return (stem_term || schema::word_serves_as_stem(stem, stem)) && !stopword_(stem);
    }

  private:
    const std::function<bool(const std::string&)>& stopword_;
};

}  // namespace

Xapian::Query with_feedback(const Xapian::Query& query, const Xapian::Database& db,
                            const Xapian::Weight& weighting, const Feedback& feedback,
                            const std::function<bool(const std::string&)>& stopword,
                            std::set<std::string>& added) {
    Xapian::Enquire first(db);
    first.set_query(query);
    first.set_weighting_scheme(weighting);
    const Xapian::MSet top = first.get_mset(0, feedback.documents);
    if (top.empty()) return query;
    Xapian::RSet relevant;
    for (auto it = top.begin(); it != top.end(); ++it)
        relevant.add_document(*it);
    const FeedbackStems stems(stopword);
    const Xapian::ESet telling = first.get_eset(feedback.terms, relevant, &stems);
    if (telling.empty()) return query;
    const double best = telling.begin().get_weight();
    std::vector<Xapian::Query> parts;
    for (auto term = telling.begin(); term != telling.end(); ++term) {
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*term),
                           term.get_weight() / best);
        added.insert(*term);
    }
    const Xapian::Query expansion(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return Xapian::Query(
        Xapian::Query::OP_OR,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, feedback.original_weight),
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, expansion, 1 - feedback.original_weight));
}

Xapian::Query with_recency(const Xapian::Query& query, const Xapian::Database& db,
                           double half_life_days) {
    const std::string newest = db.get_value_upper_bound(schema::kDateSlot);
    if (newest.empty()) return query;  // no dated story
    auto* source = new RecencySource(day_number(newest), half_life_days);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(source->release()));
}

std::string explain(const Xapian::Database& db, const Xapian::Enquire& enquire,
                    const Xapian::Weight& weighting, const Xapian::MSetIterator& hit) {
    // Each matching term's weight in this story alone: the term's query
    // filtered by the story's id term (a filter, so it adds no weight).
    // A query, not a MatchDecider: it runs on remote shards too.
    auto id = db.termlist_begin(*hit);
    id.skip_to(std::string(schema::kIdPrefix));
    const Xapian::Query only(id != db.termlist_end(*hit) ? *id : std::string());
    std::string text;
    double sum = 0;
    char number[64];
    for (auto term = enquire.get_matching_terms_begin(hit);
         term != enquire.get_matching_terms_end(hit); ++term) {
        Xapian::Enquire one(db);
        one.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(*term), only));
        one.set_weighting_scheme(weighting);
        const Xapian::MSet mset = one.get_mset(0, 1);
        const double weight = mset.empty() ? 0 : mset.begin().get_weight();
        sum += weight;
        std::snprintf(number, sizeof number, " %.3f (in %u stories)", weight,
                      db.get_termfreq(*term));
        text += (text.empty() ? "" : " + ") + *term + number;
    }
    if (hit.get_weight() - sum > 0.0005) {
        std::snprintf(number, sizeof number, "%.3f", hit.get_weight() - sum);
        text += std::string(text.empty() ? "" : " + ") + "names and recency " + number;
    }
    std::snprintf(number, sizeof number, " = %.3f", hit.get_weight());
    return text + number;
}

}  // namespace newsdex::search
