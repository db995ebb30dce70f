#include "model/pathway.h"

namespace msklint {

double Rate::per_month() const {
  // Average month: 365.25 / 12 days.
  constexpr double days_per_month = 365.25 / 12;
  switch (per) {
    case Period::day: return count * days_per_month;
    case Period::week: return count * days_per_month / 7;
    case Period::month: return count;
    case Period::year: return count / 12;
  }
  return count;
}

std::string_view to_string(RouteKind kind) {
  switch (kind) {
    case RouteKind::referral: return "referral";
    case RouteKind::self_referral: return "self-referral";
    case RouteKind::signpost: return "signpost";
    case RouteKind::urgent: return "urgent";
    case RouteKind::emergency: return "emergency";
  }
  return "referral";
}

std::string route_name(const Route& route, const Text& target) {
  return route.from.value + " -> " + target.value;
}

}  // namespace msklint
