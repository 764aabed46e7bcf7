#pragma once
// What the Arabic rules ask of a word (defined in arabic.cpp, shared by
// arabic.cpp and arabic_organizations.cpp). Every list is compared by key
// (entity_words::key: hamza, alef maksura and teh marbuta folded), so it
// matches each spelling. Private to the entity library.
#include <cstddef>
#include <string>
#include <unordered_set>

#include "rules.hpp"

namespace newsdex::entities::rules::arabic_words {

using Keys = std::unordered_set<std::string>;

bool starts_with_article(const std::string& key);
// Word k starts with the article (not "آلان", Alain).
bool with_article(const Context& c, std::size_t k);
// Word k as written is in `keys`.
bool listed(const Context& c, std::size_t k, const Keys& keys);
// Word k, or word k without a particle or the article, is in `keys`.
bool listed_with_particle(const Context& c, std::size_t k, const Keys& keys);
// Free Arabic word k right after word k - 1.
bool next_free(const Context& c, std::size_t k);
// The name's text without the particle written onto its first word.
std::string without_particle(const Context& c, std::size_t first, std::size_t last,
                             const Keys& heads);
const Keys& not_name_words();
const Keys& not_family_names();
const Keys& person_titles();
const Keys& body_nouns();
// Word k is no word the lists know, with no particle.
bool unlisted_word(const Context& c, std::size_t k);
// Word k can be a word of a name after a title (`future_is_verb` false:
// s- may start a foreign surname).
bool name_word_after_title(const Context& c, std::size_t k, bool future_is_verb = true);

}  // namespace newsdex::entities::rules::arabic_words
