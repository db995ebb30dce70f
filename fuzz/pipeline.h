#pragma once

// What the fuzzer does with one input, shared with the regression test that
// replays what it found (tests/hostile_input_test.cpp): the same limits, and
// every output format in one table.

#include <cctype>
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
  bool for_people = true;  // shown to a person (terminal, CI log, page): no raw control characters
};

// EVERY OUTPUT FORMAT, in one place: when a format is added, add a row here
// so the fuzzer renders it too (and the regression test replays it).
inline constexpr Renderer renderers[] = {
    {"text", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = false}); }},
    {"text+color", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = false}); }},
    {"text+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = true}); }},
    {"text+color+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = true}); }},
    {"json", [](std::ostream& out, Reports r) { write_json(out, r); }, false},
    {"sarif", [](std::ostream& out, Reports r) { write_sarif(out, r); }, false},
    {"junit", [](std::ostream& out, Reports r) { write_junit(out, r); }, false},
    {"github", [](std::ostream& out, Reports r) { write_github(out, r); }},
    {"report markdown", [](std::ostream& out, Reports r) { write_review_markdown(out, review_of(r)); }},
    {"report html", [](std::ostream& out, Reports r) { write_review_html(out, review_of(r)); }},
    {"graph mermaid", [](std::ostream& out, Reports r) { draw(out, r, write_mermaid); }},
    {"graph dot", [](std::ostream& out, Reports r) { draw(out, r, write_dot); }},
};

// The first character in an output for people that a terminal, a CI log or a
// page would act on rather than show (util/visible.h), or npos when there is
// none. Newlines and tabs are msklint's own layout; the colour sequences msklint
// writes itself (ESC [ digits m) are allowed, any other ESC is not.
inline std::size_t first_raw_control(std::string_view output) {
  for (std::size_t i = 0; i < output.size(); ++i) {
    const auto c = static_cast<unsigned char>(output[i]);
    if (c == 0x1B && i + 1 < output.size() && output[i + 1] == '[') {
      std::size_t end = i + 2;
      while (end < output.size() && (std::isdigit(static_cast<unsigned char>(output[end])) || output[end] == ';')) ++end;
      if (end < output.size() && output[end] == 'm') {
        i = end;
        continue;
      }
      return i;
    }
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return i;
    if (c == 0xC2 && i + 1 < output.size() && static_cast<unsigned char>(output[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(output[i + 1]) <= 0x9F) {
      return i;  // a C1 control
    }
    if (c == 0xE2 && i + 2 < output.size()) {
      const auto b1 = static_cast<unsigned char>(output[i + 1]), b2 = static_cast<unsigned char>(output[i + 2]);
      if ((b1 == 0x80 && ((b2 >= 0xAA && b2 <= 0xAE) || b2 == 0x8E || b2 == 0x8F || b2 == 0xA8 || b2 == 0xA9)) ||
          (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        return i;  // a bidirectional control or a line/paragraph separator
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace msklint::fuzzing
