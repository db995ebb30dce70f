// duplicate-route and self-route: routes that say nothing new.

#include <functional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/rule.h"
#include "util/index_table.h"

namespace msklint {

void check_duplicate_route(const RuleContext& context, FindingSink& out) {
  // Every (from, to, kind) written, in file order, each looked up among those
  // before it.
  struct Written {
    std::string_view from;
    std::string_view to;
    RouteKind kind;
    Location at;
  };
  std::size_t targets = 0;
  for (const Route& route : context.pathway.routes) targets += route.to.size();
  std::vector<Written> written;
  written.reserve(targets);
  IndexTable seen(targets);
  const std::hash<std::string_view> hash;
  for (const Route& route : context.pathway.routes) {
    // A kind that could not be read is a schema finding; guessing "referral"
    // could call two different routes duplicates.
    if (!route.from.present || (route.kind.key.known() && !route.kind.present)) continue;
    for (const Text& target : route.to) {
      if (target.value == route.from.value) continue;  // self-route reports it
      const Written here{route.from.value, target.value, route.kind.value, target.at};
      int& first = seen.slot(hash(here.from) ^ (hash(here.to) * 31) ^ static_cast<std::size_t>(here.kind),
                             [&](int other) {
                               const Written& there = written[static_cast<std::size_t>(other)];
                               return there.from == here.from && there.to == here.to && there.kind == here.kind;
                             });
      if (first == IndexTable::empty) {
        first = static_cast<int>(written.size());
        written.push_back(here);
        continue;
      }
      const Location first_at = written[static_cast<std::size_t>(first)].at;
      // A repeat made by merging the same list points at the route, not back at the original.
      const Location at = target.at == first_at ? route.at : target.at;
      out.push_back(context.finding(
          "duplicate-route", at, route_name(route, target),
          fmt::format("the {} route {} is written twice (first at {})", to_string(route.kind.value),
                      route_name(route, target),
                      first_at.line == at.line ? fmt::format("column {}", first_at.column)
                                               : fmt::format("line {}", first_at.line)),
          "remove one of the two; if they differ in share or target time, keep the one that is right"));
    }
  }
}

void check_self_route(const RuleContext& context, FindingSink& out) {
  for (const Route& route : context.pathway.routes) {
    if (!route.from.present) continue;
    for (const Text& target : route.to) {
      if (target.value != route.from.value) continue;
      out.push_back(context.finding(
          "self-route", target.at, route_name(route, target),
          fmt::format("route from '{}' leads back to '{}' itself", route.from.value, target.value),
          "remove it; a follow-up within a service is not a route, and a re-referral should name where it goes"));
    }
  }
}

}  // namespace msklint
