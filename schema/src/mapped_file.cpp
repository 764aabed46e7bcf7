#include "newsdex/schema/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

#include "newsdex/parallel.hpp"
#include "newsdex/schema/facet_file.hpp"
#include "newsdex/schema/shards.hpp"
#include "newsdex/schema/word_file.hpp"

namespace newsdex::schema {

MappedBytes::MappedBytes(const std::filesystem::path& path, std::size_t min_size) {
    // The folder is anyone's with write access to the database: a link
    // planted under the name is not followed.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<std::size_t>(st.st_size) >= min_size && st.st_size % 4 == 0) {
        void* data =
            ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (data != MAP_FAILED) {
            data_ = data;
            size_ = static_cast<std::size_t>(st.st_size);
        }
    }
    ::close(fd);
}

MappedBytes::~MappedBytes() {
    if (data_) ::munmap(data_, size_);
}

std::optional<Cursor> MappedBytes::after_header(const char (&magic)[8],
                                                std::uint64_t revision) const {
    if (!data_ || size_ < 16 || std::memcmp(data_, magic, 8) != 0) return std::nullopt;
    std::uint64_t stored = 0;
    std::memcpy(&stored, data() + 8, 8);
    if (stored != revision) return std::nullopt;
    return Cursor(data(), size_, 16);
}

void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ofstream&)>& write) {
    const std::filesystem::path temporary = path.string() + ".new";
    // Whatever stands under the temporary name (a symbolic link planted
    // there, a file of a killed run) goes first, so the write creates it.
    std::filesystem::remove(temporary);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        write(out);
        if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, path);
}

void write_files_for_search(const std::filesystem::path& database) {
    const std::vector<std::filesystem::path> shards = shard_folders(database);
    for_each_in_parallel(shards.size(), [&](std::size_t i) {
        const Xapian::Database db(shards[i].string());
        if (!MappedFacetFile::open(shards[i], db)) write_facet_file(shards[i], db);
        if (!MappedWordFile::open(shards[i], db)) write_word_file(shards[i], db);
    });
}

}  // namespace newsdex::schema
