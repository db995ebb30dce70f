#include "read/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "util/utf8.h"

namespace msklint {

namespace {

// Length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return 1;
  std::size_t length = 0;
  char32_t min = 0;
  char32_t code = 0;
  if ((byte & 0xE0) == 0xC0) { length = 2; min = 0x80; code = byte & 0x1F; }
  else if ((byte & 0xF0) == 0xE0) { length = 3; min = 0x800; code = byte & 0x0F; }
  else if ((byte & 0xF8) == 0xF0) { length = 4; min = 0x10000; code = byte & 0x07; }
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if (!is_continuation_byte(static_cast<char>(next))) return 0;
    code = (code << 6) | (next & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

Finding file_problem(const std::string& path, std::string rule, Location at, std::string message,
                     std::string hint = {}) {
  return make_finding(std::move(rule), path, at, {}, std::move(message), std::move(hint));
}

Finding unreadable_problem(const std::string& path, const std::string& why) {
  return file_problem(path, "unreadable-file", {}, fmt::format("cannot read this file: {}", why),
                      "check the path and the file's permissions");
}

std::string_view utf16_or_32_bom(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv)) return "UTF-32";
  if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv)) return "UTF-16";
  return {};
}

}  // namespace

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  // Counted first, so the list is written once: grown by doubling, a large
  // file's list was copied and touched about twice over.
  line_starts_.reserve(static_cast<std::size_t>(std::count(bytes_.begin(), bytes_.end(), '\n')) + 1);
  line_starts_.push_back(0);
  // Every byte's high bit at once: a loop the compiler does sixteen bytes at
  // a time, where stopping at the first non-ASCII byte went one by one.
  unsigned char high_bits = 0;
  for (const char c : bytes_) high_bits |= static_cast<unsigned char>(c);
  ascii_ = high_bits < 0x80;
  // memchr finds the line breaks several bytes at a time.
  const char* const begin = bytes_.data();
  const char* const end = begin + bytes_.size();
  for (const char* at = begin; at < end;) {
    const auto* found = static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)));
    if (found == nullptr) break;
    line_starts_.push_back(static_cast<std::size_t>(found - begin) + 1);
    at = found + 1;
  }
}

std::string_view SourceText::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::size_t begin = line_starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = line < line_count() ? line_starts_[static_cast<std::size_t>(line)] - 1 : bytes_.size();
  if (end > begin && bytes_[end - 1] == '\r') --end;
  return std::string_view(bytes_).substr(begin, end - begin);
}

Location SourceText::location_of(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
  const std::size_t begin = line_starts_[line_index];
  int column = 1;
  for (std::size_t i = begin; i < offset; ++i) {
    if (!is_continuation_byte(bytes_[i])) ++column;
  }
  return {static_cast<int>(line_index) + 1, column};
}

Location Locator::at(std::size_t offset) {
  const auto& starts = source_.line_starts_;
  const auto& bytes = source_.bytes_;
  offset = std::min(offset, bytes.size());
  auto line_end = [&](std::size_t line) { return line + 1 < starts.size() ? starts[line + 1] : bytes.size() + 1; };
  if (offset < offset_) return source_.location_of(offset);  // backwards: rare, search as usual
  std::size_t from = offset_;
  if (offset >= line_end(line_index_)) {
    // A later line: usually the next few, else search for it.
    std::size_t line = line_index_;
    for (int step = 0; step < 8 && offset >= line_end(line); ++step) ++line;
    if (offset >= line_end(line)) {
      line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
    }
    line_index_ = line;
    from = starts[line];
    column_ = 1;
  }
  if (source_.ascii_) {
    column_ = static_cast<int>(offset - starts[line_index_]) + 1;  // a byte is a character
  } else {
    for (std::size_t i = from; i < offset; ++i) {
      if (!is_continuation_byte(bytes[i])) ++column_;
    }
  }
  offset_ = offset;
  return {static_cast<int>(line_index_) + 1, column_};
}

