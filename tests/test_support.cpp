#include "test_support.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace msklint::testing {

std::filesystem::path source_dir() { return MSKLINT_SOURCE_DIR; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const std::filesystem::path& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

ScratchDir::ScratchDir(const std::string& name) {
  static std::atomic<int> count{0};
  path_ = std::filesystem::temp_directory_path() / fmt::format("msklint-{}-{}-{}", name, ::getpid(), count++);
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code error;
  std::filesystem::remove_all(path_, error);
}

std::filesystem::path ScratchDir::write(const std::filesystem::path& relative, std::string_view contents) const {
  const std::filesystem::path file = path_ / relative;
  std::filesystem::create_directories(file.parent_path());
  write_file(file, std::string(contents));
  return file;
}

const char* const shared_rehab_system_yaml = R"(# A system file may start with comments.
system: {id: test-icb, title: Test ICB}
services:
  - {id: shared-rehab, type: community-rehabilitation, capacity: 300/month}
)";

std::string pathway_using_shared_rehab(const std::string& id, int treated) {
  return "pathway: {id: " + id + ", title: " + id + "}\n" +
         "services:\n"
         "  - {id: gp, type: general-practice, entry: true}\n"
         "  - {id: ortho, type: orthopaedics, throughput: " + std::to_string(treated) + "/month}\n"
         "  - uses: shared-rehab\n"
         "  - {id: discharge, type: discharge}\n"
         "routes:\n"
         "  - {from: gp, to: ortho}\n"
         "  - {from: ortho, to: shared-rehab, share: 100%}\n"
         "  - {from: shared-rehab, to: discharge}\n";
}

std::vector<std::filesystem::path> files_below(const std::filesystem::path& dir, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Text present(std::string value) {
  Text text;
  text.value = std::move(value);
  text.present = true;
  return text;
}

FileReport lint_text(const std::string& name, const std::string& yaml) { return lint_bytes(name, yaml, Limits{}); }

std::vector<Finding> of_rule(const FileReport& report, const std::string& rule) {
  std::vector<Finding> found;
  std::copy_if(report.findings.begin(), report.findings.end(), std::back_inserter(found),
               [&](const Finding& finding) { return finding.rule == rule; });
  return found;
}

std::string describe(const FileReport& report) {
  std::string text;
  for (const auto& finding : report.findings) {
    text += fmt::format("  {}:{} {} {}\n", finding.at.line, finding.at.column, finding.rule, finding.message);
  }
  return text.empty() ? "  (no findings)\n" : text;
}

std::string rendered(const ReportWriter& write, std::span<const FileReport> reports) {
  std::ostringstream out;
  write(out, reports);
  return out.str();
}

}  // namespace msklint::testing
