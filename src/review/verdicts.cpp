// The wording of every verdict in the review notes. A verdict names the most
// serious thing to do, because that is what decides a meeting's agenda: an
// error must be resolved before the pathway goes to the board, a warning
// needs discussing, a note is worth considering. The counts beside each
// verdict give the rest.

#include <algorithm>

#include <fmt/format.h>

#include "review/review_parts.h"

namespace msklint {

std::string_view severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

namespace review_parts {

namespace {

// "a, b and c".
std::string joined(const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  if (parts.size() == 1) return parts.front();
  std::string text;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) text += (i == 0 ? "" : ", ") + parts[i];
  return text + " and " + parts.back();
}

}  // namespace

std::string count_of(int count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

void settle_theme_verdict(ThemeScore& score, bool readable, int format_errors) {
  // Nothing found is not "meets" when msklint could not read the file, or
  // could not read all of it: the checks may have missed what was unread.
  if ((!readable || format_errors > 0) && score.theme != "structure" &&
      score.errors + score.warnings + score.notes == 0) {
    score.status = ThemeStatus::not_checked;
    score.verdict = !readable ? "Not checked: msklint could not read the file"
                              : fmt::format("Not fully checked: msklint could not read all of the file ({}; see "
                                            "the file format findings)",
                                            count_of(format_errors, "format error", "format errors"));
    score.symbol = not_checked_symbol;
    // The same short mark either way, so the summary's columns stay narrow; the verdict says which.
    score.mark = fmt::format("{} not checked", score.symbol);
    return;
  }
  if (score.errors > 0) {
    score.status = ThemeStatus::resolve;
    score.verdict = count_of(score.errors, "error", "errors") + " to resolve before the board";
    score.symbol = severity_symbol(Severity::error);
    score.mark = fmt::format("{} {}", score.symbol, count_of(score.errors, "error", "errors"));
  } else if (score.warnings > 0) {
    score.status = ThemeStatus::discuss;
    score.verdict = count_of(score.warnings, "warning", "warnings") + " to discuss";
    score.symbol = severity_symbol(Severity::warning);
    score.mark = fmt::format("{} {}", score.symbol, count_of(score.warnings, "warning", "warnings"));
  } else if (score.notes > 0) {
    score.status = ThemeStatus::consider;
    score.verdict = count_of(score.notes, "note", "notes") + " to consider";
    score.symbol = severity_symbol(Severity::info);
    score.mark = fmt::format("{} {}", score.symbol, count_of(score.notes, "note", "notes"));
  } else {
    score.status = ThemeStatus::meets;
    score.verdict = "Meets the guidance msklint can check";
    score.symbol = meets_symbol;
    score.mark = fmt::format("{} meets", score.symbol);
  }
  // Set-aside findings stay visible: a theme met only by waivers says so.
  if (score.waived > 0) score.verdict += fmt::format(" ({} set aside)", count_of(score.waived, "finding", "findings"));
}

std::string file_verdict(const FileReview& file) {
  if (!file.readable) return "msklint could not read this file as a pathway: resolve the file problems first";
  std::vector<std::string> parts;
  if (file.errors > 0) parts.push_back(count_of(file.errors, "error", "errors") + " to resolve before the board");
  if (file.warnings > 0) parts.push_back(count_of(file.warnings, "warning", "warnings") + " to discuss");
  if (file.notes > 0) parts.push_back(count_of(file.notes, "note", "notes") + " to consider");
  if (parts.empty()) return "Meets all the guidance msklint can check";
  return joined(parts);
}

std::string review_verdict(std::span<const FileReview> files) {
  int resolve = 0, discuss = 0, consider = 0, meets = 0;
  for (const FileReview& file : files) {
    if (!file.readable || file.errors > 0) {
      ++resolve;
    } else if (file.warnings > 0) {
      ++discuss;
    } else if (file.notes > 0) {
      ++consider;
    } else {
      ++meets;
    }
  }
  std::vector<std::string> parts;
  if (resolve > 0) parts.push_back(fmt::format("{} with errors to resolve before the board", resolve));
  if (discuss > 0) parts.push_back(fmt::format("{} with warnings to discuss", discuss));
  if (consider > 0) parts.push_back(fmt::format("{} with notes to consider", consider));
  if (meets > 0) parts.push_back(fmt::format("{} meeting all the guidance msklint can check", meets));
  const auto systems = static_cast<int>(std::count_if(files.begin(), files.end(), [](const FileReview& file) { return file.system; }));
  const int pathways = static_cast<int>(files.size()) - systems;
  const std::string reviewed = systems == 0 ? count_of(pathways, "pathway", "pathways")
                                            : fmt::format("{} and {}", count_of(systems, "system", "systems"),
                                                          count_of(pathways, "pathway", "pathways"));
  return fmt::format("{} reviewed: {}", reviewed, joined(parts));
}

}  // namespace review_parts

}  // namespace msklint
