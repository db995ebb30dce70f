// libFuzzer harness, the fast one: arbitrary bytes through the reader, the
// model, the graph and every rule, then the plain text output only. Without
// Graphviz and the review it runs thousands of inputs a second, enough to find
// the shapes that make reading or a rule slow (an alias used everywhere, a
// long id, a finding per repeated key); fuzz_pipeline.cpp covers every format.
// Any crash, sanitizer report, leak, uncaught exception, hang or runaway
// memory is a bug (docs/hardening.md).

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace msklint;
  using namespace msklint::fuzzing;
  if (size > max_input_bytes) return -1;  // -1: do not add to the corpus
  static const Limits limits = fuzz_limits();
  const FileReport report = lint_bytes("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), limits);

  // Output grows at most linearly: each finding's excerpt is a window, not the
  // whole line, so one long line cannot be printed again for every finding.
  std::ostringstream out;
  write_text(out, std::span<const FileReport>(&report, 1), {.color = false, .show_suppressed = true});
  if (out.str().size() > 65536 + 64 * size + 4096 * report.findings.size()) __builtin_trap();
  if (first_raw_control(out.str()) != std::string_view::npos) __builtin_trap();
  return 0;
}
