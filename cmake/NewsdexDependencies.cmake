# Every third-party library newsdex links, wrapped as imported targets so the
# rest of the build names targets, never paths.

# Xapian: its CMake package config, else pkg-config (xapian-core.pc).
find_package(xapian CONFIG QUIET)
if(NOT TARGET newsdex::xapian)
  add_library(newsdex::xapian INTERFACE IMPORTED)
  if(xapian_FOUND)
    target_include_directories(newsdex::xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
    target_link_libraries(newsdex::xapian INTERFACE ${XAPIAN_LIBRARIES})
  else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(XAPIAN REQUIRED IMPORTED_TARGET xapian-core)
    target_link_libraries(newsdex::xapian INTERFACE PkgConfig::XAPIAN)
  endif()
endif()

find_package(ICU 60 REQUIRED COMPONENTS uc i18n data)

# CLD2 (language detection): Debian's libcld2-dev has no CMake or
# pkg-config file.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(newsdex::cld2 UNKNOWN IMPORTED)
set_target_properties(newsdex::cld2 PROPERTIES
  IMPORTED_LOCATION "${CLD2_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
find_package(cxxopts 3 REQUIRED)
# cxxopts matches arguments with std::regex unless told not to, and its
# regex recurses once per byte: a 40 KB argument starting with "-" blew the
# stack. Its hand-written matcher has no such limit.
add_compile_definitions(CXXOPTS_NO_REGEX)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(simdjson REQUIRED)
find_package(LibXml2 REQUIRED)
find_package(ZLIB REQUIRED)
if(NEWSDEX_BUILD_TESTS)
  find_package(Boost 1.71 REQUIRED COMPONENTS unit_test_framework)
endif()
