#pragma once

#include <optional>
#include <string_view>

namespace msklint {

// Ordered: a higher value is more serious.
enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace msklint
