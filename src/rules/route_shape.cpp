// duplicate-route and self-route: routes that say nothing new.

#include <map>
#include <tuple>

#include <fmt/format.h>

#include "rules/rule.h"

namespace msklint {

void check_duplicate_route(const RuleContext& context, FindingSink& out) {
  std::map<std::tuple<std::string_view, std::string_view, RouteKind>, Location> first;
  for (const Route& route : context.pathway.routes) {
    // A kind that could not be read is a schema finding; guessing "referral"
    // could call two different routes duplicates.
    if (!route.from.present || (route.kind.key.known() && !route.kind.present)) continue;
    for (const Text& target : route.to) {
      if (target.value == route.from.value) continue;  // self-route reports it
      const auto [it, inserted] = first.emplace(std::tuple{std::string_view(route.from.value),
                                                           std::string_view(target.value), route.kind.value},
                                                target.at);
      if (inserted) continue;
      // A repeat made by merging the same list points at the route, not back at the original.
      const Location at = target.at == it->second ? route.at : target.at;
      out.push_back(context.finding(
          "duplicate-route", at, route_name(route, target),
          fmt::format("the {} route {} is written twice (first at {})", to_string(route.kind.value),
                      route_name(route, target),
                      it->second.line == at.line ? fmt::format("column {}", it->second.column)
                                                        : fmt::format("line {}", it->second.line)),
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
