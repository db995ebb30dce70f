// Hostile files: each must end quickly with a clear finding, never a crash,
// a hang or unbounded memory. Big files are generated here, not committed.
// (ctest's timeout is the backstop; speed itself is measured in bench/.)

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fuzz/pipeline.h"
#include "report/report.h"

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

TEST_CASE("findings of one rule in one file stop at the cap, with one more that counts the rest") {
  std::string yaml = "pathway: {id: dup, title: Dup}\nservices:\n  - id: gp\n    type: general-practice\n";
  for (int i = 0; i < 500; ++i) yaml += fmt::format("    entry: {}\n", i % 2 == 0 ? "true" : "false");
  const auto count = [](const FileReport& report, std::string_view rule) {
    return std::count_if(report.findings.begin(), report.findings.end(),
                         [&](const Finding& finding) { return finding.rule == rule; });
  };
  Limits limits;
  limits.max_findings_per_rule = 100;
  const FileReport capped = lint_bytes("dup.yaml", yaml, limits);
  REQUIRE(count(capped, "duplicate-key") == 101);
  const auto more = std::find_if(capped.findings.begin(), capped.findings.end(), [](const Finding& finding) {
    return finding.rule == "duplicate-key" && finding.message.starts_with("... and 399 more duplicate-key findings");
  });
  REQUIRE(more != capped.findings.end());
  CHECK(more->at.line == 106);  // the first left out: the 101st repeat of 'entry' (line 5 is the first)
  CHECK(more->severity.has_value());
  // Other rules keep their own findings.
  CHECK(count(capped, "dead-end") == count(lint_bytes("dup.yaml", yaml, Limits{}), "dead-end"));
  limits.max_findings_per_rule = 0;
  CHECK(count(lint_bytes("dup.yaml", yaml, limits), "duplicate-key") == 499);
}

TEST_CASE("past the cap a rule still makes the findings its waivers name, so no waiver is reported unused") {
  std::string yaml = "pathway: {id: ends, title: Dead ends}\nservices:\n";
  for (int i = 0; i < 150; ++i) {
    yaml += fmt::format("  - {{id: s{}, type: physiotherapy, entry: true{}}}\n", i,
                        i == 140 ? ", waive: {dead-end: \"discharged by the hospital team, recorded elsewhere\"}" : "");
  }
  const auto count = [](const Findings& findings, std::string_view rule) {
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
  };
  Limits limits;
  limits.max_findings_per_rule = 100;
  const FileReport capped = lint_bytes("ends.yaml", yaml, limits);
  CHECK(count(capped.findings, "dead-end") == 101);
  CHECK(count(capped.findings, "unused-waiver") == 0);
  REQUIRE(count(capped.suppressed, "dead-end") == 1);
  CHECK(capped.suppressed.front().subject == "s140");
  const auto more = std::find_if(capped.findings.begin(), capped.findings.end(),
                                 [](const Finding& f) { return f.message.starts_with("... and"); });
  REQUIRE(more != capped.findings.end());
  CHECK(more->message.starts_with("... and 49 more dead-end findings"));  // 150, one waived, 100 shown
  CHECK(more->at.line == 103);  // s100, the first left out
  limits.max_findings_per_rule = 0;
  CHECK(count(lint_bytes("ends.yaml", yaml, limits).findings, "dead-end") == 149);
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
  Limits every_finding;
  every_finding.max_findings_per_rule = 0;
  const FileReport report = lint_bytes("wide.yaml", yaml, every_finding);
  CHECK(report.findings.size() == 100001);  // every key unknown, and one for the missing pathway and services
  // Shown by default: the first 100 unknown keys, one finding counting the other 99,900, and the other one.
  const FileReport shown = lint_text("wide.yaml", yaml);
  CHECK(shown.findings.size() == 102);
}

// ---------------------------------------------------------------------------
// Hardening (docs/hardening.md): inputs the fuzzer found, every limit's
// option, and awkward things the operating system can hand msklint.

