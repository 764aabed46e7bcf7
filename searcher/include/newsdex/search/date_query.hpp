#pragma once
// Date filters: a day, month or year (date:2024-05-17, date:2024-05,
// date:2024), closed or open ranges (date:2024-05-01..2024-05-31,
// date:2024-05-01.., date:..2024), as used by date: in queries and by
// --since/--until. Days are compared as YYYYMMDD values (schema kDateSlot).
#include <xapian.h>

#include <string>
#include <string_view>

namespace newsdex::search {

// Throws QuerySyntaxError naming what is wrong.
Xapian::Query date_filter(std::string_view value);

// A range with either end open ("" for open).
Xapian::Query date_range(std::string_view since, std::string_view until);

}  // namespace newsdex::search
