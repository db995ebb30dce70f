#include "util/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace msklint {

namespace {

std::string last_error(std::string_view action, const std::filesystem::path& path) {
  return fmt::format("cannot {} '{}': {}", action, path.string(), std::strerror(errno));
}

mode_t permissions_for_new_files() {
  const mode_t mask = ::umask(0);  // umask can only be read by setting it
  ::umask(mask);
  return 0666 & ~mask;
}

// Writes all of `contents` to `fd`; false (errno set) when it cannot.
bool write_all(int fd, std::string_view contents) {
  for (std::size_t written = 0; written < contents.size();) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

// Writes straight into something that is not a regular file (/dev/stdout, a
// pipe): there is nothing to replace atomically, and replacing it would be wrong.
std::string write_in_place(const std::filesystem::path& path, std::string_view contents) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return last_error("open", path);
  if (!write_all(fd, contents)) {
    std::string error = last_error("write", path);
    ::close(fd);
    return error;
  }
  return ::close(fd) == 0 ? std::string() : last_error("close", path);
}

// A temporary file beside `path` holding `contents`, flushed to disk, with
// permissions `mode`: its name, or what went wrong (and nothing is left).
struct Temporary {
  std::string name;
  std::string error;
};
Temporary write_beside(const std::filesystem::path& path, std::string_view contents, mode_t mode) {
  const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : ".";
  std::string pattern = (directory / fmt::format(".{}.XXXXXX", path.filename().string())).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return {{}, last_error("create a temporary file beside", path)};
  const std::string temporary(name.data());
  auto fail = [&](std::string_view action) {
    Temporary failed{{}, last_error(action, temporary)};
    ::close(fd);
    ::unlink(temporary.c_str());
    return failed;
  };
  if (::fchmod(fd, mode) != 0) return fail("set the permissions of");
  if (!write_all(fd, contents)) return fail("write");
  if (::fsync(fd) != 0) return fail("flush");
  if (::close(fd) != 0) {
    Temporary failed{{}, last_error("close", temporary)};
    ::unlink(temporary.c_str());
    return failed;
  }
  return {temporary, {}};
}

}  // namespace

std::string write_file_atomically(const std::filesystem::path& requested, std::string_view contents) {
  // Through a link, replace the file it points to and keep the link.
  std::error_code error;
  const std::filesystem::path path =
      std::filesystem::is_symlink(requested, error) ? std::filesystem::weakly_canonical(requested, error) : requested;
  if (std::filesystem::exists(path, error) && !std::filesystem::is_regular_file(path, error)) {
    return write_in_place(path, contents);
  }
  // Keep the permissions of a file being replaced; a new one gets the usual ones.
  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? existing.st_mode & 07777 : permissions_for_new_files();
  const Temporary temporary = write_beside(path, contents, mode);
  if (!temporary.error.empty()) return temporary.error;
  if (::rename(temporary.name.c_str(), path.c_str()) != 0) {
    std::string failure = last_error("replace", path);
    ::unlink(temporary.name.c_str());
    return failure;
  }
  return {};
}

std::string write_new_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  const Temporary temporary = write_beside(path, contents, permissions_for_new_files());
  if (!temporary.error.empty()) return temporary.error;
  // link(2), unlike rename(2), never replaces: the file appears whole, or not at all if one is there.
  const bool linked = ::link(temporary.name.c_str(), path.c_str()) == 0;
  std::string failure = linked ? std::string() : last_error("create", path);
  ::unlink(temporary.name.c_str());
  return failure;
}

}  // namespace msklint
