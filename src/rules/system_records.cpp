// What the system file records about the ICB's MSK system as one whole, and
// whether its pathways together span the breadth of MSK (ARMA ICB report
// 2024: priorities, board discussion; key messages 2023: key questions).
//   msk-priorities-missing, msk-board-discussion, msk-breadth

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "read/values.h"
#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

void check_msk_priorities_missing(const SystemRuleContext& context, FindingSink& out) {
  const System& system = context.system.system;
  const TextList& priorities = system.info.priorities;
  if (!system.has_info || (priorities.key.known() && !priorities.present)) return;  // unreadable: a schema finding
  const bool stated = std::any_of(priorities.value.begin(), priorities.value.end(),
                                  [](const Text& priority) { return !is_placeholder(priority); });
  if (stated) return;
  out.push_back(context.finding(
      "msk-priorities-missing", priorities.key.known() ? priorities.key : system_location(context.system.system), "system",
      "the system states no priorities for MSK services, so nobody can tell what the ICB means to improve first",
      "add 'priorities:' listing what the ICB has agreed to improve in MSK (e.g. \"Waiting times for community "
      "MSK\", \"Fracture liaison coverage\")"));
}

void check_msk_board_discussion(const SystemRuleContext& context, FindingSink& out) {
  const System& system = context.system.system;
  const Text& discussed = system.info.board_discussed;
  if (!system.has_info || (discussed.key.known() && !discussed.present)) return;  // unreadable: a schema finding
  if (!discussed.present) {
    out.push_back(context.finding(
        "msk-board-discussion", system_location(context.system.system), "system",
        "the system does not record when the ICB board last discussed MSK services",
        "add 'board_discussed:' with the date of the board meeting that last discussed MSK (YYYY-MM-DD), or "
        "ask for MSK to be put on the board's agenda"));
    return;
  }
  const auto date = parse_iso_date(discussed.value);
  if (!date || !context.today) return;
  using namespace std::chrono;
  const sys_days when{*date};
  const sys_days today{*context.today};
  // "In the last year": on or after the same day a year before.
  const year_month_day year_before = *context.today - years{1};
  const sys_days limit = year_before.ok() ? sys_days{year_before} : sys_days{year_before.year() / year_before.month() / last};
  if (when > today) {
    out.push_back(context.finding(
        "msk-board-discussion", discussed.at, "system",
        fmt::format("the board's last discussion of MSK is dated {}, which is after today ({:04}-{:02}-{:02})",
                    discussed.value, static_cast<int>(context.today->year()),
                    static_cast<unsigned>(context.today->month()), static_cast<unsigned>(context.today->day())),
        "write the date of a meeting that has taken place"));
  } else if (when < limit) {
    const auto months = (today - when).count() * 12 / 365;
    out.push_back(context.finding(
        "msk-board-discussion", discussed.at, "system",
        fmt::format("the ICB board last discussed MSK services on {}, about {} months ago: more than a year",
                    discussed.value, months),
        "ask for MSK services, including children and young people's, to be discussed at a board meeting"));
  }
}

namespace {

struct Part {
  std::string_view name;
  std::function<bool(const Service&)> test;
};

// The breadth of MSK in ARMA's key question: orthopaedics, rheumatology,
// primary, community and pain services.
const std::array<Part, 5>& parts_of_msk() {
  static const std::array<Part, 5> parts{{
      {"orthopaedics", [](const Service& service) { return is_surgical(service); }},
      {"rheumatology", [](const Service& service) { return has_type(service, {"rheumatology"}); }},
      {"primary care", [](const Service& service) { return service.setting.value == "primary"; }},
      {"community services", [](const Service& service) { return service.setting.value == "community"; }},
      {"pain services", [](const Service& service) { return has_type(service, {"community-pain", "pain-management"}); }},
  }};
  return parts;
}

}  // namespace

void check_msk_breadth(const SystemRuleContext& context, FindingSink& out) {
  const LoadedSystem& loaded = context.system;
  // Without its pathways the system's breadth cannot be seen: say nothing.
  if (!loaded.system.has_info || loaded.members.empty()) return;
  std::vector<std::string_view> missing;
  for (const Part& part : parts_of_msk()) {
    const bool found =
        std::any_of(loaded.system.services.begin(), loaded.system.services.end(), part.test) ||
        std::any_of(loaded.members.begin(), loaded.members.end(), [&](const SystemMember& member) {
          return std::any_of(member.pathway->services.begin(), member.pathway->services.end(), part.test);
        });
    if (!found) missing.push_back(part.name);
  }
  if (missing.empty()) return;
  out.push_back(context.finding(
      "msk-breadth", system_location(context.system.system), "system",
      fmt::format("none of the system's {} pathway{} includes {}: the system does not span the breadth of MSK",
                  loaded.members.size(), loaded.members.size() == 1 ? "" : "s", fmt::join(missing, " or ")),
      fmt::format("add the pathways or services for {} (or say where they are commissioned), so the system can be "
                  "planned as one",
                  fmt::join(missing, " and "))));
}

}  // namespace msklint
