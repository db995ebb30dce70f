// `--format junit`: JUnit XML, which GitLab (artifacts:reports:junit) and
// Jenkins (the junit step) show as test results. Each file is a test suite;
// each rule and subject with findings is a test case, so the same problem
// keeps the same test name from run to run. A case fails only when a finding
// is at or above the file's failure level (--fail-on), as the exit code does;
// findings below it pass, with their text as output. Paths are the
// repository's ('pathways/knee.yaml'), never absolute. No timestamps or
// times: the same files give the same document.

#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "report/report.h"
#include "rules/rule_docs.h"
#include "util/paths.h"
#include "util/utf8.h"

namespace msklint {

namespace {

// The characters XML 1.0 allows in a document.
bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// `text` escaped for XML 1.0. Findings quote the pathway's own text, so
// anything XML cannot hold (control characters, broken UTF-8) becomes U+FFFD.
// In attributes, tabs and line breaks are written as references, which
// attribute normalisation would otherwise turn into spaces.
std::string escape(std::string_view text, bool attribute) {
  std::string escaped;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (!xml_char(c) || c == 0xFFFD) {  // U+FFFD also stands for malformed bytes
      escaped += "\xEF\xBF\xBD";
      continue;
    }
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += attribute ? "&quot;" : "\""; break;
      case '\'': escaped += attribute ? "&apos;" : "'"; break;
      case '\t': escaped += attribute ? "&#9;" : "\t"; break;
      case '\n': escaped += attribute ? "&#10;" : "\n"; break;
      case '\r': escaped += "&#13;"; break;
      default: escaped.append(text.substr(start, i - start));
    }
  }
  return escaped;
}

std::string attr(std::string_view text) { return escape(text, true); }

// Findings of one rule about one subject: one test case.
struct Group {
  std::string rule;
  std::string subject;
  std::vector<const Finding*> findings;
};

std::vector<Group> group_findings(const Findings& findings) {
  std::vector<Group> groups;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const Finding& finding : findings) {
    const auto [it, fresh] = index.try_emplace({finding.rule, finding.subject}, groups.size());
    if (fresh) groups.push_back({finding.rule, finding.subject, {}});
    groups[it->second].findings.push_back(&finding);
  }
  return groups;
}

std::string case_name(const Group& group) {
  return group.subject.empty() ? group.rule : group.rule + ": " + group.subject;
}

// path:line:col: severity[rule] message, then why and fix.
std::string failure_text(const std::string& path, const Group& group) {
  std::string text;
  for (const Finding* finding : group.findings) {
    std::string where = path;
    if (finding->at.known()) where += fmt::format(":{}:{}", finding->at.line, finding->at.column);
    text += fmt::format("{}: {}[{}] {}\n", where, to_string(finding->severity.value_or(Severity::error)),
                        finding->rule, finding->message);
    if (const auto why = why_text(*finding); !why.empty()) text += "  why: " + why + "\n";
    if (const auto fix = fix_text(*finding); !fix.empty()) text += "  fix: " + fix + "\n";
  }
  return text;
}

std::string skipped_message(const Finding& finding) {
  const Suppression suppression = finding.suppression.value_or(Suppression{});
  if (suppression.kind == Suppression::Kind::baseline) return "in baseline " + repository_path(suppression.reason);
  return "waived: " + suppression.reason;
}

struct Suite {
  std::string xml;
  int tests = 0;
  int failures = 0;
  int skipped = 0;
};

Suite write_suite(const FileReport& report, FailLevel fail_level) {
  const std::string path = repository_path(report.source.path());
  const std::string classname = attr(path);
  const std::string opening = fmt::format("    <testcase classname=\"{}\" file=\"{}\"", classname, classname);
  Suite suite;
  std::string cases;
  for (const Group& group : group_findings(report.findings)) {
    const Finding& first = *group.findings.front();
    const bool failed = std::any_of(group.findings.begin(), group.findings.end(),
                                    [&](const Finding* finding) { return fails_at(finding->severity, fail_level); });
    if (failed) {
      cases += fmt::format(
          "{} name=\"{}\">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n", opening,
          attr(case_name(group)), attr(group.rule), attr(first.message), escape(failure_text(path, group), false));
      ++suite.failures;
    } else {
      cases += fmt::format("{} name=\"{}\">\n      <system-out>{}</system-out>\n    </testcase>\n", opening,
                           attr(case_name(group)), escape(failure_text(path, group), false));
    }
    ++suite.tests;
  }
  if (report.findings.empty()) {
    cases += fmt::format("{} name=\"msklint\"/>\n", opening);
    ++suite.tests;
  }
  for (const Group& group : group_findings(report.suppressed)) {
    cases += fmt::format("{} name=\"{}\">\n      <skipped message=\"{}\"/>\n    </testcase>\n", opening,
                         attr(case_name(group)), attr(skipped_message(*group.findings.front())));
    ++suite.tests, ++suite.skipped;
  }
  suite.xml = fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}"
                          "  </testsuite>\n",
                          classname, suite.tests, suite.failures, suite.skipped, cases);
  return suite;
}

}  // namespace

void write_junit(std::ostream& out, std::span<const FileReport> reports, std::span<const FailLevel> fail_levels) {
  Suite all;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const Suite suite = write_suite(reports[i], i < fail_levels.size() ? fail_levels[i] : FailLevel::error);
    all.xml += suite.xml;
    all.tests += suite.tests;
    all.failures += suite.failures;
    all.skipped += suite.skipped;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format("<testsuites name=\"msklint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
                     all.tests, all.failures, all.skipped)
      << all.xml << "</testsuites>\n";
}

}  // namespace msklint
