#include "lint/waiver_insertion.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "rules/rule.h"

namespace msklint {

namespace {

bool can_be_waived(const Finding& finding) {
  const RuleEntry* rule = find_rule(finding.rule);
  return rule != nullptr && rule->stage == RuleStage::check && !finding.suppression;
}

std::size_t indentation(std::string_view line) { return std::min(line.find_first_not_of(' '), line.size()); }

bool blank_or_comment(std::string_view line) {
  const std::size_t start = indentation(line);
  return start == line.size() || line[start] == '#' || line[start] == '\r';
}

// What follows "key:" on a line: nothing (or a comment) means a block value follows.
bool nothing_after(std::string_view rest) {
  const std::size_t start = rest.find_first_not_of(" \t\r");
  return start == std::string_view::npos || rest[start] == '#';
}

// Adds `rule: "TODO"` to the block mapping whose first key is at `at`.
std::optional<Insertion> insert_into_mapping(const SourceText& source, Location at, const std::string& rule) {
  if (!at.known()) return std::nullopt;
  const std::string_view first = source.line(at.line);
  // Only spaces and sequence dashes before the first key: a block mapping,
  // where columns are bytes.
  const std::size_t key_start = static_cast<std::size_t>(at.column - 1);
  if (key_start > first.size() || first.substr(0, key_start).find_first_not_of(" -") != std::string_view::npos) {
    return std::nullopt;
  }
  if (key_start < first.size() && (first[key_start] == '{' || first[key_start] == '[')) return std::nullopt;
  const std::size_t indent = key_start;
  const std::string entry = fmt::format("{}: \"{}\"", rule, waiver_reason_to_write);

  // The mapping's lines: from its first key to the last line indented at
  // least as far, before one indented less.
  int last = at.line;
  int waive_line = 0;
  for (int number = at.line; number <= source.line_count(); ++number) {
    const std::string_view line = source.line(number);
    const std::size_t start = number == at.line ? key_start : indentation(line);
    if (number != at.line && blank_or_comment(line)) continue;
    if (number != at.line && (start < indent || line.starts_with("---") || line.starts_with("..."))) break;
    last = number;
    if (start == indent && line.substr(start).starts_with("waive:")) waive_line = number;
  }
  const auto offset_of_line = [&](int number) {
    if (number > source.line_count()) return source.bytes().size();
    return static_cast<std::size_t>(source.line(number).data() - source.bytes().data());
  };
  const std::string spaces(indent, ' ');
  if (waive_line != 0) {
    const std::string_view line = source.line(waive_line);
    if (!nothing_after(line.substr(indent + std::string_view("waive:").size()))) return std::nullopt;  // flow or scalar
    // Written like the entries already there, else two spaces in.
    std::size_t entry_indent = indent + 2;
    for (int number = waive_line + 1; number <= last; ++number) {
      if (blank_or_comment(source.line(number))) continue;
      entry_indent = std::max(indent + 1, indentation(source.line(number)));
      break;
    }
    return Insertion{offset_of_line(waive_line + 1),
                     fmt::format("{}{}{}\n", waive_line == source.line_count() && !source.bytes().ends_with('\n') ? "\n" : "",
                                 std::string(entry_indent, ' '), entry)};
  }
  const bool ends_without_break = last == source.line_count() && !source.bytes().ends_with('\n');
  return Insertion{offset_of_line(last + 1), fmt::format("{}{}waive:\n{}  {}\n", ends_without_break ? "\n" : "",
                                                         spaces, spaces, entry)};
}

}  // namespace

std::optional<Insertion> waiver_insertion(const SourceText& source, const Pathway& pathway, const Finding& finding) {
  if (!can_be_waived(finding)) return std::nullopt;
  if (finding.subject == "pathway") return insert_into_mapping(source, pathway.info.at, finding.rule);
  for (const Service& service : pathway.services) {
    // A shared service's records are the system's: waive it where the pathway names it.
    if (service.id.present && service.id.value == finding.subject) {
      return insert_into_mapping(source, service.at, finding.rule);
    }
  }
  for (const Route& route : pathway.routes) {
    if (route.from.present && route_subject(route) == finding.subject) {
      return insert_into_mapping(source, route.at, finding.rule);
    }
  }
  return std::nullopt;
}

std::optional<Insertion> waiver_insertion(const SourceText& source, const System& system, const Finding& finding) {
  if (!can_be_waived(finding)) return std::nullopt;
  if (finding.subject == "system") return insert_into_mapping(source, system.info.at, finding.rule);
  for (const Service& service : system.services) {
    if (service.id.present && service.id.value == finding.subject) {
      return insert_into_mapping(source, service.at, finding.rule);
    }
  }
  return std::nullopt;
}

}  // namespace msklint
