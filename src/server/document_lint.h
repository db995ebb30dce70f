#pragma once

// One document open in an editor, linted as `msklint check FILE` would lint
// the file: its nearest .msklint.yaml, its system and the other pathways of
// that system, with the text of every open document read in place of what
// is saved. A `.msklint.yaml` is read as a configuration. YAML files that
// are neither pathways nor systems (a CI workflow, mkdocs.yml) get nothing.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "lint/lint.h"

namespace msklint::server {

struct LintedDocument {
  enum class Kind {
    pathway,        // a pathway or system file: `report` holds its findings
    configuration,  // a .msklint.yaml: `config_error` is its problem, if any; `report` holds only its text
    other,          // not msklint's: nothing to say
  };
  Kind kind = Kind::other;
  FileReport report;
  std::optional<ConfigError> config_error;
};

struct DocumentLintOptions {
  // The day dates are judged on (msk-board-discussion); null: only a missing date is reported.
  std::optional<std::chrono::year_month_day> today;
  Limits limits;
};

// `path`: the file the document is (absolute), or nothing for a buffer that
// is not a file, which is linted alone with the default rules. `open`: the
// text of every document open in the editor, by absolute path.
LintedDocument lint_document(const std::optional<std::string>& path, const std::string& name, const std::string& text,
                             const std::map<std::string, std::string>& open, const DocumentLintOptions& options);

// Whether `text` is a pathway or system file: a top-level `pathway`,
// `services`, `routes` or `system` key among its first 64 KiB.
bool looks_like_msklint_file(std::string_view text);

}  // namespace msklint::server
