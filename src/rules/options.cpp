#include "rules/options.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "read/values.h"

namespace msklint {

namespace {

std::string show_duration(const Duration& duration) {
  return fmt::format("{:g} {}", duration.days, duration.working_days ? "working days" : "days");
}

constexpr std::array specs{
    RuleOptionSpec{
        "support-while-waiting", "long-wait",
        "A wait longer than this needs support while people wait (default: 28 days, ARMA's \"a few weeks\").",
        "6 weeks",
        [](RuleOptions& options, std::string_view text) {
          const auto duration = parse_duration(text);
          if (duration) options.long_wait = *duration;
          return duration.has_value();
        },
        [](const RuleOptions& options) { return show_duration(options.long_wait); },
    },
};

}  // namespace

std::span<const RuleOptionSpec> rule_option_specs() { return specs; }

const RuleOptionSpec* find_rule_option(std::string_view rule, std::string_view name) {
  const auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const RuleOptionSpec& spec) { return spec.rule == rule && spec.name == name; });
  return it == specs.end() ? nullptr : &*it;
}

}  // namespace msklint
