// durable_file.cpp — see durable_file.h.
#include "core/base/durable_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

namespace kiosk::core {

namespace fs = std::filesystem;

bool fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

bool fsync_parent_dir(const std::string& path) {
    const fs::path p(path);
    return fsync_path(p.has_parent_path() ? p.parent_path().string() : ".", O_RDONLY | O_DIRECTORY);
}

int make_temp_beside(const std::string& target, std::string* tmp_path) {
    const fs::path out(target);
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    std::string tmp = (dir / ("." + out.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return -1;
    // mkstemp makes the file 0600; the kiosk may run as another user than the one who packs.
    ::fchmod(fd, 0644);
    *tmp_path = tmp;
    return fd;
}

bool write_all(int fd, const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool write_all_at(int fd, const void* data, std::size_t size, long long offset) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, p, size, static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        offset += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace kiosk::core
