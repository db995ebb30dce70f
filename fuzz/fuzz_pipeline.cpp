// libFuzzer harness: arbitrary bytes through the whole pipeline — read (size,
// encoding, YAML events), model, graph, every rule, waivers — and then every
// output format, rendered into memory. Any crash, sanitizer report, leak,
// uncaught exception, hang or runaway memory is a bug (docs/hardening.md).

#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"
#include "report/report.h"

namespace {

using namespace msklint;

// Small limits keep each input fast and let the fuzzer reach every limit's
// code path; the real defaults are far larger (read/limits.h).
constexpr std::size_t max_input_bytes = 64 * 1024;

Limits fuzz_limits() {
  Limits limits;
  limits.max_file_bytes = max_input_bytes;
  limits.max_depth = 64;
  limits.max_alias_uses = 1'000;
  limits.max_services = 2'000;
  limits.max_routes = 6'000;
  return limits;
}

using Reports = std::span<const FileReport>;

struct Renderer {
  std::string_view name;  // for people reading this list
  void (*write)(std::ostream&, Reports);
};

// EVERY OUTPUT FORMAT, in one place: when a format is added, add a row here
// so the fuzzer renders it too. A format that needs more than the reports
// gets a row whose function builds what it needs: the Markdown/HTML review
// report from make_review(reports, ...), the Mermaid/DOT/SVG pictures from
// make_picture(...) on the pathway read from the same bytes (src/review/).
constexpr Renderer renderers[] = {
    {"text", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = false}); }},
    {"text+color", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = false}); }},
    {"text+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = false, .show_suppressed = true}); }},
    {"text+color+suppressed", [](std::ostream& out, Reports r) { write_text(out, r, {.color = true, .show_suppressed = true}); }},
    {"json", [](std::ostream& out, Reports r) { write_json(out, r); }},
    {"sarif", [](std::ostream& out, Reports r) { write_sarif(out, r); }},
    {"junit", [](std::ostream& out, Reports r) { write_junit(out, r); }},
    {"github", [](std::ostream& out, Reports r) { write_github(out, r); }},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > max_input_bytes) return -1;  // -1: do not add to the corpus
  static const Limits limits = fuzz_limits();
  std::string bytes(reinterpret_cast<const char*>(data), size);

  // Exceptions are not caught: msklint promises a finding, never a throw.
  std::vector<FileReport> reports;
  reports.push_back(lint_bytes("fuzz.yaml", std::move(bytes), limits));

  for (const Renderer& renderer : renderers) {
    std::ostringstream out;
    renderer.write(out, reports);
  }
  return 0;
}
