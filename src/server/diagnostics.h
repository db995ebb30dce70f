#pragma once

// A linted document as the Language Server Protocol shows it: diagnostics
// (what is wrong, where, with the rule's why and fix) and the quick fixes for
// a range (the finding's certain correction, and "waive with a reason").
// Lays out what lint decided; decides nothing of its own.

#include <string>

#include <nlohmann/json.hpp>

#include "server/document_lint.h"
#include "server/positions.h"

namespace msklint::server {

// LSP `Range` of a finding: its line, from its column to the end of the
// value it points at. A finding about the whole file is at its start.
nlohmann::json range_of(const SourceText& source, Location at, PositionEncoding encoding);

// The `diagnostics` array of textDocument/publishDiagnostics.
nlohmann::json diagnostics_of(const LintedDocument& document, const std::string& uri, PositionEncoding encoding);

// The `CodeAction`s for findings whose range meets `range` (an LSP Range):
// each certain correction (preferred), then "waive with a reason" for each
// finding a waiver can cover.
nlohmann::json code_actions_for(const LintedDocument& document, const std::string& uri, const nlohmann::json& range,
                                PositionEncoding encoding);

}  // namespace msklint::server
