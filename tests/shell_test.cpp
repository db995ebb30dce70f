// The shell completions and the manual page, as the shells and man read them.
// Both are made from the command line's own definition (src/cli/command_table.h).

#include <doctest/doctest.h>

#include <fmt/format.h>

#include "test_support.h"

using namespace msklint::testing;

namespace {

// `msklint completion SHELL` saved in `dir`, as a shell would load it.
std::filesystem::path completion_file(const ScratchDir& dir, const std::string& shell) {
  return dir.write("msklint." + shell, run_msklint("completion " + shell).out);
}

// What bash's completion offers for the words typed so far (the last one is
// the word being completed).
std::string bash_completes(const std::string& words) {
  const ScratchDir dir("bash-completion");
  const auto script = completion_file(dir, "bash");
  const std::string program = fmt::format(
      "source '{}'; COMP_WORDS=({}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _msklint; echo \"${{COMPREPLY[*]}}\"",
      script.string(), words);
  const auto file = dir.write("complete.sh", program);
  return run_msklint({}, fmt::format("bash '{}'", file.string())).out;
}

std::string fish_completes(const std::string& line) {
  const ScratchDir dir("fish-completion");
  const auto script = completion_file(dir, "fish");
  return run_msklint({}, fmt::format("fish --no-config -c \"source '{}'; complete -C '{}'\"", script.string(), line)).out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("bash completion: commands, options of the command typed (check by default), values and rule ids") {
  CHECK(has(bash_completes("msklint chec"), "check"));
  CHECK(has(bash_completes("msklint check --fo"), "--format"));
  CHECK(has(bash_completes("msklint --fail"), "--fail-on"));  // check is the default command
  CHECK(bash_completes("msklint check --format ''") == "text json sarif junit github\n");
  CHECK(bash_completes("msklint report --format ''") == "markdown html\n");
  CHECK(bash_completes("msklint explain dead-") == "dead-end\n");
  CHECK(bash_completes("msklint completion ''") == "bash zsh fish\n");
  CHECK(has(bash_completes("msklint new x --cond"), "--condition"));
  CHECK_FALSE(has(bash_completes("msklint rules --fo"), "--fail-on"));
  CHECK(has(bash_completes("msklint check tests/fixtures/ci/te"), "tests/fixtures/ci/team"));
}

TEST_CASE("fish completion: the same, as fish offers it") {
  CHECK(has(fish_completes("msklint chec"), "check\t"));
  CHECK(has(fish_completes("msklint check --fo"), "--format\t"));
  CHECK(has(fish_completes("msklint --fail"), "--fail-on\t"));
  CHECK(has(fish_completes("msklint check --format "), "sarif"));
  CHECK(has(fish_completes("msklint explain dead-"), "dead-end"));
}

TEST_CASE("zsh completion: a valid #compdef script with each command's options and values") {
  const ScratchDir dir("zsh-completion");
  const auto script = completion_file(dir, "zsh");
  const Run checked = run_msklint({}, fmt::format("zsh -n '{}'", script.string()));
  CHECK(checked.exit_code == 0);
  CHECK(checked.err == "");
  const std::string text = read_file(script);
  CHECK(text.starts_with("#compdef msklint\n"));
  CHECK(has(text, "'--format[Output format: text, json, sarif, junit or github]:WORD:(text json sarif junit github)'"));
  CHECK(has(text, "'(-o --output){-o,--output}["));
  CHECK(has(text, "'1:rule:(bmi-threshold "));
}

TEST_CASE("the manual page: every command and option, and roff that man reads without warnings") {
  const ScratchDir dir("manual");
  const auto page = dir.write("msklint.1", run_msklint("manual").out);
  const Run groff = run_msklint({}, fmt::format("groff -man -ww -z '{}'", page.string()));
  CHECK(groff.exit_code == 0);
  CHECK(groff.err == "");
  const std::string text = read_file(page);
  for (const char* part : {".TH MSKLINT 1", "msklint check [OPTIONS] [paths]", "\\-\\-stdin\\-filename", "\\-\\-exit\\-zero",
                           "\\-\\-statistics", "\\-\\-no\\-ignore", "msklint new", "msklint completion", ".SH EXIT STATUS",
                           "FORCE_COLOR", ".SH FILES"}) {
    CAPTURE(part);
    CHECK(has(text, part));
  }
  CHECK_FALSE(has(text, "msklint manual"));  // the hidden command that writes it is not documented as one
}

TEST_CASE("cmake --install puts the binary, the manual page and the completions where Debian looks") {
  const ScratchDir prefix("install");
  const std::string build_dir = std::filesystem::path(MSKLINT_BINARY).parent_path().string();
  const Run installed = run_msklint({}, fmt::format("cmake --install '{}' --prefix '{}'", build_dir, prefix.path().string()));
  REQUIRE(installed.exit_code == 0);
  for (const char* file : {"bin/msklint", "share/man/man1/msklint.1", "share/bash-completion/completions/msklint",
                           "share/zsh/vendor-completions/_msklint", "share/fish/vendor_completions.d/msklint.fish"}) {
    CAPTURE(file);
    CHECK(std::filesystem::exists(prefix.path() / file));
  }
  const Run version = run_msklint({}, fmt::format("'{}' --version", (prefix.path() / "bin/msklint").string()));
  CHECK(has(version.out, "msklint "));
}