LoadedSource check_source(std::string path, std::string bytes) {
  LoadedSource loaded;
  if (const auto encoding = utf16_or_32_bom(bytes); !encoding.empty()) {
    loaded.problems.push_back(file_problem(
        path, "encoding", {1, 1}, fmt::format("the file is encoded as {}, not UTF-8", encoding),
        "save the file as UTF-8 (most editors offer this under \"Save with encoding\")"));
    loaded.source = SourceText(std::move(path), {});
    return loaded;
  }
  // UTF-16 without a byte order mark: every other byte of ASCII text is NUL.
  if (bytes.size() >= 4 && ((bytes[0] == '\0') != (bytes[1] == '\0')) && ((bytes[2] == '\0') != (bytes[3] == '\0'))) {
    loaded.problems.push_back(file_problem(
        path, "encoding", {1, 1}, "the file looks like UTF-16 text, not UTF-8",
        "save the file as UTF-8 (most editors offer this under \"Save with encoding\")"));
    loaded.source = SourceText(std::move(path), {});
    return loaded;
  }
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    const SourceText located(path, bytes.substr(0, nul + 1));
    loaded.problems.push_back(file_problem(
        path, "encoding", located.location_of(nul),
        "the file contains a NUL byte: it looks like a binary file, not a YAML pathway",
        "check that this is the pathway file you meant to lint; save it as plain UTF-8 text"));
    loaded.source = SourceText(std::move(path), {});
    return loaded;
  }
  // yaml-cpp skips a UTF-8 byte order mark without counting it; drop it too so
  // positions agree.
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  // Invalid UTF-8: report each line once and read on with U+FFFD in place of
  // each bad byte, so the rest of the file is still checked.
  std::string clean;
  std::vector<std::size_t> bad_offsets;
  for (std::size_t i = 0; i < bytes.size();) {
    // Plain ASCII, eight bytes at a time, while nothing has needed replacing.
    if (bad_offsets.empty() && i + 8 <= bytes.size()) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, bytes.data() + i, 8);
      if ((eight & 0x8080808080808080u) == 0) {
        i += 8;
        continue;
      }
    }
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) {
      if (bad_offsets.empty()) clean.assign(bytes, 0, i);
      bad_offsets.push_back(clean.size());
      clean += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (!bad_offsets.empty()) clean.append(bytes, i, length);
    i += length;
  }
  if (!bad_offsets.empty()) bytes = std::move(clean);
  loaded.source = SourceText(std::move(path), std::move(bytes));
  int last_line = 0;
  constexpr std::size_t max_reported = 10;
  std::size_t reported = 0;
  for (const std::size_t offset : bad_offsets) {
    const Location at = loaded.source.location_of(offset);
    if (at.line == last_line) continue;
    last_line = at.line;
    if (++reported > max_reported) {
      loaded.problems.back().message += "; later lines have more, not listed";
      break;
    }
    loaded.problems.push_back(file_problem(
        loaded.source.path(), "encoding", at, "this line has bytes that are not valid UTF-8 text",
        "save the file as UTF-8; the character shown as \xEF\xBF\xBD was probably typed in another encoding"));
  }
  loaded.parseable = true;
  return loaded;
}

namespace {

// Reads what `fd` holds, up to the size limit (+1 to notice more), then the
// usual checks. Closes nothing: the caller owns `fd`.
LoadedSource load_descriptor(int fd, const std::string& path, const Limits& limits, std::size_t size_hint) {
  LoadedSource loaded;
  // Read one byte past the limit to tell "exactly at the limit" from "over it";
  // never trust st_size alone (pipes report 0, files can grow while read).
  const std::size_t cap = limits.max_file_bytes + 1;
  std::string bytes;
  bytes.resize(std::min<std::size_t>(cap, size_hint));
  std::size_t used = 0;
  while (used < cap) {
    if (used == bytes.size()) bytes.resize(std::min(cap, bytes.size() * 2));
    const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      loaded.problems.push_back(unreadable_problem(path, std::strerror(errno)));
      loaded.source = SourceText(path, {});
      return loaded;
    }
    if (got == 0) break;
    used += static_cast<std::size_t>(got);
  }
  bytes.resize(used);
  if (used > limits.max_file_bytes) {
    loaded.problems.push_back(file_problem(
        path, "limit-exceeded", {},
        fmt::format("the file is larger than {} bytes, the most msklint reads", limits.max_file_bytes),
        "split the pathway into smaller files, or raise the limit with --max-file-size"));
    loaded.source = SourceText(path, {});
    return loaded;
  }
  return check_source(path, std::move(bytes));
}

}  // namespace

LoadedSource load_source(const std::string& path, const Limits& limits) {
  auto unreadable = [&](const std::string& why) {
    LoadedSource loaded;
    loaded.problems.push_back(unreadable_problem(path, why));
    loaded.source = SourceText(path, {});
    return loaded;
  };
  // O_NONBLOCK: opening a FIFO that nobody writes to would otherwise wait for
  // a writer for ever. Reads block again (below), so a FIFO without a writer
  // reads as empty and one with a writer is read up to the limit.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return unreadable(std::strerror(errno));
  struct stat info {};
  // A regular file's reads never wait, O_NONBLOCK or not: two calls saved a file.
  if (::fstat(fd, &info) != 0 ||
      (!S_ISREG(info.st_mode) && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    return unreadable(why);
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    return unreadable("it is a directory");
  }
  LoadedSource loaded =
      load_descriptor(fd, path, limits, S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) + 1 : 65536);
  ::close(fd);
  return loaded;
}

LoadedSource load_standard_input(const std::string& name, const Limits& limits) {
  return load_descriptor(STDIN_FILENO, name, limits, 65536);
}

}  // namespace msklint
