#pragma once

#include <optional>

#include "model/finding.h"
#include "model/finding_budget.h"
#include "model/pathway.h"
#include "model/system.h"
#include "read/limits.h"
#include "read/source.h"
#include "read/yaml_tree.h"

namespace msklint {

struct ReadPathway {
  Pathway pathway;
  // Set instead when the file is a system file (its top-level key is `system`).
  std::optional<System> system;
  Findings problems;  // schema, unknown-key, limit-exceeded
  // Findings past Limits::max_findings_per_rule, counted but not made.
  LeftOutFindings left_out;
};

// Turns a located YAML tree into the pathway model, checking it against the
// format (read/format.h). Reads everything it can understand, so later rules
// still run on a file with some mistakes.
ReadPathway read_pathway(const YamlTree& tree, const SourceText& source, const Limits& limits);

// The same, freeing each service's and route's nodes once it is read (unless
// anchors make earlier nodes reachable again), so a large pathway's tree and
// model are not both held in full. The tree is spent afterwards.
ReadPathway read_pathway(YamlTree&& tree, const SourceText& source, const Limits& limits);

struct ParsedPathway {
  Findings problems;          // the parser's: yaml-syntax, duplicate-key, empty-file, ...
  LeftOutFindings left_out;   // the parser's, past Limits::max_findings_per_rule
  std::optional<ReadPathway> read;  // when the file holds a YAML document
};

// parse_yaml and read_pathway in one pass, with the same findings and model:
// each service and route is read as soon as the parser completes it and its
// nodes are reused for the next, so a large pathway is never held whole as
// a tree (only what anchors may lead back to is kept).
ParsedPathway read_pathway_file(const SourceText& source, const Limits& limits);

}  // namespace msklint
