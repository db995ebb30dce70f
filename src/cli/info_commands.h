#pragma once

#include <string>

namespace msklint {

struct RulesOptions {
  std::string format = "text";
};

int print_rules(const RulesOptions& options);
int explain_rule(const std::string& id);
int print_schema();

}  // namespace msklint
