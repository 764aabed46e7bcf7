#pragma once
// What the entity library finds in a story: people, organisations and
// places, each under one canonical name with its aliases folded in (U.S. =
// United States, IAEA = International Atomic Energy Agency, Kiev = Kyiv).
// The dictionary is gazetteer.hpp, the finder extractor.hpp.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdex/analysis/analyzer.hpp"
#include "newsdex/analysis/token.hpp"

namespace newsdex::entities {

// Names are found in the analyzer's tokens (folded words with offsets).
using analysis::Analyzer;
using analysis::Token;
using analysis::TokenList;

enum class EntityType { kPerson, kOrganization, kPlace };

struct Mention {
    EntityType type;
    std::string canonical;
    std::uint32_t begin, end;  // byte offsets in title + "\n\n" + body
};

struct Entities {
    std::vector<std::string> people, organizations, places;  // canonical, by first mention
    std::vector<Mention> mentions;                           // every one, in text order
};

std::string_view entity_type_name(EntityType type);

// How much each entity weighs in a text, to tell a story's main actors:
// one per mention, two in the headline or lead (the first kLeadBytes of
// the body, which starts at byte `body_begin` of the mentions' text).
inline constexpr std::uint32_t kLeadBytes = 250;
using EntityKey = std::pair<EntityType, std::string>;
std::map<EntityKey, int> salience(const std::vector<Mention>& mentions, std::uint32_t body_begin);

}  // namespace newsdex::entities
