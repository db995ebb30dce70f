#pragma once

// What the configuration decides for one file: which rules run, at what
// severity, and with which options. The default is every rule at the
// severity its document gives.

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "model/severity.h"
#include "rules/options.h"

namespace msklint {

struct RuleSettings {
  std::set<std::string, std::less<>> off;                  // rules that do not run
  std::map<std::string, Severity, std::less<>> severity;   // severities that replace the default
  RuleOptions options;

  bool enabled(std::string_view rule) const { return !off.contains(rule); }
};

}  // namespace msklint
