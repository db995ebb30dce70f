// The benchmark's floor (docs/performance.md): the time it takes just to
// parse the files msklint would lint, with yaml-cpp's event API and a handler
// that does nothing. It finds, reads and shares out files as msklint does
// (src/lint/discover.cpp, src/read/source.cpp, src/cli/check_command.cpp), so
// msklint / floor is msklint's own cost.
//
//   yaml_floor [--jobs N] PATH...   (N = 0 or no option: all cores)

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <istream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

namespace fs = std::filesystem;

// Every event is dropped; only where a document starts is kept, to stop when
// one does not advance (yaml-cpp 0.7 can loop on its own input, issue 1040).
class NullHandler : public YAML::EventHandler {
 public:
  YAML::Mark start;
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// An istream over bytes already read, as msklint parses them.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string& bytes) { setg(bytes.data(), bytes.data(), bytes.data() + bytes.size()); }
};

// The whole file in one string: open, fstat, read to the end.
std::string read_file(const std::string& path) {
  std::string bytes;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return bytes;
  struct stat info {};
  if (::fstat(fd, &info) == 0) bytes.resize(static_cast<std::size_t>(info.st_size) + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == bytes.size()) bytes.resize(std::max<std::size_t>(65536, bytes.size() * 2));
    const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got <= 0) break;
    used += static_cast<std::size_t>(got);
  }
  ::close(fd);
  bytes.resize(used);
  return bytes;
}

// Parses every document of one file; returns how many there were.
std::size_t parse_file(const std::string& path) {
  std::string bytes = read_file(path);
  ViewBuffer buffer(bytes);
  std::istream stream(&buffer);
  NullHandler handler;
  std::size_t documents = 0;
  try {
    YAML::Parser parser(stream);
    long last = -1;
    while (parser.HandleNextDocument(handler)) {
      if (handler.start.pos <= last) break;
      last = handler.start.pos;
      ++documents;
    }
  } catch (const YAML::Exception&) {
    // A syntax error ends the file, as it does for msklint.
  }
  return documents;
}

// Named files, and every *.yaml / *.yml under named directories, sorted.
std::vector<std::string> find_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (!fs::is_directory(path)) {
      files.push_back(fs::path(path).lexically_normal().string());
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      const auto extension = entry.path().extension();
      if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
        files.push_back(entry.path().lexically_normal().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned jobs = 0;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--jobs" || arg == "-j") && i + 1 < argc) {
      jobs = static_cast<unsigned>(std::atoi(argv[++i]));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: yaml_floor [--jobs N] PATH...\n");
    return 2;
  }
  const std::vector<std::string> files = find_files(paths);
  // The same sharing-out as msklint's lint_all: one shared counter.
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::clamp<std::size_t>(files.size(), 1, jobs));
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> documents{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) documents += parse_file(files[i]);
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned slot = 1; slot < jobs; ++slot) threads.emplace_back(worker);
    worker();
  }
  std::printf("%zu files, %zu documents parsed\n", files.size(), documents.load());
  return 0;
}
