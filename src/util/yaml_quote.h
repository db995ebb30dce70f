#pragma once

// Writing text as a YAML value that reads back as the same text.

#include <string>
#include <string_view>

namespace msklint {

// `text` as YAML double-quoted text: '"' and '\' escaped, control characters
// as \xNN escapes, so it stays on one line and reads back unchanged.
std::string yaml_double_quoted(std::string_view text);

}  // namespace msklint
