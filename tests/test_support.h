#pragma once

// Helpers shared by the fixture, document and CLI tests.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"
#include "model/pathway.h"

namespace msklint::testing {

std::filesystem::path source_dir();
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& contents);

// A fresh directory under the system's temporary directory, removed with
// everything in it when the object goes.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name = "scratch");
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `contents` to `relative` below it (creating directories); returns the full path.
  std::filesystem::path write(const std::filesystem::path& relative, std::string_view contents) const;

 private:
  std::filesystem::path path_;
};

// A system file with one shared community rehabilitation service,
// `shared-rehab`, that can see 300 a month (its capacity is at 4:66).
extern const char* const shared_rehab_system_yaml;
// A pathway whose orthopaedics treats `treated` a month and sends them all
// to the system's `shared-rehab`.
std::string pathway_using_shared_rehab(const std::string& id, int treated);

// Files below `dir` with the given extension, sorted.
std::vector<std::filesystem::path> files_below(const std::filesystem::path& dir, const std::string& extension);

// A present text value, for building models by hand.
Text present(std::string value);

// Lints YAML text as if it were the file `name`.
FileReport lint_text(const std::string& name, const std::string& yaml);

// Findings of one rule.
std::vector<Finding> of_rule(const FileReport& report, const std::string& rule);

// Every finding, one line each: "line:col rule message" (for failure messages).
std::string describe(const FileReport& report);

// What a report writer (write_json, write_sarif, write_junit, ... or a lambda
// passing options) puts out for `reports`, as a string.
using ReportWriter = std::function<void(std::ostream&, std::span<const FileReport>)>;
std::string rendered(const ReportWriter& write, std::span<const FileReport> reports);

}  // namespace msklint::testing

namespace msklint::testing {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built msklint binary with `args` (shell words) from the
// repository root, with no standard input (or the file `input`, relative to
// the root); captures both outputs. A non-empty `command_line` is run instead
// (to wrap the binary, e.g. in a pty).
Run run_msklint(const std::string& args, const std::string& command_line = {}, const std::string& input = {});

}  // namespace msklint::testing
