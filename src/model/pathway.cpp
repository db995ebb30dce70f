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

std::string route_subject(const Route& route) {
  std::string subject = route.from.value + " -> ";
  if (route.to.empty()) return subject + "?";
  for (std::size_t i = 0; i < route.to.size(); ++i) {
    if (i > 0) subject += ", ";
    subject += route.to[i].value;
  }
  return subject;
}

namespace {

// Only positions that are known move: an unknown one means "not written",
// which rules rely on.
void move(Location& location, Location at) {
  if (location.known()) location = at;
}

template <class T>
void move_field(Field<T>& field, Location at) {
  move(field.key, at);
  move(field.at, at);
}

void move_list(TextList& list, Location at) {
  move_field(list, at);
  for (Text& text : list.value) move_field(text, at);
}

void move_conditions(ConditionList& list, Location at) {
  move_field(list, at);
  for (Condition& condition : list.value) {
    move_field(condition.text, at);
    move_field(condition.basis, at);
    move_field(condition.measure, at);
    move(condition.at, at);
  }
}

}  // namespace

void place_at(Service& service, Location at) {
  for (Text* text : {&service.id, &service.name, &service.type, &service.setting, &service.serves,
                     &service.access.did_not_attend, &service.access.wait_text, &service.uses}) {
    move_field(*text, at);
  }
  move_field(service.entry, at);
  move_field(service.capacity, at);
  move_field(service.throughput, at);
  move_field(service.access.wait, at);
  for (TextList* list : {&service.delivery, &service.staff, &service.offers, &service.measures}) move_list(*list, at);
  move_conditions(service.access.criteria, at);
  move_conditions(service.access.excludes, at);
  for (Waiver& waiver : service.waivers) {
    move(waiver.key, at);
    move(waiver.at, at);
  }
  move(service.at, at);
}

}  // namespace msklint
