// libFuzzer harness: arbitrary bytes through the whole pipeline — read (size,
// encoding, YAML events), model, graph, every rule, waivers — and then every
// output format (fuzz/pipeline.h), rendered into memory. Any crash, sanitizer
// report, leak, uncaught exception, hang or runaway memory is a bug
// (docs/hardening.md).

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace msklint;
  using namespace msklint::fuzzing;
  if (size > max_input_bytes) return -1;  // -1: do not add to the corpus
  static const Limits limits = fuzz_limits();
  std::string bytes(reinterpret_cast<const char*>(data), size);

  // Exceptions are not caught: msklint promises a finding, never a throw.
  std::vector<FileReport> reports;
  reports.push_back(lint_bytes("fuzz.yaml", std::move(bytes), limits));

  for (const Renderer& renderer : renderers) {
    std::ostringstream out;
    renderer.write(out, reports);
    // Text from the input never reaches a person's terminal or log raw.
    if (renderer.for_people && first_raw_control(out.str()) != std::string_view::npos) __builtin_trap();
  }
  return 0;
}