namespace {

// The fuzzer's limits (fuzz/fuzz_pipeline.cpp), so a finding reproduces.
// Every output format, as the fuzzer renders them; none may throw. Returns
// how many wrote something.
int render_every_format(const FileReport& report) {
  int written = 0;
  for (const fuzzing::Renderer& renderer : fuzzing::renderers) {
    CAPTURE(renderer.name);
    std::ostringstream out;
    CHECK_NOTHROW(renderer.write(out, std::span(&report, 1)));
    if (renderer.for_people) CHECK(fuzzing::first_raw_control(out.str()) == std::string::npos);
    if (!out.str().empty()) ++written;
  }
  return written;
}


// The binary under a hard kill at 20 s: a hang shows as exit 137, not as a
// stuck test.
Run run_bounded(const std::string& args) {
  return run_msklint({}, fmt::format("env -u NO_COLOR timeout -s KILL 20 '{}' {}", MSKLINT_BINARY, args));
}

std::vector<nlohmann::json> findings_of(const Run& run) {
  std::vector<nlohmann::json> findings;
  const auto document = nlohmann::json::parse(run.out, nullptr, false);
  if (document.is_discarded()) return findings;
  for (const auto& file : document["files"]) {
    for (const auto& finding : file["findings"]) findings.push_back(finding);
  }
  return findings;
}

// The first finding of `rule`, copied (the list is often a temporary).
std::optional<nlohmann::json> find_rule(const std::vector<nlohmann::json>& findings, std::string_view rule) {
  for (const auto& finding : findings) {
    if (finding["rule"] == rule) return finding;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("inputs the fuzzer found end with findings in every format") {
  // Each file in tests/fixtures/regressions/ once crashed, hung or tripped a
  // sanitizer; its README.md says what each one triggered.
  const fs::path dir = source_dir() / "tests" / "fixtures" / "regressions";
  int inputs = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    ++inputs;
    const std::string bytes = read_file(entry.path());
    CAPTURE(entry.path().filename().string());
    for (const Limits& limits : {fuzzing::fuzz_limits(), Limits{}}) {
      FileReport report;
      REQUIRE_NOTHROW(report = lint_bytes(entry.path().filename().string(), bytes, limits));
      CHECK(report.findings.size() + report.suppressed.size() > 0);
      render_every_format(report);
    }
  }
  MESSAGE(inputs << " regression inputs");
}

TEST_CASE("the examples and report fixtures go through the fuzzer's pipeline, every format writing") {
  // What the fuzzer does to each input, on pathways that can be read: so a
  // format that throws or writes nothing fails here, not only under fuzzing.
  int inputs = 0;
  for (const fs::path& dir : {source_dir() / "examples", source_dir() / "tests" / "fixtures" / "report"}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;  // a system's folder
      ++inputs;
      CAPTURE(entry.path().string());
      const FileReport report = lint_bytes(entry.path().filename().string(), read_file(entry.path()),
                                           fuzzing::fuzz_limits());
      REQUIRE(report.pathway != nullptr);
      // Only GitHub annotations have nothing to say about a clean file.
      const auto silent_on_clean = report.findings.empty() ? 1 : 0;
      CHECK(render_every_format(report) == static_cast<int>(std::size(fuzzing::renderers)) - silent_on_clean);
    }
  }
  CHECK(inputs >= 10);
}

// Control characters a terminal or a CI log would obey, in every place a
// pathway can hold text: ids, names, criteria, a key, a comment, a plain line.
std::string pathway_with_controls() {
  const std::string esc = "\x1b[31mRED\x1b[0m \x1b]0;pwned\a \x1b[2J";
  const std::string forged = "\n::error file=evil.yaml,line=1::INJECTED\r\n";
  const std::string bidi = "\xE2\x80\xAEtxt.yaml \xE2\x81\xA6x\xE2\x81\xA9 \xC2\x9B" "2J";
  return fmt::format(
      "pathway:\n"
      "  id: evil\n"
      "  title: \"T\\e]0;pwned\\a {0} {1}\"\n"
      "  condition: \"{1}\"  # {0}\n"
      "services:\n"
      "  - id: gp\n"
      "    type: general-practice\n"
      "    name: \"G{0}P\"\n"
      "    entry: true\n"
      "    criteria: \"{2} BMI under 35\\n::warning::x\"\n"
      "  - id: \"physio\\e[2J\"\n"
      "    type: \"physio{1}\"\n"
      "    {1}: x\n"
      "routes:\n"
      "  - from: gp\n"
      "    to: \"x\\e[2J{3}\"\n"
      "  - from: gp\n"
      "    to: \"{1}\"\n",
      esc, bidi, "\x07\x08\x7f", "\\n::error file=evil.yaml,line=1::INJECTED\\r\\n") + forged;
}

TEST_CASE("control characters from a pathway are shown escaped in every output for people") {
  const FileReport report = lint_bytes("evil.yaml", pathway_with_controls(), Limits{});
  CHECK(report.findings.size() > 3);
  CHECK(render_every_format(report) == static_cast<int>(std::size(fuzzing::renderers)));

  // And end to end, as a terminal and a CI log would receive it.
  ScratchDir dir("controls");
  write_file(dir.path() / "evil.yaml", pathway_with_controls());
  for (const std::string format : {"text", "github"}) {
    for (const std::string colour : {"never", "always"}) {
      const Run run = run_bounded(fmt::format("check --format {} --color {} '{}'", format, colour,
                                              (dir.path() / "evil.yaml").string()));
      CAPTURE(format);
      CHECK(run.exit_code == 1);
      CHECK(fuzzing::first_raw_control(run.out) == std::string::npos);
      CHECK(run.out.find("U+202E") != std::string::npos);
      if (format == "text") CHECK(run.out.find("\\e[31mRED") != std::string::npos);
      // No line of its own that a GitHub Actions log would read as a command.
      CHECK(run.out.find("\n::error file=evil.yaml") == std::string::npos);
    }
  }
  // The pathway's name on the command line and in messages on standard error.
  write_file(dir.path() / "e\x1b[2Jvil.yaml", "pathway: [");
  const Run named = run_bounded(fmt::format("check --color never '{}' '{}'", (dir.path() / "e\x1b[2Jvil.yaml").string(),
                                            (dir.path() / "missing\x1b]0;x\a").string()));
  CHECK(named.exit_code == 1);
  CHECK(fuzzing::first_raw_control(named.out) == std::string::npos);
  CHECK(fuzzing::first_raw_control(named.err) == std::string::npos);
  CHECK(named.out.find("e\\e[2Jvil.yaml") != std::string::npos);
}

TEST_CASE("standard input is read up to the size limit, like a file") {
  // An endless stream: only the limit plus one byte is read.
  const Run endless = run_msklint(
      // sh -c: the harness's own "< /dev/null" then applies to sh, not to msklint's end of the pipe.
      {}, fmt::format("sh -c \"head -c 50000000 /dev/zero | timeout -s KILL 20 '{}' check --max-file-size 1000 "
                      "--format json --stdin-filename pathways/endless.yaml -\"",
                      MSKLINT_BINARY));
  CHECK(endless.exit_code == 1);
  const auto limit = find_rule(findings_of(endless), "limit-exceeded");
  REQUIRE(limit.has_value());
  CHECK((*limit)["file"] == "pathways/endless.yaml");
  // Nothing at all (run_msklint's standard input is /dev/null) is an empty file.
  const Run empty = run_bounded("check --format json -");
  CHECK(empty.exit_code == 1);
  CHECK(find_rule(findings_of(empty), "empty-file").has_value());
}

TEST_CASE("every limit has an option, and passing it is a finding with exit 1") {
  const TempFile file(
      "pathway: {id: limits, title: Limits}\n"
      "services:\n"
      "  - {id: gp, type: &gp general-practice, entry: true}\n"
      "  - {id: gp2, type: *gp, entry: true}\n"
      "  - {id: gp3, type: *gp}\n"
      "routes:\n"
      "  - {from: gp, to: gp2}\n"
      "  - {from: gp2, to: gp3}\n",
      "limits.yaml");
  struct Case {
    std::string option;
    std::string says;  // part of the finding's message
    bool located;      // the finding points at a line
  };
  for (const Case& test : {Case{"--max-file-size 64", "larger than 64 bytes", false},
                           Case{"--max-depth 2", "more than 2 levels", true},
                           Case{"--max-alias-uses 1", "more than 1 values", true},
                           Case{"--max-services 2", "more than 2 service entries", true},
                           Case{"--max-routes 1", "more than 1 route entries", true}}) {
    CAPTURE(test.option);
    const Run run = run_bounded(fmt::format("check --format json {} '{}'", test.option, file.path.string()));
    CHECK(run.exit_code == 1);
    CHECK(run.err.empty());
    const auto findings = findings_of(run);
    const auto limit = find_rule(findings, "limit-exceeded");
    REQUIRE(limit.has_value());
    CHECK((*limit)["message"].get<std::string>().find(test.says) != std::string::npos);
    CHECK((*limit)["line"].is_number() == test.located);
  }
  // The defaults leave this small file alone.
  const Run run = run_bounded(fmt::format("check --format json '{}'", file.path.string()));
  CHECK(run.err.empty());
  CHECK_FALSE(find_rule(findings_of(run), "limit-exceeded").has_value());

  // The cap on findings per rule is an option too; past it, one finding counts the rest.
  const TempFile repeated("pathway: {id: dup, title: Dup}\nservices:\n  - id: gp\n    type: general-practice\n"
                          "    entry: true\n    entry: true\n    entry: true\n    entry: true\n",
                          "repeated.yaml");
  const Run capped = run_bounded(fmt::format("check --format json --max-findings-per-rule 1 '{}'", repeated.path.string()));
  CHECK(capped.exit_code == 1);
  const auto findings = findings_of(capped);
  CHECK(std::count_if(findings.begin(), findings.end(), [](const nlohmann::json& f) { return f["rule"] == "duplicate-key"; }) == 2);
  const auto more = std::find_if(findings.begin(), findings.end(), [](const nlohmann::json& f) {
    return f["message"].get<std::string>().starts_with("... and 2 more duplicate-key findings");
  });
  CHECK(more != findings.end());
}

TEST_CASE("a named FIFO with nobody writing ends at once with a finding") {
  // Opening a FIFO for reading waits for a writer; msklint must not.
  const ScratchDir dir("fifo-idle");
  const fs::path fifo = dir.path() / "idle.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const Run run = run_bounded(fmt::format("check --format json '{}'", fifo.string()));
  CHECK(run.exit_code == 1);  // 137: killed after hanging
  CHECK(run.err.empty());
  CHECK_FALSE(findings_of(run).empty());
}

TEST_CASE("a FIFO that never ends is read only up to the size limit") {
  const ScratchDir dir("fifo-endless");
  const fs::path fifo = dir.path() / "endless.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // O_RDWR opens at once on Linux: the writer is there before msklint is.
  const int fd = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
  REQUIRE(fd >= 0);
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    const std::string line = "key: value\n";
    while (!stop) {
      if (::write(fd, line.data(), line.size()) < 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  const Run run = run_bounded(fmt::format("check --format json --max-file-size 100000 '{}'", fifo.string()));
  stop = true;
  writer.join();
  ::close(fd);
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  const auto limit = find_rule(findings_of(run), "limit-exceeded");
  REQUIRE(limit.has_value());
  CHECK((*limit)["file"] == fifo.string());
}

TEST_CASE("/dev/zero named on the command line is refused at the size limit") {
  const Run run = run_bounded("check --format json /dev/zero");
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  const auto findings = findings_of(run);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0]["rule"] == "limit-exceeded");
  CHECK(findings[0]["file"] == "/dev/zero");
}

TEST_CASE("a file that grows while it is read is read as a bounded prefix") {
  const ScratchDir dir("growing");
  const fs::path path = dir.path() / "growing.yaml";
  write_file(path, "pathway: {id: growing, title: Growing}\nservices: []\nnotes:\n");
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    std::ofstream out(path, std::ios::app | std::ios::binary);
    // At most 64 MiB, so a stuck run cannot fill the disk.
    for (int i = 0; i < 1024 * 1024 && !stop; ++i) out << "  - \"a line that keeps the file growing\"\n" << std::flush;
  });
  const Run run = run_bounded(fmt::format("check --format json --max-file-size 1000000 '{}'", path.string()));
  stop = true;
  writer.join();
  CHECK(run.exit_code == 1);  // the prefix read has findings, or is over the limit
  CHECK(run.err.empty());
  CHECK_FALSE(findings_of(run).empty());
}

