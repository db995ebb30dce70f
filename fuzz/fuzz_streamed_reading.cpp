// libFuzzer harness: the two readings of a file must agree. read_pathway_file
// reads each service and route as the parser completes it and rewinds the
// tree; parse_yaml then read_pathway reads the whole tree. For any bytes they
// must give the same findings, counts and model (fuzz/reading_digest.h), or
// the harness traps with both descriptions. Reading alone, no rules or
// output: about as quick as fuzz_read_rules, though it reads each input twice
// (docs/hardening.md).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "pipeline.h"
#include "reading_digest.h"

namespace {

// Where the alias budget (--max-alias-uses) runs out may differ: the streamed
// reader takes the top-level keys after the lists, so it meets the aliases in
// another order. Past that point the two readings may part, by design.
bool alias_budget_spent(const std::string& description) {
  return description.find("limit-exceeded") != std::string::npos &&
         description.find("[aliases (*name) here bring in more than") != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace msklint;
  using namespace msklint::fuzzing;
  if (size > max_input_bytes) return -1;  // -1: do not add to the corpus
  static const Limits limits = fuzz_limits();
  const SourceText source("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  const std::string streamed = read_streamed(source, limits);
  const std::string whole_tree = read_in_two_steps(source, limits);
  if (streamed != whole_tree && !alias_budget_spent(streamed) && !alias_budget_spent(whole_tree)) {
    std::fprintf(stderr, "the readings differ\n--- streamed\n%s\n--- whole tree\n%s\n", streamed.c_str(),
                 whole_tree.c_str());
    __builtin_trap();
  }
  return 0;
}
