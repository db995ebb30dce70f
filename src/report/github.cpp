// `--format github`: GitHub Actions workflow commands, which GitHub shows as
// annotations on the pull request's changed files:
//   ::error file=pathways/x.yaml,line=12,col=9,endLine=12,endColumn=15,title=msklint dead-end::message
//
// GitHub shows at most 10 errors, 10 warnings and 10 notices per step. The
// rest are printed as plain log lines, with one notice saying so.

#include <algorithm>
#include <iterator>
#include <ostream>

#include <fmt/format.h>

#include "report/report.h"
#include "report/span.h"
#include "util/paths.h"
#include "util/visible.h"

namespace msklint {

namespace {

constexpr int annotations_per_kind = 10;

// Escaping as GitHub's toolkit does (@actions/core, command.ts): a raw
// newline would end the command, and in a property ':' and ',' would end
// the value. The other control characters are then written out
// (util/visible.h): the log is read by people, and ESC would reach their
// terminal or the log viewer.
std::string escape_data(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '%': escaped += "%25"; break;
      case '\r': escaped += "%0D"; break;
      case '\n': escaped += "%0A"; break;
      default: escaped += c;
    }
  }
  return visible(escaped);
}

std::string escape_property(std::string_view text) {
  std::string escaped;
  for (const char c : escape_data(text)) {
    switch (c) {
      case ':': escaped += "%3A"; break;
      case ',': escaped += "%2C"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "error";
}

struct Item {
  const Finding* finding;
  const SourceText* source;
  std::string path;  // repository path
};

void write_annotation(std::ostream& out, const Item& item) {
  const Finding& finding = *item.finding;
  std::string properties = "file=" + escape_property(item.path);
  if (finding.at.known()) {
    properties += fmt::format(",line={}", finding.at.line);
    if (finding.at.column > 0) {
      properties += fmt::format(",col={},endLine={},endColumn={}", finding.at.column, finding.at.line,
                                end_column(*item.source, finding.at));
    }
  }
  properties += ",title=" + escape_property("msklint " + finding.rule);
  out << "::" << command_of(finding.severity.value_or(Severity::error)) << ' ' << properties
      << "::" << escape_data(finding.message) << '\n';
}

// The overflow goes to the log as ordinary lines, each kept to one line so
// that text quoted from the pathway cannot start a workflow command.
void write_log_line(std::ostream& out, const Item& item) {
  const Finding& finding = *item.finding;
  // "./": a file whose name starts with "::" must not start a workflow command.
  std::string where = item.path.starts_with("::") ? "./" + item.path : item.path;
  if (finding.at.known()) where += fmt::format(":{}:{}", finding.at.line, finding.at.column);
  out << visible(fmt::format("{}: {}[{}] {}", where, to_string(finding.severity.value_or(Severity::error)),
                             finding.rule, finding.message))
      << '\n';
}

}  // namespace

void write_github(std::ostream& out, std::span<const FileReport> reports) {
  std::vector<Item> items;
  int per_kind[3] = {0, 0, 0};  // by Severity: info, warning, error
  for (const FileReport& report : reports) {
    for (const Finding& finding : report.findings) {
      items.push_back({&finding, &report.source, repository_path(finding.file)});
      ++per_kind[static_cast<int>(finding.severity.value_or(Severity::error))];
    }
  }
  const bool overflow = std::any_of(std::begin(per_kind), std::end(per_kind),
                                    [](int count) { return count > annotations_per_kind; });
  // The summary is itself a notice, so it takes one of the notices' places.
  int room[3] = {overflow ? annotations_per_kind - 1 : annotations_per_kind, annotations_per_kind,
                 annotations_per_kind};
  int not_annotated = 0;
  for (const Item& item : items) {
    int& left = room[static_cast<int>(item.finding->severity.value_or(Severity::error))];
    if (left > 0) {
      --left;
      write_annotation(out, item);
    } else {
      ++not_annotated;
      write_log_line(out, item);
    }
  }
  if (not_annotated > 0) {
    out << "::notice title=msklint::"
        << escape_data(fmt::format(
               "{} {} not annotated (GitHub shows at most {} errors, {} warnings and {} notices per step): "
               "they are listed in this step's log. To see every finding on the code, upload the output of "
               "`msklint check --format sarif` to code scanning.",
               not_annotated, not_annotated == 1 ? "finding was" : "findings were", annotations_per_kind,
               annotations_per_kind, annotations_per_kind))
        << '\n';
  }
}

}  // namespace msklint
