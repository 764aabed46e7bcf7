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
// The same, refusing a date after `not_after` (the file's time or the
// run's, plus a day: no story is dated after it was written).
std::optional<Date> find_report_date(std::string_view text, std::optional<Date> not_after);

}  // namespace newsdex::entities
