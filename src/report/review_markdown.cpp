// `msklint report --format markdown`: the review notes as GitHub-flavoured
// Markdown. Lays out the review model and nothing more; text from pathways is
// escaped so that it reads as written and cannot break a table.

#include <algorithm>
#include <ostream>
#include <sstream>

#include <fmt/format.h>

#include "report/review_report.h"
#include "util/markdown.h"

namespace msklint {

namespace {

std::string text(std::string_view raw) { return markdown_text(raw); }
std::string code(std::string_view raw) { return markdown_code(raw); }

std::string severity_label(Severity severity) {
  return fmt::format("{} {}", severity_symbol(severity), severity_word(severity));
}

void write_header(std::ostream& out, const FileReview& file, const Review& review) {
  out << fmt::format("<a id=\"{}\"></a>\n\n## {}\n\n", file.anchor, text(file.title));
  out << "| | |\n|---|---|\n";
  out << fmt::format("| File | {} |\n", code(file.file));
  if (!file.owner.empty()) out << fmt::format("| Owner | {} |\n", text(file.owner));
  if (!file.version.empty()) out << fmt::format("| Version | {} |\n", text(file.version));
  out << fmt::format("| Reviewed | {} with msklint {} |\n\n", review.date_text, review.tool_version);
  out << fmt::format("**{}.**", file.verdict);
  if (!file.set_aside_note.empty()) out << ' ' << file.set_aside_note;
  out << "\n\n";
}

void write_scorecard(std::ostream& out, const FileReview& file) {
  out << "### At a glance\n\n";
  out << "| ARMA theme | Errors | Warnings | Notes | Verdict |\n|---|--:|--:|--:|---|\n";
  for (const ThemeScore& score : file.scorecard) {
    out << fmt::format("| {} | {} | {} | {} | {} |\n", score.title, score.errors, score.warnings, score.notes,
                       score.symbol + " " + score.verdict);
  }
  out << '\n';
}

// A ```mermaid block holding the picture.
void write_mermaid_block(std::ostream& out, const Picture& picture) {
  std::ostringstream mermaid;
  write_mermaid(mermaid, picture);
  const std::string drawing = mermaid.str();
  // A fence longer than any run of backticks in the drawing.
  std::size_t run = 0, longest = 0;
  for (const char c : drawing) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  out << fence << "mermaid\n" << drawing << (drawing.ends_with('\n') ? "" : "\n") << fence << "\n\n";
}

// `note`: why the picture is hard to read on a page, and what to do; empty when it fits.
void write_picture(std::ostream& out, const Picture& picture, const FileReview& file, const std::string& note) {
  out << "### " << file.picture_heading << "\n\n";
  out << "Services with findings are marked with the most serious one.";
  if (!note.empty()) out << ' ' << text(note);
  out << "\n\n";
  write_mermaid_block(out, picture);
}

void write_capacity(std::ostream& out, const FileReview& file) {
  out << "### Capacity and demand\n\n";
  out << "*If we increase surgery, is there enough rehabilitation?* ";
  out << file.capacity.verdict << "\n\n";
  if (file.capacity.rows.empty()) return;
  out << "| Service | Can see a month | Sent a month | Gap | Sent by | Verdict |\n"
         "|---|--:|--:|--:|---|---|\n";
  for (const CapacityRow& row : file.capacity.rows) {
    out << fmt::format("| {} ({}, {}) | {} | {} | {} | {} | {} {} |\n", text(row.name), code(row.service),
                       text(row.setting), row.capacity_text, row.demand_text, row.gap_text, text(row.senders),
                       row.symbol, row.verdict);
  }
  out << "\nPeople a month, counted only from the throughputs and route shares the pathway states, so demand is at "
         "least this much (people arriving at ways in from outside the pathway are not counted).\n\n";
}

void write_finding(std::ostream& out, const FindingEntry& finding) {
  out << fmt::format("- {} at {}", severity_label(finding.severity), code(finding.where));
  if (!finding.subject.empty()) out << fmt::format(" ({})", code(finding.subject));
  out << fmt::format(": {}  \n  **What to change:** {}\n", text(finding.message), text(finding.fix));
}

void write_findings(std::ostream& out, const FileReview& file) {
  out << "### Findings by ARMA theme\n\n";
  if (file.themes.empty()) {
    out << "No findings.\n\n";
    return;
  }
  for (const ThemeFindings& theme : file.themes) {
    out << fmt::format("#### {}\n\n*{}*\n\n", theme.title, theme.guidance);
    for (const RuleFindings& rule : theme.rules) {
      out << fmt::format("##### {} {}: {}\n\n", severity_symbol(rule.severity), code(rule.rule), text(rule.summary));
      if (!rule.why.empty()) out << fmt::format("**Why it matters:** {}\n\n", text(rule.why));
      for (const FindingEntry& finding : rule.findings) write_finding(out, finding);
      out << '\n';
      if (!rule.questions.empty()) {
        out << "**Questions to ask:**\n\n";
        for (const std::string& question : rule.questions) out << "- " << text(question) << '\n';
        out << '\n';
      }
    }
  }
}

void write_set_aside(std::ostream& out, const FileReview& file) {
  if (file.set_aside.empty()) return;
  out << "### Set aside, with reasons\n\n";
  out << "Not counted above: each was set aside by a waiver in the pathway or by a baseline file.\n\n";
  out << "| Where | Rule | Finding | Why it is set aside |\n|---|---|---|---|\n";
  for (const SetAsideFinding& entry : file.set_aside) {
    const std::string why = entry.baseline
                                ? fmt::format("in the baseline {}", code(entry.reason))
                                : fmt::format("{} (waiver at {})", text(entry.reason), code(entry.waiver_at));
    out << fmt::format("| {} | {} {} | {} | {} |\n", code(entry.finding.where), severity_label(entry.finding.severity),
                       code(entry.rule), text(entry.finding.message), why);
  }
  out << '\n';
}

void write_summary(std::ostream& out, const Review& review) {
  out << "## Summary across pathways\n\n";
  out << "| Pathway |";
  for (const std::string& title : review.theme_titles) out << ' ' << title << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < review.theme_titles.size(); ++i) out << "---|";
  out << '\n';
  for (const FileReview& file : review.files) {
    out << fmt::format("| [{}](#{}) |", text(file.title), file.anchor);
    for (const ThemeScore& score : file.scorecard) out << ' ' << score.mark << " |";
    out << '\n';
  }
  out << '\n' << review.legend << "\n\n";
}

void write_key_questions(std::ostream& out, const Review& review) {
  out << "## Questions to ask of any change to MSK services\n\n";
  for (const std::string& question : review.key_questions.questions) out << "- " << text(question) << '\n';
  out << '\n' << "*" << text(review.key_questions.source) << "*\n";
}

}  // namespace

