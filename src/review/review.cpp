// Puts the review notes together, file by file: header, scorecard, findings by
// theme, findings set aside, capacity, picture; then the summary across files
// and ARMA's key questions.

#include "review/review.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>

#include <fmt/format.h>

#include "read/values.h"
#include "review/review_parts.h"
#include "rules/rule.h"
#include "rules/themes.h"
#include "rules/service_kinds.h"

namespace msklint {

namespace {

using namespace review_parts;

// The title people know the pathway by: its title, else its id, else the file name.
std::string title_of(const FileReport& report) {
  if (report.pathway) {
    const PathwayInfo& info = report.pathway->info;
    if (!is_blank(info.title)) return info.title.value;
    if (!is_blank(info.id)) return info.id.value;
  }
  if (report.system) {
    const SystemInfo& info = report.system->system.info;
    if (!is_blank(info.title)) return info.title.value;
    if (!is_blank(info.id)) return info.id.value;
  }
  return std::filesystem::path(report.source.path()).filename().string();
}

// Errors about the file itself: parts of it msklint could not read.
int format_errors(const FileReport& report) {
  return static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(), [](const Finding& finding) {
    const RuleEntry* rule = find_rule(finding.rule);
    return rule != nullptr && rule->stage == RuleStage::file && finding.severity.value_or(Severity::error) == Severity::error;
  }));
}

std::vector<ThemeScore> scorecard(const FileReport& report, bool readable) {
  const int unread = format_errors(report);
  std::vector<ThemeScore> scores;
  for (const Theme& theme : all_themes()) {
    ThemeScore score;
    score.theme = theme.id;
    score.title = theme.title;
    score.guidance = theme.guidance;
    for (const Finding& finding : report.findings) {
      if (theme_of(finding.rule) != theme.id) continue;
      switch (finding.severity.value_or(Severity::error)) {
        case Severity::error: ++score.errors; break;
        case Severity::warning: ++score.warnings; break;
        case Severity::info: ++score.notes; break;
      }
    }
    for (const Finding& finding : report.suppressed) score.waived += theme_of(finding.rule) == theme.id ? 1 : 0;
    settle_theme_verdict(score, readable, unread);
    scores.push_back(std::move(score));
  }
  return scores;
}

SetAsideFinding set_aside(const Finding& finding) {
  const Suppression suppression = finding.suppression.value_or(Suppression{});
  SetAsideFinding entry;
  entry.finding = entry_for(finding);
  entry.rule = finding.rule;
  entry.baseline = suppression.kind == Suppression::Kind::baseline;
  entry.reason = suppression.reason;
  if (!entry.baseline && suppression.at.known()) entry.waiver_at = where(finding.file, suppression.at);
  return entry;
}

FileReview review_file(const FileReport& report, int index, Audience audience, bool several_files) {
  FileReview file;
  file.file = report.source.path();
  file.anchor = fmt::format("pathway-{}", index + 1);
  file.title = title_of(report);
  file.readable = report.pathway != nullptr || report.system != nullptr;
  if (report.pathway) {
    file.owner = report.pathway->info.owner.value;
    file.version = report.pathway->info.version.value;
  }
  if (report.system) file.owner = report.system->system.info.owner.value;
  file.system = report.system != nullptr;
  file.picture_heading = file.system ? "The system" : "The pathway";
  file.scorecard = scorecard(report, file.readable);
  for (const ThemeScore& score : file.scorecard) {
    file.errors += score.errors;
    file.warnings += score.warnings;
    file.notes += score.notes;
  }
  file.themes = findings_by_theme(report.findings);
  for (const Finding& finding : report.suppressed) {
    file.set_aside.push_back(set_aside(finding));
    ++(file.set_aside.back().baseline ? file.baselined : file.waived);
  }
  if (report.pathway) {
    file.capacity = make_capacity_table(*report.pathway);
    file.picture = make_picture(*report.pathway, report.findings);
  } else if (report.system) {
    file.capacity = make_system_capacity_table(*report.system);
    file.picture = make_system_picture(*report.system, report.findings);
  } else {
    file.capacity.verdict = "Not estimated: msklint could not read the file.";
  }
  if (file.picture && !file.system && !fits_one_page(*file.picture)) {
    file.picture_note = fmt::format("{}: on a screen, zoom in; on paper, read it lane by lane in the pictures after "
                                    "it (another lane that sends people to a lane or receives them from it is one box "
                                    "there, its routes one arrow each way), or draw one service at a time with msklint "
                                    "graph {} --focus ID.",
                                    too_large_note(*file.picture), file.file);
    if (audience == Audience::team) file.lane_pictures = lane_pictures(*file.picture);
  }
  file.verdict = file_verdict(file);
  if (audience == Audience::board) file.board = make_board_brief(report, file, several_files);
  if (const int count = file.waived + file.baselined; count > 0) {
    file.set_aside_note = count == 1 ? "1 finding set aside, with its reason below."
                                     : fmt::format("{} findings set aside, with their reasons below.", count);
  }
  return file;
}

}  // namespace

std::string long_date(std::string_view iso_date) {
  static constexpr std::array<std::string_view, 12> months = {"January", "February", "March",     "April",
                                                              "May",     "June",     "July",      "August",
                                                              "September", "October", "November", "December"};
  const auto date = parse_iso_date(iso_date);
  if (!date) return std::string(iso_date);
  return fmt::format("{} {} {}", static_cast<unsigned>(date->day()),
                     months[static_cast<unsigned>(date->month()) - 1], static_cast<int>(date->year()));
}

Review make_review(std::span<const FileReport> reports, const ReviewOptions& options) {
  Review review;
  review.audience = options.audience;
  review.date = options.date;
  review.date_text = long_date(options.date);
  review.tool_version = options.tool_version;
  // A system first: its records and shared services frame the pathways after it.
  std::vector<const FileReport*> ordered;
  for (const FileReport& report : reports) ordered.push_back(&report);
  std::stable_partition(ordered.begin(), ordered.end(), [](const FileReport* report) { return report->system != nullptr; });
  for (std::size_t i = 0; i < ordered.size(); ++i) review.files.push_back(review_file(*ordered[i], static_cast<int>(i), options.audience, ordered.size() > 1));
  for (const Theme& theme : all_themes()) review.theme_titles.emplace_back(theme.title);
  review.verdict = review_verdict(review.files);
  review.legend = fmt::format(
      "{} errors to resolve before the board · {} warnings to discuss · {} notes (info) to consider · {} meets the "
      "guidance msklint can check · {} not checked",
      severity_symbol(Severity::error), severity_symbol(Severity::warning), severity_symbol(Severity::info),
      meets_symbol, not_checked_symbol);
  review.key_questions = arma_key_questions();
  return review;
}

}  // namespace msklint
