#pragma once

// The pieces make_review puts together, one file each: verdicts.cpp (the
// wording of every status), findings_by_theme.cpp (grouping), capacity_table.cpp
// (the knock-on question). Internal to src/review/.

#include <span>
#include <string>

#include "model/finding.h"
#include "model/pathway.h"
#include "review/review.h"
#include "system/loaded_system.h"

namespace msklint::review_parts {

// "1 error", "3 warnings".
std::string count_of(int count, std::string_view one, std::string_view many);

// Fills status, verdict and mark from the counts; `readable` false means the
// theme's checks never ran (the structure theme is always checked).
// `format_errors`: error findings about the file itself (schema, unknown-key...),
// which mean part of it was not read.
void settle_theme_verdict(ThemeScore& score, bool readable, int format_errors);

// The whole file in one line, from its counts.
std::string file_verdict(const FileReview& file);

// The whole run in one line.
std::string review_verdict(std::span<const FileReview> files);

// The theme a rule belongs to, by its document; "structure" when unknown.
std::string theme_of(std::string_view rule);

// "examples/knee.yaml:12:9", or the file alone when the position is unknown.
std::string where(const std::string& file, Location at);

FindingEntry entry_for(const Finding& finding);

// Counted findings grouped by theme (all_themes() order), then by rule.
std::vector<ThemeFindings> findings_by_theme(const Findings& findings);

// The capacity table of one pathway (docs/capacity.md for the method).
CapacityTable make_capacity_table(const Pathway& pathway);
// A system's shared services: what all its pathways send each one together.
CapacityTable make_system_capacity_table(const LoadedSystem& system);

// The board's view of one file (review.h: BoardBrief), from its team review.
// `several_files`: the notes cover more than one file, so the summary at the top has the scorecards.
BoardBrief make_board_brief(const FileReport& report, const FileReview& file, bool several_files);

}  // namespace msklint::review_parts
