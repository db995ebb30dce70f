#pragma once

// Options a rule can take from the configuration file:
//   rules:
//     support-while-waiting: {severity: warning, long-wait: 6 weeks}
// Each option has a row in one table (options.cpp) that parses, shows and
// documents it; a rule reads its value from RuleContext::options.

#include <span>
#include <string>
#include <string_view>

#include "model/pathway.h"

namespace msklint {

struct RuleOptions {
  // support-while-waiting: a wait longer than this needs support while waiting.
  // ARMA's "longer than a few weeks", read as four weeks.
  Duration long_wait{28, false};
};

struct RuleOptionSpec {
  std::string_view rule;
  std::string_view name;
  std::string_view description;
  std::string_view example;  // a valid value, for messages and docs
  // Sets the option from its text; returns false when the text does not fit.
  bool (*set)(RuleOptions& options, std::string_view text);
  // The option's value, written as the configuration file would write it.
  std::string (*show)(const RuleOptions& options);
};

std::span<const RuleOptionSpec> rule_option_specs();
const RuleOptionSpec* find_rule_option(std::string_view rule, std::string_view name);

}  // namespace msklint
