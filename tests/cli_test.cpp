// Golden tests of the built binary: each folder tests/cli/<case>/ holds
//   args       the command line after `msklint` (run from the repository root)
//   stdout     the expected standard output
//   exit_code  the expected exit code
//   stderr     (optional) the expected standard error
//   stdin      (optional) a file, relative to the repository root, given as standard input
//   env        (optional) VAR=value words set in the environment (e.g. FORCE_COLOR=1)
// The checkout's absolute path is written $PWD in stdout and stderr, and dates
// are judged as on 2026-12-01 (SOURCE_DATE_EPOCH).
// Run with MSKLINT_UPDATE_GOLDEN=1 to rewrite stdout/stderr/exit_code from
// the current binary (then review the diff, as with ruff's snapshots).

#include <doctest/doctest.h>

#include <cstdlib>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "review/picture.h"

#include "test_support.h"

using namespace msklint::testing;
namespace fs = std::filesystem;

namespace {

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r')) text.pop_back();
  return text;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

namespace msklint::testing {

// Runs the binary with `args` (shell words) from the repository root; or,
// when `command` is given, that whole shell command instead.
Run run_msklint(const std::string& args, const std::string& command_line, const std::string& input) {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-cli-{}", ::getpid());
  fs::create_directories(scratch);
  const fs::path out = scratch / "out";
  const fs::path err = scratch / "err";
  const std::string program =
      command_line.empty() ? fmt::format("env -u NO_COLOR '{}' {}", MSKLINT_BINARY, args) : command_line;
  const std::string command = fmt::format("cd '{}' && {} > '{}' 2> '{}' < '{}'", source_dir().string(), program,
                                          out.string(), err.string(), input.empty() ? "/dev/null" : input);
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
    const std::string input = fs::exists(dir / "stdin") ? trim(read_file(dir / "stdin")) : "";
    const std::string env = fs::exists(dir / "env") ? trim(read_file(dir / "env")) : "";
    // Dates are judged as on 2026-12-01 (SOURCE_DATE_EPOCH), so the files hold on any day.
    Run run = run_msklint(
        {}, fmt::format("env -u NO_COLOR SOURCE_DATE_EPOCH=1796083200 {} '{}' {}", env, MSKLINT_BINARY, args), input);
    // The checkout's own path is written $PWD, so golden files hold wherever
    // the project is checked out (CI checks out elsewhere than a developer).
    run.out = replace_all(run.out, source_dir().string(), "$PWD");
    run.err = replace_all(run.err, source_dir().string(), "$PWD");
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

// --- msklint report ---------------------------------------------------------

namespace {

bool have_program(const std::string& name) {
  return std::system(fmt::format("command -v {} > /dev/null 2>&1", name).c_str()) == 0;
}

// Runs a shell command; its exit code and everything it printed.
Run run_shell(const std::string& command) {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-shell-{}", ::getpid());
  fs::create_directories(scratch);
  const int status = std::system(fmt::format("{} > '{}/out' 2>&1", command, scratch.string()).c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read_file(scratch / "out");
  fs::remove_all(scratch);
  return run;
}

// The elements of inline SVG, which libxml2's HTML parser (HTML 4) reports
// as "Tag svg invalid": the only messages a report may draw from it.
bool svg_element(std::string_view name) {
  static const std::set<std::string_view> names = {"svg",     "g",       "title",   "desc",     "path",
                                                   "polygon", "polyline", "ellipse", "circle",  "rect",
                                                   "line",    "text",    "tspan",   "defs",     "marker",
                                                   "use",     "a",       "style",   "linearGradient", "stop"};
  return names.contains(name);
}

// What xmllint --html says about `file`, less the lines about SVG elements
// (each message is three lines: the message, the source line, a caret).
std::vector<std::string> html_parser_errors(const fs::path& file) {
  const Run lint = run_shell(fmt::format("xmllint --html --noout '{}'", file.string()));
  std::vector<std::string> errors;
  std::istringstream lines(lint.out);
  std::string line;
  const std::string marker = "HTML parser error : ";
  while (std::getline(lines, line)) {
    const auto at = line.find(marker);
    if (at == std::string::npos) continue;  // source context and carets
    const std::string message = line.substr(at + marker.size());
    const bool svg_tag = message.starts_with("Tag ") && message.ends_with(" invalid") &&
                         svg_element(std::string_view(message).substr(4, message.size() - 4 - 8));
    if (!svg_tag) errors.push_back(line);
  }
  if (lint.exit_code != 0) errors.push_back(fmt::format("xmllint --html exited with {}", lint.exit_code));
  return errors;
}

// Anything the page would fetch from outside itself. Pathway text is
// escaped, so every '<' left in the page starts real markup: each tag is
// checked for attributes that load something, and links must stay in the page.
std::vector<std::string> external_references(const std::string& page) {
  std::vector<std::string> found;
  for (const std::string_view banned : {"@import", "url(", "@font-face"}) {
    if (page.find(banned) != std::string::npos) found.emplace_back(banned);
  }
  for (std::size_t open = page.find('<'); open != std::string::npos; open = page.find('<', open + 1)) {
    const std::string tag = page.substr(open, page.find('>', open) - open);
    for (const std::string_view element : {"<script", "<link", "<img", "<iframe", "<object", "<embed", "<image"}) {
      if (tag.starts_with(element)) found.push_back(tag);
    }
    // Attribute names only: an escaped name in a hover title ("&lt;img src=x&gt;") loads nothing.
    std::string names_only;
    bool quoted = false;
    for (const char c : tag) {
      if (c == '"') quoted = !quoted;
      if (!quoted) names_only += c;
    }
    if (names_only.find(" src=") != std::string::npos || names_only.find("xlink:href=") != std::string::npos) {
      found.push_back(tag);
    }
    const auto href = tag.find(" href=");
    if (href != std::string::npos && tag.compare(href + 6, 2, "\"#") != 0) found.push_back(tag);
  }
  return found;
}

}  // namespace

TEST_CASE("report --format html: one self-contained file that parses as HTML and as XML") {
  if (!have_program("xmllint")) {
    MESSAGE("skipped: xmllint is not installed (Debian package libxml2-utils)");
    return;
  }
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-report-{}", ::getpid());
  fs::create_directories(scratch);
  // The examples, and hostile text under a hostile file name: markup, quotes
  // and a control character in names, titles, reasons and targets.
  const fs::path hostile = scratch / "knee <&> \"pain\".yaml";
  write_file(hostile, read_file(source_dir() / "tests/fixtures/report/knee-awkward-text.yaml") +
                          "\n# <script>alert('file')</script>\n");
  const fs::path hostile_names = scratch / "names.yaml";
  write_file(hostile_names, R"(pathway:
  id: x
  title: "</title><script>alert(1)</script> & co"
  owner: "NHS <b>Bold</b> ICB"
  version: "1 ' \" \x7f"
services:
  - {id: gp, name: "<img src=x onerror=alert(1)>", type: general-practice, entry: true, throughput: 10/month}
  - {id: physio, name: "Physio & \"rehab\"", type: physiotherapy, capacity: 5/month}
  - {id: "p<h>ysio", type: physiotherapy}
routes:
  - {from: gp, to: physio, share: 100%}
)");
  for (const std::string& paths : {std::string("examples"), fmt::format("'{}' '{}'", hostile.string(),
                                                                         hostile_names.string())}) {
    CAPTURE(paths);
    const Run run = run_msklint(fmt::format("report --format html --date 2026-01-01 {}", paths));
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    const fs::path page = scratch / "report.html";
    write_file(page, run.out);
    CHECK(html_parser_errors(page) == std::vector<std::string>{});
    const Run as_xml = run_shell(fmt::format("xmllint --noout '{}'", page.string()));
    CHECK_MESSAGE(as_xml.exit_code == 0, as_xml.out);
    CHECK(external_references(run.out) == std::vector<std::string>{});
    CHECK(run.out.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    CHECK(run.out.find("@page { size: A4;") != std::string::npos);
    CHECK(run.out.find("<svg") != std::string::npos);
    CHECK(run.out.find("<?xml") == std::string::npos);
    CHECK(run.out.find("<!DOCTYPE svg") == std::string::npos);
  }
  const Run hostile_run = run_msklint(
      fmt::format("report --format html --date 2026-01-01 '{}' '{}'", hostile.string(), hostile_names.string()));
  const std::string& page = hostile_run.out;
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co") != std::string::npos);
  CHECK(page.find("NHS &lt;b&gt;Bold&lt;/b&gt; ICB") != std::string::npos);
  CHECK(page.find("Physio &amp; &quot;rehab&quot;") != std::string::npos);
  CHECK(page.find("&lt;pain&gt; service&#39;s own &quot;psychologists&quot; &amp; peers") != std::string::npos);
  CHECK(page.find('\x01') == std::string::npos);
  CHECK(page.find('\x7f') == std::string::npos);
  // Markdown escapes the same text so that it reads as written.
  const Run markdown = run_msklint(fmt::format("report --date 2026-01-01 '{}'", hostile_names.string()));
  CHECK(markdown.out.find("\\</title>\\<script>alert(1)\\</script> \\& co") != std::string::npos);
  // Only the picture's Mermaid block, which is code and never HTML, may hold it as written.
  const auto fence = markdown.out.find("```mermaid");
  REQUIRE(fence != std::string::npos);
  const std::string outside_picture =
      markdown.out.substr(0, fence) + markdown.out.substr(markdown.out.find("\n```\n", fence));
  for (auto at = outside_picture.find("<script"); at != std::string::npos; at = outside_picture.find("<script", at + 1)) {
    CHECK(outside_picture[at - 1] == '\\');  // "\<script>" reads as text
  }
  fs::remove_all(scratch);
}

TEST_CASE("report: the date comes from --date, else SOURCE_DATE_EPOCH, else today") {
  const std::string file = "tests/fixtures/report/knee-waived.yaml";
  const Run epoch = run_msklint("", fmt::format("env SOURCE_DATE_EPOCH=1767225600 '{}' report {}", MSKLINT_BINARY, file));
  CHECK(epoch.exit_code == 0);
  CHECK(epoch.out.find("Prepared on 1 January 2026 by msklint") != std::string::npos);
  const Run given = run_msklint(
      "", fmt::format("env SOURCE_DATE_EPOCH=1767225600 '{}' report --date 2025-06-30 {}", MSKLINT_BINARY, file));
  CHECK(given.out.find("Prepared on 30 June 2025 by msklint") != std::string::npos);
  const Run bad = run_msklint("", fmt::format("env SOURCE_DATE_EPOCH=soon '{}' report {}", MSKLINT_BINARY, file));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "msklint: SOURCE_DATE_EPOCH 'soon' is not a number of seconds since 1970\n");
  const Run today = run_msklint("", fmt::format("env -u SOURCE_DATE_EPOCH '{}' report {}", MSKLINT_BINARY, file));
  CHECK(today.exit_code == 0);
  CHECK(today.out.find("Prepared on ") != std::string::npos);
}

TEST_CASE("report --output writes the file whole, and a report is not a gate") {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-report-out-{}", ::getpid());
  fs::create_directories(scratch);
  const fs::path output = scratch / "notes.html";
  // back-pain-linear has errors: the report is still written, exit 0.
  const Run run =
      run_msklint(fmt::format("report --format html --date 2026-01-01 --output '{}' examples/back-pain-linear.yaml",
                              output.string()));
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(read_file(output).ends_with("</html>\n"));
  fs::remove_all(scratch);
}

TEST_CASE("report --format html: contents with working links, page numbers in print, a cue on wide tables") {
  const Run run = run_msklint("report --format html --date 2026-12-01 examples");
  REQUIRE(run.exit_code == 0);
  const std::string& page = run.out;
  // Every link within the page leads somewhere.
  std::set<std::string> ids;
  for (std::size_t at = page.find(" id=\""); at != std::string::npos; at = page.find(" id=\"", at + 1)) {
    ids.insert(page.substr(at + 5, page.find('"', at + 5) - at - 5));
  }
  int links = 0;
  for (std::size_t at = page.find("href=\"#"); at != std::string::npos; at = page.find("href=\"#", at + 1)) {
    const std::string target = page.substr(at + 7, page.find('"', at + 7) - at - 7);
    CAPTURE(target);
    CHECK(ids.contains(target));
    ++links;
  }
  // The contents: the summary, each of the 15 files, the key questions.
  const auto contents = page.find("<div class=\"contents\" role=\"navigation\"");
  REQUIRE(contents != std::string::npos);
  const std::string nav = page.substr(contents, page.find("</ol>", contents) - contents);
  int items = 0;
  for (std::size_t at = nav.find("<li>"); at != std::string::npos; at = nav.find("<li>", at + 1)) ++items;
  CHECK(items == 17);
  CHECK(links >= 2 * 15);
  // Printed pages are numbered "page 2 of 9" (CSS page-margin boxes, which Chromium prints).
  CHECK(page.find("@bottom-right { content: \"page \" counter(page) \" of \" counter(pages);") != std::string::npos);
  // Whole tables are never kept on one page (that left pages mostly blank); rows are.
  CHECK(page.find("table, tr, .rule") == std::string::npos);
  // On a phone, a wide table says it scrolls.
  CHECK(page.find("scroll sideways to see all of it") != std::string::npos);
}

TEST_CASE("report --format html: a pathway too large to lay out is not drawn, and the notes go on") {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-report-large-{}", ::getpid());
  fs::create_directories(scratch);
  std::string yaml = "pathway: {id: large, title: Large}\nservices:\n";
  for (std::size_t i = 0; i <= msklint::max_svg_nodes; ++i) yaml += fmt::format("  - {{id: s{}, type: physiotherapy}}\n", i);
  const fs::path file = scratch / "large.yaml";
  write_file(file, yaml);
  const Run html = run_msklint(fmt::format("report --format html --date 2026-01-01 '{}'", file.string()));
  CHECK(html.exit_code == 0);
  CHECK(html.out.find(fmt::format("<p>Not drawn: the pathway has {} services and 0 routes", msklint::max_svg_nodes + 1)) !=
        std::string::npos);
  CHECK(html.out.find("<h3>Findings by ARMA theme</h3>") != std::string::npos);
  CHECK(html.out.ends_with("</html>\n"));
  const Run svg = run_msklint(fmt::format("graph --format svg '{}'", file.string()));
  CHECK(svg.exit_code == 2);
  CHECK(svg.out.empty());
  CHECK(svg.err.find("an SVG picture is drawn for at most") != std::string::npos);
  fs::remove_all(scratch);
}

TEST_CASE("docs/sample-report and sample-board (.md, .html) are the current output of `msklint report` on the examples") {
  for (const std::string audience : {"team", "board"}) {
  for (const std::string format : {"markdown", "html"}) {
    CAPTURE(audience);
    CAPTURE(format);
    const Run run = run_msklint(
        fmt::format("report --format {} --audience {} --date 2026-12-01 examples", format, audience));
    REQUIRE(run.exit_code == 0);
    const std::string name = audience == "team" ? "sample-report" : "sample-board";
    const auto page = source_dir() / "docs" / (name + (format == "html" ? ".html" : ".md"));
    if (std::getenv("MSKLINT_UPDATE_GOLDEN") != nullptr) write_file(page, run.out);
    CHECK_MESSAGE(read_file(page) == run.out,
                  "the sample notes in docs/ are stale: regenerate them with scripts/render-report.sh, which also "
                  "renders docs/sample-report.png and docs/sample-board.png for the README");
  }
  }
}

TEST_CASE("graph: every example draws in every format, the SVG is well-formed XML and refers to nothing outside") {
  const bool xmllint = have_program("xmllint");
  if (!xmllint) MESSAGE("xmllint is not installed (Debian package libxml2-utils): the SVG is not parsed");
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-graph-{}", ::getpid());
  fs::create_directories(scratch);
  int drawn = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() / "examples")) {
    if (!entry.is_regular_file()) continue;  // a system's folder: its pathways are drawn in the golden files
    const std::string example = "examples/" + entry.path().filename().string();
    for (const std::string format : {"mermaid", "dot", "svg"}) {
      CAPTURE(example);
      CAPTURE(format);
      const Run run = run_msklint(fmt::format("graph --format {} {}", format, example));
      REQUIRE(run.exit_code == 0);
      // Nothing on standard error but, for a picture too large for a page, the note that says so.
      CHECK((run.err.empty() || (run.err.starts_with("msklint: note: ") &&
                                 run.err.find("more than one printed page can show legibly") != std::string::npos &&
                                 run.err.find('\n') == run.err.size() - 1)));
      ++drawn;
      if (format == "mermaid") CHECK(run.out.starts_with("flowchart LR\n"));
      if (format == "dot") CHECK(run.out.find("\ndigraph pathway {\n") != std::string::npos);
      if (format != "svg") continue;
      CHECK(run.out.starts_with("<?xml"));
      CHECK(run.out.ends_with("</svg>\n"));
      CHECK(external_references(run.out) == std::vector<std::string>{});
      if (!xmllint) continue;
      const fs::path picture = scratch / "picture.svg";
      write_file(picture, run.out);
      const Run parsed = run_shell(fmt::format("xmllint --noout --nonet '{}'", picture.string()));
      CHECK_MESSAGE(parsed.exit_code == 0, parsed.out);
    }
  }
  CHECK(drawn >= 3 * 8);
  fs::remove_all(scratch);
}

TEST_CASE("check --fix corrects the file in place, keeping comments and permissions, then reports what is left") {
  const fs::path scratch = fs::temp_directory_path() / fmt::format("msklint-fix-{}", ::getpid());
  fs::create_directories(scratch);
  const fs::path file = scratch / "typos.yaml";
  const std::string original = read_file(source_dir() / "tests/fixtures/fix/typos.yaml");
  write_file(file, original);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

  const Run diff = run_msklint(fmt::format("check --diff '{}'", file.string()));
  CHECK(diff.exit_code == 1);
  CHECK(diff.out.find("-    type: general-practise\n+    type: general-practice\n") != std::string::npos);
  CHECK(diff.err.find("--fix would fix 6 findings in 1 file") != std::string::npos);
  CHECK(read_file(file) == original);  // --diff writes nothing

  const Run fix = run_msklint(fmt::format("check --fix --quiet '{}'", file.string()));
  CHECK(fix.exit_code == 0);  // what is left are warnings and infos
  CHECK(fix.err.find("fixed 6 findings in 1 file") != std::string::npos);
  const std::string now = read_file(file);
  CHECK(now.find("  owner: ICB   # misspelt key") != std::string::npos);
  CHECK(now.find("offers: [red-flag-screening, \"wellbeing-check\"]") != std::string::npos);
  CHECK(now.find("  - {from: gp, to: 'physio'}") != std::string::npos);
  CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(fix.out.find("unknown-key") == std::string::npos);  // the report is of what is left

  const Run again = run_msklint(fmt::format("check --fix --quiet '{}'", file.string()));
  CHECK(again.err.find("fixed") == std::string::npos);
  CHECK(read_file(file) == now);
  fs::remove_all(scratch);
}

TEST_CASE("--fix corrects and a baseline records every finding, also those past --max-findings-per-rule") {
  const ScratchDir dir("fix-past-the-cap");
  // Five services that lead nowhere: five dead-end findings, two shown.
  const fs::path dead = dir.path() / "dead.yaml";
  std::string yaml = "pathway: {id: many, title: Many}\nservices:\n  - {id: gp, type: general-practice, entry: true}\n";
  for (int i = 0; i < 5; ++i) yaml += fmt::format("  - {{id: s{}, type: physiotherapy}}\n", i);
  write_file(dead, yaml + "routes:\n  - {from: gp, to: [s0, s1, s2, s3, s4]}\n");
  const Run shown = run_msklint(fmt::format("check --max-findings-per-rule 2 '{}'", dead.string()));
  CHECK(shown.out.find("... and 3 more dead-end findings in this file") != std::string::npos);

  const fs::path baseline = dir.path() / "baseline.json";
  const Run written = run_msklint(fmt::format("check --max-findings-per-rule 2 --write-baseline '{}' '{}'",
                                              baseline.string(), dead.string()));
  CHECK(written.exit_code == 0);
  const std::string recorded = read_file(baseline);
  CHECK(recorded.find("... and") == std::string::npos);  // the findings themselves, not the count
  for (int i = 0; i < 5; ++i) CHECK(recorded.find(fmt::format("\"subject\": \"s{}\"", i)) != std::string::npos);
  const Run baselined = run_msklint(
      fmt::format("check --max-findings-per-rule 2 --baseline '{}' '{}'", baseline.string(), dead.string()));
  CHECK(baselined.exit_code == 0);
  CHECK(baselined.out.find("dead-end") == std::string::npos);  // all five matched
  CHECK(written.err.find(fmt::format("a baseline of {} findings", 21)) != std::string::npos);
  CHECK(baselined.out.find("(21 in baseline)") != std::string::npos);  // every one counted

  // Five misspelt keys, two shown: --fix corrects all five.
  const fs::path typos = dir.path() / "typos.yaml";
  std::string misspelt = "pathway: {id: many, title: Many}\nservices:\n";
  for (int i = 0; i < 5; ++i) misspelt += fmt::format("  - {{id: s{}, type: physiotherapy, capacty: 10/week}}\n", i);
  write_file(typos, misspelt);
  const Run fix = run_msklint(fmt::format("check --max-findings-per-rule 2 --fix --quiet '{}'", typos.string()));
  CHECK(fix.err.find("fixed 5 findings in 1 file") != std::string::npos);
  CHECK(read_file(typos).find("capacty") == std::string::npos);
}

TEST_CASE("--output past a file-size limit (ulimit -f) is exit 2 with a message, and leaves no temporary file") {
  const ScratchDir dir("output-size-limit");
  for (const std::string command : {"check --format json", "report --format html", "graph --format svg"}) {
    CAPTURE(command);
    const Run run = run_msklint(
        "", fmt::format("(ulimit -f 1; env -u NO_COLOR '{}' {} -o '{}' examples/hip-knee-osteoarthritis.yaml)",
                        MSKLINT_BINARY, command, (dir.path() / "out").string()));
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("File too large") != std::string::npos);
    CHECK(fs::is_empty(dir.path()));  // neither the report nor its temporary file
  }
}

TEST_CASE("check writes the text format a file at a time, in the files' order, whatever the number of jobs") {
  // Each file's findings are written as soon as it and those before it are
  // linted, and the file let go; the report must be the one written whole.
  ScratchDir scratch("check-in-order");
  const std::string shoulder = read_file(source_dir() / "examples/shoulder-pain.yaml");
  const std::string broken = read_file(source_dir() / "examples/back-pain-linear.yaml");
  for (int i = 0; i < 40; ++i) {
    write_file(scratch.path() / fmt::format("pathway-{:02}.yaml", i), i % 3 == 0 ? broken : shoulder);
  }
  const std::string folder = scratch.path().string();
  const Run one_job = run_msklint(fmt::format("check --color never --jobs 1 '{}'", folder));
  const Run two_jobs = run_msklint(fmt::format("check --color never --jobs 2 '{}'", folder));
  CHECK(one_job.exit_code == 1);
  CHECK(two_jobs.exit_code == 1);
  CHECK(two_jobs.out == one_job.out);
  const std::string summary = one_job.out.substr(one_job.out.rfind('\n', one_job.out.size() - 2) + 1);
  CHECK(summary.find(" in 40 files") != std::string::npos);
  std::size_t last = 0;
  for (int i = 0; i < 40; i += 3) {  // the broken ones, in order
    const std::size_t at = one_job.out.find(fmt::format("pathway-{:02}.yaml:", i));
    REQUIRE(at != std::string::npos);
    CHECK(at >= last);
    last = at;
  }

  const fs::path output = scratch.path() / "findings.txt";
  const Run to_file = run_msklint(fmt::format("check --color never --jobs 2 --output '{}' '{}'", output.string(), folder));
  CHECK(to_file.exit_code == 1);
  CHECK(to_file.out.empty());
  CHECK(read_file(output) == one_job.out);
}
