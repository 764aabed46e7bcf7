#include "newsdex/schema/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

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

}  // namespace newsdex::schema
