// Hostile files: each must end quickly with a clear finding, never a crash,
// a hang or unbounded memory. Big files are generated here, not committed.
// (ctest's timeout is the backstop; speed itself is measured in bench/.)

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sys/stat.h>

#include <fmt/format.h>

#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;
namespace fs = std::filesystem;

namespace {

bool has_rule(const FileReport& report, std::string_view rule) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const Finding& finding) { return finding.rule == rule; });
}

struct TempFile {
  fs::path path;
  explicit TempFile(const std::string& contents, std::string name = "hostile.yaml") {
    path = fs::temp_directory_path() / fmt::format("msklint-{}-{}", ::getpid(), name);
    write_file(path, contents);
  }
  ~TempFile() { fs::remove(path); }
};

}  // namespace

TEST_CASE("100,000 levels of nesting stop at the depth limit") {
  for (const std::string& text : {std::string(100000, '[') + std::string(100000, ']'),
                                  std::string(100000, '['),
                                  [] {
                                    std::string s;
                                    for (int i = 0; i < 100000; ++i) s += "{a: ";
                                    return s;
                                  }(),
                                  [] {
                                    std::string s;
                                    for (int i = 0; i < 100000; ++i) s += "- ";
                                    return s + "x\n";
                                  }()}) {
    const FileReport report = lint_text("deep.yaml", text);
    CAPTURE(text.substr(0, 20));
    CHECK(has_rule(report, "limit-exceeded"));
    REQUIRE_FALSE(report.findings.empty());
    CHECK(report.findings.front().at.known());
  }
}

TEST_CASE("an alias bomb is read without expanding it") {
  // Nine levels of ten aliases each would be 10^9 values if expanded.
  std::string yaml = "pathway: {id: bomb, title: Bomb}\nx0: &x0 [general-practice, general-practice]\n";
  for (int level = 1; level < 10; ++level) {
    yaml += fmt::format("x{}: &x{} [", level, level);
    for (int k = 0; k < 10; ++k) yaml += fmt::format("{}*x{}", k ? ", " : "", level - 1);
    yaml += "]\n";
  }
  yaml += "services: *x9\n";
  const FileReport report = lint_text("bomb.yaml", yaml);
  CHECK(has_rule(report, "unknown-key"));
  CHECK(has_rule(report, "schema"));
  CHECK(report.findings.size() < 100);
}

TEST_CASE("aliases used as services stop at the alias limit") {
  std::string yaml = "pathway: {id: many, title: Many}\nservices:\n  - &s {id: gp, type: general-practice, entry: true}\n";
  for (int i = 0; i < 20000; ++i) yaml += "  - *s\n";
  const FileReport report = lint_text("aliases.yaml", yaml);
  CHECK(has_rule(report, "limit-exceeded"));
  CHECK(has_rule(report, "duplicate-id"));
}

TEST_CASE("a 100 MB file is refused after reading only the limit") {
  const TempFile big(std::string(100u * 1024 * 1024, '#'), "big.yaml");
  const FileReport report = lint_file(big.path.string(), {});
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].rule == "limit-exceeded");
  CHECK(report.findings[0].message.find("larger than") != std::string::npos);
  CHECK(report.source.bytes().empty());
}

TEST_CASE("binary garbage is a finding, with or without NUL bytes") {
  std::mt19937 random(20261122);
  for (int round = 0; round < 20; ++round) {
    std::string bytes(4096 + round * 1000, '\0');
    for (auto& byte : bytes) byte = static_cast<char>(random() & 0xFF);
    if (round % 2 == 1) std::replace(bytes.begin(), bytes.end(), '\0', 'x');
    const FileReport report = lint_text("garbage.yaml", bytes);
    CAPTURE(round);
    CHECK_FALSE(report.findings.empty());
    CHECK(has_rule(report, "encoding"));
  }
}

TEST_CASE("a huge mapping with repeated keys is bounded") {
  std::string yaml = "pathway: {id: dup, title: Dup}\nservices: []\n";
  for (int i = 0; i < 50000; ++i) yaml += fmt::format("k{}: 1\nk{}: 2\n", i % 100, i % 100);
  const FileReport report = lint_text("dup.yaml", yaml);
  CHECK(has_rule(report, "duplicate-key"));
}

TEST_CASE("one enormous line is read") {
  const std::string yaml = "pathway: {id: long, title: \"" + std::string(8u * 1024 * 1024, 'a') +
                           "\"}\nservices:\n  - {id: gp, type: general-practice, entry: true}\n";
  const FileReport report = lint_text("long.yaml", yaml);
  // Read in full: only findings about the pathway, none about the file.
  for (const char* rule : {"yaml-syntax", "limit-exceeded", "schema", "encoding"}) CHECK_FALSE(has_rule(report, rule));
  CHECK(has_rule(report, "dead-end"));
}

TEST_CASE("linting never changes the file, even a read-only one") {
  const std::string yaml = "pathway: {id: ro, title: RO}\nservices:\n  - {id: gp, type: general-practice, entry: true}\n";
  const TempFile file(yaml, "readonly.yaml");
  fs::permissions(file.path, fs::perms::owner_read);
  struct stat before {};
  ::stat(file.path.c_str(), &before);
  const FileReport report = lint_file(file.path.string(), {});
  struct stat after {};
  ::stat(file.path.c_str(), &after);
  CHECK(read_file(file.path) == yaml);
  CHECK(before.st_mtim.tv_sec == after.st_mtim.tv_sec);
  CHECK(before.st_mtim.tv_nsec == after.st_mtim.tv_nsec);
  CHECK(before.st_mode == after.st_mode);
  CHECK_FALSE(report.findings.empty());
}

TEST_CASE("the binary survives hostile files end to end") {
  const TempFile deep(std::string(100000, '['), "deep-cli.yaml");
  const Run run = run_msklint(fmt::format("check --format json '{}'", deep.path.string()));
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("limit-exceeded") != std::string::npos);
  CHECK(run.err.empty());
}

TEST_CASE("a mapping with 100,000 different keys is read in linear time") {
  // Quadratic key bookkeeping once made this take minutes; ctest's timeout
  // catches a return of that.
  std::string yaml;
  for (int i = 0; i < 100000; ++i) yaml += fmt::format("k{}: {}\n", i, i);
  const FileReport report = lint_text("wide.yaml", yaml);
  CHECK(report.findings.size() == 100001);  // every key unknown, and one for the missing pathway and services
}
