#pragma once

// The located model of one pathway file (format version 1, docs/pathway-format.md).
// Every value remembers where its key and its value were written, so a
// finding can point at the exact spot.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/criterion_meaning.h"
#include "model/location.h"

namespace msklint {

// A value read from the file, with the position of its key and of its value.
template <class T>
struct Field {
  T value{};
  Location key;
  Location at;
  bool present = false;
};

using Text = Field<std::string>;
using TextList = Field<std::vector<Text>>;

enum class Period { day, week, month, year };

// "<number>/<period>", e.g. "400/month".
struct Rate {
  double count = 0;
  Period per = Period::month;
  double per_month() const;
};

// "6 weeks", "3 days", "3 working days", "2 months", "24 hours".
struct Duration {
  double days = 0;
  bool working_days = false;
  // Working days count five to a calendar week.
  double calendar_days() const { return working_days ? days * 7 / 5 : days; }
};

// A prerequisite or eligibility criterion: free text, optionally with the
// clinical basis it rests on (e.g. "NICE QS87 statement 7").
struct Condition {
  Text text;
  Text basis;
  Text measure;  // bmi | weight | age | smoking | ... (read/format.cpp)
  Location at;
  CriterionMeaning meaning;  // what the text says, read once (src/text/criterion_reading.cpp)
};
using ConditionList = Field<std::vector<Condition>>;

// `waive: {rule-id: reason}` on a service, route or the pathway. Applied after
// the checks (lint/waivers.cpp); an empty reason is kept so it can be reported.
struct Waiver {
  std::string rule;
  std::string reason;
  std::string subject;  // the subject of the findings it waives: "physio", "gp -> physio", "pathway"
  Location key;         // the rule id
  Location at;          // the reason (or the key, when the reason is missing)
};

struct Access {
  ConditionList criteria;
  ConditionList excludes;  // who the service does not see, read like criteria that exclude
  Text did_not_attend;  // contact | rebook | clinical-review | discharge | remove, or a policy in words
  CriterionMeaning did_not_attend_meaning;  // the policy in words, read; empty for a single word
  Field<std::optional<Duration>> wait;
  Text wait_text;
};

struct Service {
  Text id;
  Text name;
  Text type;
  Text setting;  // explicit or defaulted from type (then present == false)
  Field<bool> entry;
  Field<std::optional<Rate>> capacity;
  Field<std::optional<Rate>> throughput;
  TextList delivery;
  TextList staff;
  TextList offers;
  Access access;
  Text serves;         // the population the service covers
  TextList measures;   // how its performance is measured
  std::vector<Waiver> waivers;
  Location at;  // the start of the service's mapping
  // `- uses: ID`: a service of the pathway's system (model/system.h). Until
  // the system is read, only `id` (the same ID) and `uses` are set; then the
  // shared service's records are copied in, placed at this entry.
  Text uses;

  const std::string& display_name() const { return name.present ? name.value : id.value; }
};

enum class RouteKind { referral, self_referral, signpost, urgent, emergency };

struct Route {
  Text from;
  std::vector<Text> to;
  Field<RouteKind> kind;
  Field<std::optional<double>> share;  // fraction 0..1
  ConditionList requires_;
  Field<std::optional<Duration>> within;
  Text within_text;
  std::vector<Waiver> waivers;
  Location at;  // the start of the route's mapping
};

struct Population {
  TextList ages;
  TextList need;   // what is known about local need
  Text children;   // how children and young people are served
};

struct PathwayInfo {
  Text id;
  Text title;
  Text owner;
  Text version;
  Text msk_lead;
  TextList conditions;
  Field<Population> population;
  TextList coproduction;
  TextList equalities;
  TextList measures;
  std::vector<Waiver> waivers;
  Location at;
};

struct Pathway {
  PathwayInfo info;
  bool has_info = false;
  std::vector<Service> services;
  std::vector<Route> routes;
};

std::string_view to_string(RouteKind kind);

// Every position in `service` set to `at`: a shared service copied into a
// pathway is shown where the pathway names it, not at the system file's lines.
void place_at(Service& service, Location at);

// "gp -> physio": the name findings use for one edge of a route.
std::string route_name(const Route& route, const Text& target);
// "gp -> physio, ortho": the subject of findings about the route as a whole,
// and of the waivers written on it.
std::string route_subject(const Route& route);

}  // namespace msklint
