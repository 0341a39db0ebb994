// durable_file.h — the few POSIX steps that make a file survive a power cut: fsync, fsync of the folder, and a
// temporary file beside the target that is renamed over it. Shared by pack, bundles and the content install.
#pragma once

#include <string>

namespace kiosk::core {

// fsync of an existing file (or, with O_DIRECTORY in flags, a folder). False on failure (errno tells why).
bool fsync_path(const std::string& path, int flags);
// fsync of the folder holding `path`, so a rename or link in it is on disk.
bool fsync_parent_dir(const std::string& path);
// Creates an empty temporary file in the folder of `target` (rename is atomic only within one file system) named
// ".NAME.tmp-XXXXXX", mode 0644. Returns its fd (or -1, errno set) and its path in *tmp_path.
int make_temp_beside(const std::string& target, std::string* tmp_path);
// write(2) of all of `size` bytes, retrying short writes and EINTR. False on failure (errno tells why).
bool write_all(int fd, const void* data, std::size_t size);
// pwrite(2) of all of `size` bytes at `offset`, the same way.
bool write_all_at(int fd, const void* data, std::size_t size, long long offset);

}  // namespace kiosk::core
