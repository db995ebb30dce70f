// Golden tests of the built binary: each folder tests/cli/<case>/ holds
//   args       the command line after `msklint` (run from the repository root)
//   stdout     the expected standard output
//   exit_code  the expected exit code
//   stderr     (optional) the expected standard error
// Run with MSKLINT_UPDATE_GOLDEN=1 to rewrite stdout/stderr/exit_code from
// the current binary (then review the diff, as with ruff's snapshots).

#include <doctest/doctest.h>

#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "test_support.h"

using namespace msklint::testing;
namespace fs = std::filesystem;

namespace {

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r')) text.pop_back();
  return text;
}

}  // namespace

namespace msklint::testing {

// Runs the binary with `args` (shell words) from the repository root; or,
// when `command` is given, that whole shell command instead.
Run run_msklint(const std::string& args, const std::string& command_line) {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-cli-{}", ::getpid());
  fs::create_directories(scratch);
  const fs::path out = scratch / "out";
  const fs::path err = scratch / "err";
  const std::string program =
      command_line.empty() ? fmt::format("env -u NO_COLOR '{}' {}", MSKLINT_BINARY, args) : command_line;
  const std::string command = fmt::format("cd '{}' && {} > '{}' 2> '{}' < /dev/null", source_dir().string(), program,
                                          out.string(), err.string());
  const int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read_file(out);
  run.err = read_file(err);
  fs::remove_all(scratch);
  return run;
}

}  // namespace msklint::testing

TEST_CASE("command-line golden files") {
  const bool update = std::getenv("MSKLINT_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() / "tests" / "cli")) {
    if (!entry.is_directory()) continue;
    ++cases;
    const fs::path dir = entry.path();
    const std::string name = dir.filename().string();
    const std::string args = trim(read_file(dir / "args"));
    CAPTURE(name);
    CAPTURE(args);
    const Run run = run_msklint(args);
    if (update) {
      write_file(dir / "stdout", run.out);
      write_file(dir / "exit_code", std::to_string(run.exit_code) + "\n");
      if (!run.err.empty() || fs::exists(dir / "stderr")) write_file(dir / "stderr", run.err);
      continue;
    }
    CHECK(run.exit_code == std::stoi(read_file(dir / "exit_code")));
    CHECK(run.out == read_file(dir / "stdout"));
    if (fs::exists(dir / "stderr")) CHECK(run.err == read_file(dir / "stderr"));
    // Whatever the input, the binary never dies of a signal or a sanitizer report.
    CHECK(run.err.find("Sanitizer") == std::string::npos);
    CHECK(run.err.find("internal error") == std::string::npos);
  }
  CHECK(cases > 0);
}

TEST_CASE("colour: on a terminal by default, off with NO_COLOR or --color=never") {
  // `script` gives the binary a pseudo-terminal, as a person's shell would.
  const std::string file = "tests/fixtures/rules/dead-end/physio-strands-people.yaml";
  auto on_terminal = [&](const std::string& prefix, const std::string& flags) {
    return run_msklint("", fmt::format("script -qec \"{} '{}' {} {}\" /dev/null", prefix, MSKLINT_BINARY, flags, file));
  };
  const std::string escape = "\x1b[";
  CHECK(on_terminal("env -u NO_COLOR", "").out.find(escape) != std::string::npos);
  CHECK(on_terminal("env NO_COLOR=1", "").out.find(escape) == std::string::npos);
  CHECK(on_terminal("env -u NO_COLOR", "--color=never").out.find(escape) == std::string::npos);
  CHECK(on_terminal("env NO_COLOR=1", "--color=always").out.find(escape) != std::string::npos);
  // Piped output (not a terminal) has no colour unless asked for.
  CHECK(run_msklint(file).out.find(escape) == std::string::npos);
}
