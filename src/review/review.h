#pragma once

// The review report (`msklint report`): review notes a consultant can take to
// a meeting. Everything the notes say is decided here, once — the verdicts,
// how findings are grouped, the capacity gaps, the wording of every status —
// so that the Markdown and HTML writers (src/report/review_*.cpp) only lay it
// out. Section by section, the rules are documented in docs/review-report.md.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"
#include "model/finding.h"
#include "model/severity.h"
#include "review/picture.h"

namespace msklint {

// Severity as the notes show it: a word, and the symbol the picture uses
// (severity_symbol in review/picture.h: ✖ ⚠ ℹ), so that it never rests on
// colour alone. Infos are "notes" here: something to consider.
std::string_view severity_word(Severity severity);  // "error", "warning", "note"
inline constexpr std::string_view meets_symbol = "✔";
inline constexpr std::string_view not_checked_symbol = "–";

// How one ARMA theme stands in one file, from its most serious counted finding.
enum class ThemeStatus {
  meets,        // no counted findings
  consider,     // notes only
  discuss,      // warnings, no errors
  resolve,      // at least one error
  not_checked,  // the file could not be read, so this theme's checks did not run
};

struct ThemeScore {
  std::string theme;     // theme id, e.g. "msk-services"
  std::string title;     // "MSK services"
  std::string guidance;  // "Key messages 2023, section 2"
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int waived = 0;  // set aside by a waiver or the baseline: not in the counts above
  ThemeStatus status = ThemeStatus::meets;
  std::string symbol;   // severity_symbol of the most serious, meets_symbol or not_checked_symbol
  std::string verdict;  // one line: "1 error to resolve before the board"
  std::string mark;     // short, with the symbol, for the summary table: "✖ 1 error"
};

struct FindingEntry {
  Severity severity = Severity::error;
  std::string where;    // "examples/knee.yaml:12:9", or the file alone when no position is known
  std::string subject;  // service id, route name, "pathway", or empty
  std::string message;
  std::string fix;
};

// The findings of one rule in one file, with what the rule's document says
// once for all of them.
struct RuleFindings {
  std::string rule;
  std::string summary;  // what the rule checks, one line
  std::string why;
  Severity severity = Severity::error;  // the most serious of its findings
  std::vector<std::string> questions;   // "Questions to ask" from the rule's document
  std::vector<FindingEntry> findings;   // in file order
};

struct ThemeFindings {
  std::string theme;
  std::string title;
  std::string guidance;
  std::vector<RuleFindings> rules;  // most serious first, then by first position in the file
};

// A finding that is not counted, and why.
struct SetAsideFinding {
  FindingEntry finding;
  std::string rule;
  bool baseline = false;  // in a baseline file; else waived in the pathway
  std::string reason;     // the waiver's reason, or the baseline file's path
  std::string waiver_at;  // where the waiver is written: "examples/knee.yaml:11:7"; empty for a baseline
};

// How a service's capacity compares with what the routes send it.
enum class CapacityStatus {
  over,          // demand exceeds capacity
  unbounded,     // fed by a loop nobody leaves: no figure can be given
  within,        // demand (a lower bound) is within capacity
  not_sent,      // a capacity is stated, but no route with a share sends anyone (often a way in)
  no_capacity,   // people are sent, but no capacity is stated
};

struct CapacityRow {
  std::string service;  // id
  std::string name;     // display name
  std::string setting;  // primary | community | secondary | ...
  std::optional<double> capacity;  // people a month, when stated
  std::optional<double> demand;    // people a month sent by routes; none when unbounded
  std::optional<double> gap;       // capacity minus demand, when both are known: negative is a shortfall
  CapacityStatus status = CapacityStatus::within;
  bool flagged = false;  // over capacity or unbounded: needs attention
  // Display text, decided once: figures rounded as msklint's messages round them.
  std::string capacity_text;  // "110", or "not stated"
  std::string demand_text;    // "96", or "no limit (a loop nobody leaves)"
  std::string gap_text;       // "36 short", "14 spare", or "—" when there is nothing to compare
  std::string senders;        // who sends the most: "surgical-hub 96, gp 12 and 2 more"
  std::string symbol;         // "✖" over or unbounded, "✔" within, "ℹ" nothing to compare
  std::string verdict;        // "Over capacity by 36 a month (60% over)"
};

struct CapacityTable {
  bool rates_stated = false;  // any capacity or throughput written in the file
  std::vector<CapacityRow> rows;  // services in file order
  int flagged = 0;
  std::string verdict;  // one line answering the knock-on question for this pathway
};

// Who reads the notes. The team edits the pathway files and gets every
// finding with its place in the file; a board gets each problem in ARMA's
// terms, with the question to ask and who should act, and nothing about how
// the file is written (no file:line, rule ids or YAML keys).
enum class Audience { team, board };

// One problem for a board: a rule's findings in one file, in words.
struct BoardProblem {
  Severity severity = Severity::error;
  std::string what;      // the rule's summary: "No route in the pathway leads to social prescribing."
  std::string where;     // the services or routes it is about, by name; "the whole pathway"
  std::string why;       // why it matters, from the rule's document
  std::string question;  // the first of the rule's questions to ask; may be empty
  std::string who;       // who should act, by the rule's ARMA theme
  std::string guidance;  // the ARMA section it rests on
};

struct BoardBrief {
  std::vector<BoardProblem> problems;  // errors, then warnings, then notes; at most max_board_problems
  int more = 0;                        // problems left to the team notes
  // "10 problems in how the file is written are for the team that edits it."; empty when none.
  std::string team_note;
  std::vector<std::string> capacity;  // each service short of capacity, in words
  // The picture, when it fits one page, without the panel of the pathway's
  // problems (they are listed above it); else why it is not drawn.
  std::optional<Picture> picture;
  std::string picture_note;
  // The theme scorecard is shown when the notes cover one file; with several,
  // the summary across pathways at the top gives every file's row.
  bool scorecard = true;
};
inline constexpr std::size_t max_board_problems = 5;

struct FileReview {
  std::string file;      // as given on the command line
  std::string anchor;    // a unique id for links within a document: "pathway-1"
  std::string title;     // the pathway's title, else its id, else the file name
  std::string owner;     // may be empty
  std::string version;   // may be empty
  bool readable = true;  // false: the file could not be read as a pathway at all
  bool system = false;   // a system file: the ICB's records and shared services, with their picture
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int waived = 0;
  int baselined = 0;
  std::string verdict;  // the whole file in one line
  std::string set_aside_note;  // "1 finding set aside, with its reason below."; empty when none
  std::vector<ThemeScore> scorecard;  // one per ARMA theme, in all_themes() order
  std::vector<ThemeFindings> themes;  // only themes with counted findings, in all_themes() order
  std::vector<SetAsideFinding> set_aside;
  CapacityTable capacity;
  std::optional<Picture> picture;  // when the pathway could be read
  std::string picture_heading;     // "The pathway", or "The system" for a system file
  std::string picture_note;        // why the picture is hard to read on a page, and what to do; may be empty
  std::vector<Picture> lane_pictures;  // a picture too large for a page, split by lane (team notes)
  BoardBrief board;                // filled for Audience::board
};

struct ReviewOptions {
  std::string date;           // "2026-01-01"
  std::string tool_version;   // "0.1.0"
  Audience audience = Audience::team;
};

struct KeyQuestions {
  std::string source;  // attribution
  std::vector<std::string> questions;
};

struct Review {
  Audience audience = Audience::team;
  std::string date;       // as given: "2026-01-01"
  std::string date_text;  // for people: "1 January 2026"
  std::string tool_version;
  std::vector<FileReview> files;
  // Across files: the themes, in order, for the summary's columns; each
  // file's scorecard gives its row.
  std::vector<std::string> theme_titles;
  std::string verdict;  // the whole run in one line
  std::string legend;   // what the symbols mean
  KeyQuestions key_questions;
};

Review make_review(std::span<const FileReport> reports, const ReviewOptions& options);

// ARMA's overarching key questions (key messages 2023), in our own words.
const KeyQuestions& arma_key_questions();


// "2026-01-01" -> "1 January 2026"; other text is returned as it is.
std::string long_date(std::string_view iso_date);

}  // namespace msklint
