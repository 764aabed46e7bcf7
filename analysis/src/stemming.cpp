#include "newsdex/analysis/stemming.hpp"

#include "newsdex/strings.hpp"

namespace newsdex::analysis {

std::optional<Xapian::Stem> stemmer_for(std::string_view lang) {
    if (lang.empty()) return std::nullopt;
    try {
        Xapian::Stem stemmer{std::string(lang)};
        if (stemmer.is_none()) return std::nullopt;
        return stemmer;
    } catch (const Xapian::InvalidArgumentError&) {
        return std::nullopt;  // no Snowball stemmer for this language
    }
}

bool StemFilter::apply(Token& token) const {
    token.stem = stemmer_(token.text);
    return true;
}

namespace {

// Languages without a stemmer get their words as stems, so that every
// document has stem terms and queries can search stems alone.
class WordAsStemFilter : public TokenFilter {
  public:
    bool apply(Token& token) const override {
        token.stem = token.text;
        return true;
    }
};

}  // namespace

const Analyzer& AnalyzerCache::for_language(const std::string& lang) {
    auto& analyzer = analyzers_[lang];
    if (!analyzer) {
        analyzer = std::make_unique<Analyzer>(Analyzer::standard());
        if (auto stemmer = stemmer_for(lang)) {
            analyzer->add_filter(std::make_unique<StemFilter>(*stemmer));
        } else {
            analyzer->add_filter(std::make_unique<WordAsStemFilter>());
        }
    }
    return *analyzer;
}

StemmerSet::StemmerSet(const std::set<std::string>& languages) {
    for (const std::string& lang : languages) {
        if (auto stemmer = stemmer_for(lang)) {
            stemmers_.emplace_back(lang, *stemmer);
        } else {
            word_as_stem_ = true;
        }
    }
    if (languages.empty()) word_as_stem_ = true;
}

namespace {

// Snowball's Russian stemmer is not consistent across a noun's cases
// (харьков -> харьк, but харькове -> харьков), so a query word is also
// stemmed in a few other case forms: the nominative given, its oblique
// forms; an oblique form given, its nominative.
std::vector<std::string> russian_case_forms(const std::string& word) {
    std::vector<std::string> forms = {word};
    if (word.empty() || static_cast<unsigned char>(word[0]) < 0xD0) return forms;  // not Cyrillic
    for (const char* ending : {"а", "у", "е", "ом"})
        forms.push_back(word + ending);
    for (const char* ending : {"ом", "ой", "е", "а", "у", "ы", "и"}) {
        if (ends_with(word, ending) && word.size() >= std::string_view(ending).size() + 8)
            forms.push_back(word.substr(0, word.size() - std::string_view(ending).size()));
    }
    return forms;
}

}  // namespace

std::set<std::string> StemmerSet::stems(const std::string& word) const {
    std::set<std::string> out;
    if (word_as_stem_) out.insert(word);
    for (const auto& [lang, stemmer] : stemmers_) {
        if (lang == "ru") {
            for (const std::string& form : russian_case_forms(word))
                out.insert(stemmer(form));
        } else {
            out.insert(stemmer(word));
        }
    }
    return out;
}

}  // namespace newsdex::analysis
