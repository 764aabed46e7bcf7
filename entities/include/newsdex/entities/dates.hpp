#pragma once
// When a story happened, as its text tells it: the first full calendar
// date written in the text (English, ISO and the other languages' common
// forms: "May 17, 2024", "17 May 2024", "2024-05-17", "17. Mai 2024",
// "2024年5月17日", "17 мая 2024"), read over the analyzer's tokens.
#include <optional>
#include <string_view>

#include "newsdex/date.hpp"

namespace newsdex::entities {

std::optional<Date> find_date_in_text(std::string_view text);

}  // namespace newsdex::entities
