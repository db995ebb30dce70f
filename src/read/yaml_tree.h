#pragma once

// A located YAML tree built from yaml-cpp's event API rather than YAML::Load:
// aliases stay aliases (no exponential expansion), every node keeps its own
// position, duplicate keys are seen, and only the first document is built.

#include <cstddef>
#include <string>
#include <vector>

#include "model/finding.h"
#include "read/limits.h"
#include "read/source.h"

namespace msklint {

struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping, alias };
  Kind kind = Kind::null;
  Location at;
  std::string value;          // scalar text
  bool quoted = false;        // scalar was written in quotes (so "true" is text)
  int alias_of = -1;          // alias: index of the anchored node
  std::vector<int> children;  // sequence items; mapping keys and values interleaved
};

struct YamlTree {
  std::vector<YamlNode> nodes;
  int root = -1;  // -1: no document

  const YamlNode& node(int index) const { return nodes[static_cast<std::size_t>(index)]; }
};

struct ParsedYaml {
  YamlTree tree;
  Findings problems;  // yaml-syntax, duplicate-key, multiple-documents, empty-file, limit-exceeded
};

// Parses the first YAML document of `source`. Never throws on bad input.
ParsedYaml parse_yaml(const SourceText& source, const Limits& limits);

// Plain-words explanation of a yaml-cpp parser message, with a hint.
struct SyntaxExplanation {
  std::string message;
  std::string hint;
};
SyntaxExplanation explain_syntax_error(const std::string& parser_message);

}  // namespace msklint
