#pragma once

// What an editor shows when the pointer rests on a place in a pathway: the
// findings there, with the rule's document (why it matters, how to fix it,
// ARMA's section), then what the key or the vocabulary word there means.

#include <string>

#include "server/document_lint.h"

namespace msklint::server {

// Markdown; empty when there is nothing to say at `at` (1-based line and
// character column).
std::string hover_text(const LintedDocument& document, Location at);

}  // namespace msklint::server
