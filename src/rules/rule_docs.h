#pragma once

// Rule documents (rules/<id>.md) are compiled into the binary. Their front
// matter gives each rule's default severity, theme, guidance section and the
// one-line summary, why and fix that text output shows; their body is what
// `msklint explain` prints.

#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/severity.h"

namespace msklint {

struct RuleDoc {
  std::string id;
  Severity severity = Severity::warning;
  std::string theme;
  std::string guidance;
  std::string summary;
  std::string why;
  std::string fix;
  // `audience: team`: about how the file is written (syntax, keys, ids,
  // waivers), for the team that edits it; board notes count these findings
  // rather than list them.
  bool team_only = false;
  std::string body;  // Markdown after the front matter
  // The bullets under "## Questions to ask", one plain-text question each
  // (wrapped lines joined), for the review report.
  std::vector<std::string> questions;
};

// All documents, sorted by id. Parsed once.
const std::vector<RuleDoc>& rule_docs();
const RuleDoc* find_rule_doc(std::string_view id);

// The fix line a finding shows: its own hint, else its rule's generic fix;
// and why its rule matters. Below both the review and the output formats,
// which show them.
std::string fix_text(const Finding& finding);
std::string why_text(const Finding& finding);

// Parses one document; throws std::runtime_error naming `file` if it is malformed.
RuleDoc parse_rule_doc(std::string_view file, std::string_view text);

// The embedded files: (file name, contents). Generated at build time.
struct EmbeddedFile {
  const char* name;
  const char* contents;
};
std::vector<EmbeddedFile> embedded_rule_docs();

}  // namespace msklint
