#pragma once

// Text from a pathway placed in Markdown (the review notes, the language
// server's hovers) so that it reads as written: never as formatting, HTML,
// a link or a table's border, and never with raw control characters.

#include <string>
#include <string_view>

namespace msklint {

// Pathway text as Markdown text, on one line: control characters written out
// (util/visible.h), and the characters Markdown would read as formatting,
// HTML or a table's cell border escaped (`>` and `!` mean something only
// where pathway text never starts a line or a link).
std::string markdown_text(std::string_view raw);

// A code span that holds any text: the fence is longer than any run of
// backticks inside, and `|` is escaped because GFM tables split on it even
// within code.
std::string markdown_code(std::string_view raw);

}  // namespace msklint