TEST_CASE("symbolic link loops are a finding when named and never followed in a directory") {
  const ScratchDir dir("links");
  fs::create_symlink("loop.yaml", dir.path() / "loop.yaml");      // a link to itself
  fs::create_directory_symlink(".", dir.path() / "again");        // a directory containing itself
  write_file(dir.path() / "real.yaml", "pathway: {id: real, title: Real}\nservices: []\n");

  const Run named = run_bounded(fmt::format("check --format json '{}'", (dir.path() / "loop.yaml").string()));
  CHECK(named.exit_code == 1);
  CHECK(named.err.empty());
  const auto unreadable = find_rule(findings_of(named), "unreadable-file");
  REQUIRE(unreadable.has_value());
  CHECK((*unreadable)["message"].get<std::string>().find("symbolic links") != std::string::npos);

  const Run searched = run_bounded(fmt::format("check --format json '{}'", dir.path().string()));
  CHECK(searched.exit_code == 1);
  CHECK(searched.err.empty());
  const auto document = nlohmann::json::parse(searched.out, nullptr, false);
  REQUIRE(document.is_object());
  REQUIRE(document["files"].size() == 1);  // real.yaml only: the loops are not followed
  CHECK(document["files"][0]["path"].get<std::string>().ends_with("real.yaml"));
}

