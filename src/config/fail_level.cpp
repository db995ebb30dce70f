#include "config/config.h"

namespace msklint {

std::string_view to_string(FailLevel level) {
  switch (level) {
    case FailLevel::error: return "error";
    case FailLevel::warning: return "warning";
    case FailLevel::info: return "info";
    case FailLevel::never: return "never";
  }
  return "error";
}

std::optional<FailLevel> parse_fail_level(std::string_view text) {
  if (text == "error") return FailLevel::error;
  if (text == "warning") return FailLevel::warning;
  if (text == "info") return FailLevel::info;
  if (text == "never") return FailLevel::never;
  return std::nullopt;
}

bool fails_at(std::optional<Severity> severity, FailLevel level) {
  switch (level) {
    case FailLevel::error: return severity.value_or(Severity::error) >= Severity::error;
    case FailLevel::warning: return severity.value_or(Severity::error) >= Severity::warning;
    case FailLevel::info: return true;
    case FailLevel::never: return false;
  }
  return true;
}

}  // namespace msklint
