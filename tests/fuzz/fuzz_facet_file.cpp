// libFuzzer target: the facet file search maps (schema/facet_file.hpp) as
// a hostile folder may hold it. The input follows a header that matches a
// small database, so that the checks after the header are what is fuzzed;
// a file must be refused or counted without reading past it.
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_database.hpp"
#include "newsdex/schema/facet_file.hpp"
#include "newsdex/search/facets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const FuzzDatabase folder("facets", [](Xapian::WritableDatabase& db) {
        for (int i = 0; i < 3; ++i)
            db.add_document(Xapian::Document());
    });
    const Xapian::Database db(folder.path().string());
    std::string file = "NDXFACE2";
    const std::uint64_t revision = db.get_revision();
    const std::uint32_t words[2] = {db.get_lastdocid(), newsdex::schema::kFacetKinds};
    file.append(reinterpret_cast<const char*>(&revision), 8);
    file.append(reinterpret_cast<const char*>(words), 8);
    file.append(reinterpret_cast<const char*>(data), size);
    std::ofstream(folder.path() / newsdex::schema::kFacetFileName,
                  std::ios::binary | std::ios::trunc)
        << file;
    if (const auto table = newsdex::search::FacetTable::mapped(folder.path().string(), db)) {
        (void)table->count_all(10);
        (void)table->count({0, 1, 2, 3, 4, 1000}, 10);
    }
    return 0;
}
