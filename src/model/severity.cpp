#include "model/severity.h"

namespace msklint {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  if (text == "info") return Severity::info;
  return std::nullopt;
}

}  // namespace msklint
