#pragma once

// What the fuzzer does with one input, shared with the regression test that
// replays what it found (tests/hostile_input_test.cpp): the same limits, and
// every output format in one table.

#include <cstddef>
#include <ostream>
#include <span>
#include <sstream>
#include <string_view>

#include "lint/lint.h"
#include "report/report.h"
#include "report/review_report.h"
#include "review/picture.h"
#include "review/review.h"

namespace msklint::fuzzing {

// Small limits keep each input fast and let the fuzzer reach every limit's
// code path; the real defaults are far larger (read/limits.h).
inline constexpr std::size_t max_input_bytes = 64 * 1024;

inline Limits fuzz_limits() {
  Limits limits;
  limits.max_file_bytes = max_input_bytes;
  limits.max_depth = 64;
  limits.max_alias_uses = 1'000;
  limits.max_services = 2'000;
  limits.max_routes = 6'000;
  return limits;
}

using Reports = std::span<const FileReport>;

// The review notes and pictures, as `msklint report` and `msklint graph`
// make them. The HTML notes hold the SVG picture Graphviz lays out, so that
// row covers `graph --format svg` too.
inline Review review_of(Reports reports) {
  return make_review(reports, {.date = "2026-01-01", .tool_version = "fuzz"});
}

inline void draw(std::ostream& out, Reports reports, void (*write)(std::ostream&, const Picture&)) {
  for (const FileReport& report : reports) {
    if (report.pathway != nullptr) write(out, make_picture(*report.pathway, report.findings));
  }
}

struct Renderer {
  std::string_view name;  // for people reading this list
  void (*write)(std::ostream&, Reports);
};

// EVERY OUTPUT FORMAT, in one place: when a format is added, add a row here
// so the fuzzer renders it too (and the regression test replays it).
inline constexpr Renderer renderers[] = {
    {"text", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = false}); }},
    {"text+color", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = false}); }},
    {"text+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = true}); }},
    {"text+color+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = true}); }},
    {"json", [](std::ostream& out, Reports r) { write_json(out, r); }},
    {"sarif", [](std::ostream& out, Reports r) { write_sarif(out, r); }},
    {"junit", [](std::ostream& out, Reports r) { write_junit(out, r); }},
    {"github", [](std::ostream& out, Reports r) { write_github(out, r); }},
    {"report markdown", [](std::ostream& out, Reports r) { write_review_markdown(out, review_of(r)); }},
    {"report html", [](std::ostream& out, Reports r) { write_review_html(out, review_of(r)); }},
    {"graph mermaid", [](std::ostream& out, Reports r) { draw(out, r, write_mermaid); }},
    {"graph dot", [](std::ostream& out, Reports r) { draw(out, r, write_dot); }},
};

}  // namespace msklint::fuzzing