// Runs msklint as an ordinary user (nobody) when the tests run as root, who
// can read anything: permissions are then tested as a user meets them.
Run run_as_user(const std::string& args) {
  const std::string user = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  return run_msklint({}, fmt::format("env -u NO_COLOR timeout -s KILL 20 {}'{}' {}", user, MSKLINT_BINARY, args));
}

TEST_CASE("a file without read permission is a finding, not a crash") {
  const ScratchDir dir("no-permission");
  fs::permissions(dir.path(), fs::perms::all);  // others may enter, when the file is read as nobody
  const fs::path file = dir.write("no-permission.yaml", "pathway: {id: secret, title: Secret}\n");
  fs::permissions(file, fs::perms::none);
  const Run run = run_as_user(fmt::format("check --format json '{}'", file.string()));
  CHECK(run.exit_code == 1);
  CHECK(run.err.empty());
  const auto unreadable = find_rule(findings_of(run), "unreadable-file");
  REQUIRE(unreadable.has_value());
  CHECK((*unreadable)["message"].get<std::string>().find("Permission denied") != std::string::npos);
}

TEST_CASE("a folder msklint cannot read is a finding, never a silent pass, and naming one says so") {
  const ScratchDir dir("no-permission-folder");
  fs::permissions(dir.path(), fs::perms::all);
  dir.write("pathways/knee.yaml", read_file(source_dir() / "tests/fixtures/rules/dead-end/loop-is-not-a-dead-end.yaml"));
  dir.write("pathways/locked/hip.yaml", "pathway: {id: hip, title: Hip}\n");
  fs::permissions(dir.path() / "pathways", fs::perms::all);
  fs::permissions(dir.path() / "pathways" / "locked", fs::perms::none);
  const Run run = run_as_user(fmt::format("check --format json '{}'", (dir.path() / "pathways").string()));
  CHECK(run.exit_code == 1);
  const auto unreadable = find_rule(findings_of(run), "unreadable-file");
  REQUIRE(unreadable.has_value());
  CHECK((*unreadable)["message"].get<std::string>().find("Permission denied") != std::string::npos);
  const Run named = run_as_user(fmt::format("check '{}'", (dir.path() / "pathways" / "locked").string()));
  CHECK(named.exit_code == 2);
  CHECK(named.err.find("permission denied") != std::string::npos);
  CHECK(named.err.find("no pathway files") == std::string::npos);
  fs::permissions(dir.path() / "pathways" / "locked", fs::perms::all);  // so it can be removed
}
