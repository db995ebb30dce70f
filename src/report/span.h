#pragma once

// How far a finding's spot reaches on its line: the value it points at, as
// YAML would end it. Text output underlines it; SARIF and GitHub annotations
// use it as the end of the region.

#include <cstddef>
#include <string_view>

#include "model/location.h"
#include "read/source.h"

namespace msklint {

// Byte offset of 1-based character column `column` in `line` (the line's
// size when the column is past its end).
std::size_t byte_offset(std::string_view line, int column);
// The same on line `at.line` of `source`, at once when the file is ASCII (a
// file of one long line must not cost a count from its start per finding).
std::size_t byte_offset(const SourceText& source, Location at);

// The exclusive end column (1-based, in characters) of the text at `at`: its
// start column plus the number of characters underlined, at least one. 0 when
// the location is unknown.
int end_column(const SourceText& source, Location at);

}  // namespace msklint
