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
# newsdex::icu is ICU as shared libraries, or, for a binary that sets the
# target property NEWSDEX_STATIC_ICU, as the static archives libicu-dev
# ships: loading and relocating libicuuc.so is a tenth of a whole `search`
# process (0.3 ms of 3), and its data is then mapped from the binary, read
# where touched. The price: 33 MB on disk, and an ICU security update needs
# a rebuild of that binary.
find_library(NEWSDEX_ICU_UC_STATIC NAMES libicuuc.a)
find_library(NEWSDEX_ICU_I18N_STATIC NAMES libicui18n.a)
find_library(NEWSDEX_ICU_DATA_STATIC NAMES libicudata.a)
add_library(newsdex::icu INTERFACE IMPORTED)
target_include_directories(newsdex::icu INTERFACE ${ICU_INCLUDE_DIRS})
if(NEWSDEX_ICU_UC_STATIC AND NEWSDEX_ICU_I18N_STATIC AND NEWSDEX_ICU_DATA_STATIC)
  set(static_icu "$<BOOL:$<TARGET_PROPERTY:NEWSDEX_STATIC_ICU>>")
  target_link_libraries(newsdex::icu INTERFACE
    "$<${static_icu}:${NEWSDEX_ICU_I18N_STATIC};${NEWSDEX_ICU_UC_STATIC};${NEWSDEX_ICU_DATA_STATIC};${CMAKE_DL_LIBS}>"
    "$<$<NOT:${static_icu}>:ICU::uc;ICU::i18n;ICU::data>")
else()
  target_link_libraries(newsdex::icu INTERFACE ICU::uc ICU::i18n ICU::data)
endif()

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

# jemalloc (libjemalloc-dev) for the programs that index: the writer's
# maps of pending postings and the analysis lanes allocate and free many
# small objects from two threads at once, where glibc's malloc spent about
# a tenth of the indexer's CPU (malloc_consolidate, _int_malloc, _int_free
# in docs/profiles.md). Off under sanitizers, which bring their own malloc.
string(FIND "${CMAKE_CXX_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}" "sanitize" sanitized)
if(sanitized EQUAL -1)
  set(jemalloc_default ON)
else()
  set(jemalloc_default OFF)
endif()
option(NEWSDEX_JEMALLOC "Link the indexing programs with jemalloc" ${jemalloc_default})
add_library(newsdex::allocator INTERFACE IMPORTED)
if(NEWSDEX_JEMALLOC)
  find_library(JEMALLOC_LIBRARY NAMES jemalloc REQUIRED)
  target_link_libraries(newsdex::allocator INTERFACE ${JEMALLOC_LIBRARY})
endif()