// A picture too large for a page, split by lane.
void write_lane_pictures(std::ostream& out, const FileReview& file) {
  if (file.lane_pictures.empty()) return;
  for (const Picture& lane : file.lane_pictures) write_mermaid_block(out, lane);
}

// A board's notes on one pathway: no file:line, rule ids or YAML keys; each
// problem with the question to ask and who should act.
void write_board_pathway(std::ostream& out, const FileReview& file, const Review& review) {
  const BoardBrief& brief = file.board;
  out << fmt::format("<a id=\"{}\"></a>\n\n## {}\n\n", file.anchor, text(file.title));
  out << "| | |\n|---|---|\n";
  if (!file.owner.empty()) out << fmt::format("| Owner | {} |\n", text(file.owner));
  if (!file.version.empty()) out << fmt::format("| Version | {} |\n", text(file.version));
  out << fmt::format("| Reviewed | {} |\n\n", review.date_text);
  out << fmt::format("**{}.**\n\n", file.verdict);
  if (!brief.team_note.empty()) out << brief.team_note << "\n\n";
  if (brief.scorecard) write_scorecard(out, file);
  // The pathway on a page first, then what to do about it.
  if (brief.picture) {
    write_picture(out, *brief.picture, file, {});
  } else if (!brief.picture_note.empty()) {
    out << "### " << file.picture_heading << "\n\n" << text(brief.picture_note) << "\n\n";
  }
  out << "### Problems to take forward\n\n";
  if (brief.problems.empty()) out << "None that msklint can see.\n\n";
  for (const BoardProblem& problem : brief.problems) {
    out << fmt::format("#### {} {}\n\n", severity_label(problem.severity), text(problem.what));
    out << fmt::format("- **Where:** {}\n", text(problem.where));
    if (!problem.why.empty()) out << fmt::format("- **Why it matters:** {}\n", text(problem.why));
    if (!problem.question.empty()) out << fmt::format("- **Ask:** {}\n", text(problem.question));
    out << fmt::format("- **Who should act:** {} ({})\n\n", text(problem.who), text(problem.guidance));
  }
  if (brief.more > 0) {
    out << fmt::format("And {} more: the team notes list them.\n\n",
                       brief.more == 1 ? std::string("1 problem") : fmt::format("{} problems", brief.more));
  }
  if (!brief.capacity.empty()) {
    out << "### Capacity\n\n*If we increase surgery, is there enough rehabilitation?*\n\n";
    for (const std::string& line : brief.capacity) out << "- " << text(line) << "\n";
    out << "\n";
  }
}

void write_review_markdown(std::ostream& out, const Review& review) {
  out << (review.audience == Audience::board ? "# Pathway review: notes for the board\n\n" : "# Pathway review notes\n\n");
  out << fmt::format("Prepared on {} by msklint {}, which checks musculoskeletal (MSK) care pathways against the "
                     "guidance of the Arthritis and Musculoskeletal Alliance (ARMA).\n\n",
                     review.date_text, review.tool_version);
  out << fmt::format("**{}.**\n\n", review.verdict);
  if (review.files.size() > 1) write_summary(out, review);
  for (const FileReview& file : review.files) {
    if (review.audience == Audience::board) {
      write_board_pathway(out, file, review);
      continue;
    }
    write_header(out, file, review);
    write_scorecard(out, file);
    if (file.picture) write_picture(out, *file.picture, file, file.picture_note);
    write_lane_pictures(out, file);
    write_capacity(out, file);
    write_findings(out, file);
    write_set_aside(out, file);
  }
  write_key_questions(out, review);
}

}  // namespace msklint
