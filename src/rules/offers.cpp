// What the pathway offers across the whole journey (ARMA key messages 2023,
// sections 2, 3, 4 and 6): care in every setting, shared decisions,
// prevention, mental well-being, supported self-management, patient
// organisations, support while waiting, a broad workforce, and a fair
// policy when people do not attend.
//   whole-journey, shared-decision-making, prevention-missing, wellbeing-check,
//   health-coaching, patient-organisation-signposting, support-while-waiting,
//   workforce-breadth, dna-policy-missing

#include <algorithm>
#include <functional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/criteria.h"
#include "rules/service_kinds.h"
#include "text/words.h"

namespace msklint {

namespace {

// "primary", "primary or community", "primary, community or secondary".
std::string listed(const std::vector<std::string_view>& words, std::string_view last) {
  if (words.size() == 1) return std::string(words.front());
  const std::vector<std::string_view> head(words.begin(), words.end() - 1);
  return fmt::format("{} {} {}", fmt::join(head, ", "), last, words.back());
}

// "Physiotherapists and occupational therapists" names two professions;
// "physiotherapist" and "Physiotherapists" name one.
std::vector<std::string> professions_in(std::string_view staff) {
  std::vector<std::string> found;
  std::string current;
  const Words words(staff);
  auto flush = [&] {
    if (current.empty()) return;
    if (current.size() > 1 && current.back() == 's') current.pop_back();
    found.push_back(std::move(current));
    current.clear();
  };
  for (const auto& token : words.tokens()) {
    if (token == "and" || token == "or") {
      flush();
      continue;
    }
    if (!current.empty()) current += ' ';
    current += token;
  }
  flush();
  // Commas and slashes split too: Words drops them, so split the raw text as well.
  if (staff.find_first_of(",/&;") != std::string_view::npos) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= staff.size()) {
      const auto end = staff.find_first_of(",/&;", start);
      const auto part = staff.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
      for (auto& profession : professions_in(part)) parts.push_back(std::move(profession));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    return parts;
  }
  return found;
}

bool offers_any(const Service& service, std::initializer_list<std::string_view> wanted) {
  return std::any_of(wanted.begin(), wanted.end(), [&](std::string_view offer) { return offers(service, offer); });
}

}  // namespace

void check_whole_journey(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (graph.node_count() == 0) return;
  std::vector<std::string_view> missing;
  for (const std::string_view setting : {"primary", "community", "secondary"}) {
    if (!any_service(graph, [&](const Service& service) { return service.setting.value == setting; })) {
      missing.push_back(setting);
    }
  }
  if (missing.empty()) return;
  out.push_back(context.finding(
      "whole-journey", pathway_location(context.pathway), "pathway",
      fmt::format("the pathway has no {} care: it does not cover the whole journey a person may need",
                  listed(missing, "or")),
      fmt::format("add the {} services people move between, and the routes to and from them", listed(missing, "and"))));
}

void check_shared_decision_making(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  auto decides_with_people = [](const Service& service) {
    return offers_any(service, {"shared-decision-making", "personalised-care"});
  };
  // A shared decision about onward care made upstream, at an MSK triage or
  // interface service on every way in, counts; a GP's or another
  // specialty's does not stand for the specialist's own.
  const auto deciding = services_where(graph, [&](const Service& service) {
    return decides_with_people(service) &&
           has_type(service, {"msk-triage", "referral-management", "community-msk", "first-contact-practitioner"});
  });
  std::vector<int> ways_in;
  for (const int node : graph.routable_nodes()) {
    if (is_way_in(graph, node) && !deciding[static_cast<std::size_t>(node)]) ways_in.push_back(node);
  }
  const std::vector<bool> undecided = graph.reachable_from(ways_in, deciding);
  // A shared decision every planned way in demands ("benefits and risks
  // explained with a decision aid") counts as one made before the service.
  auto asks_for_decision = [](const std::vector<Condition>& conditions) {
    return std::any_of(conditions.begin(), conditions.end(),
                       [](const Condition& condition) { return condition.meaning.shared_decision; });
  };
  auto decided_on_the_way_in = [&](int node) {
    if (asks_for_decision(graph.service(node).access.criteria.value)) return true;
    // Urgent and emergency routes are for red flags; the planned ways in must all ask.
    bool planned = false;
    for (const int index : graph.in_edges(node)) {
      const Edge& edge = graph.edge(index);
      if (edge.kind == RouteKind::urgent || edge.kind == RouteKind::emergency) continue;
      if (!asks_for_decision(graph.pathway().routes[static_cast<std::size_t>(edge.route)].requires_.value)) return false;
      planned = true;
    }
    return planned;
  };
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!has_type(service, {"orthopaedics", "spinal-surgery", "rheumatology", "pain-management"})) continue;
    if (decides_with_people(service) || !undecided[static_cast<std::size_t>(node)]) continue;
    if (decided_on_the_way_in(node)) continue;
    out.push_back(context.finding(
        "shared-decision-making", service.id.at, service.id.value,
        fmt::format("'{}' does not offer shared decision making or personalised care, and people can reach it "
                    "without passing a service that does: treatment decisions may not rest on what matters to the "
                    "person",
                    service.id.value),
        fmt::format("if it does, add 'offers: [shared-decision-making]' to '{}'; if not, ask how decisions about "
                    "treatment are made with people",
                    service.id.value)));
  }
}

void check_prevention_missing(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (graph.node_count() == 0) return;
  // The offer may be a service of its own, named for what it does.
  const bool prevention = any_service(graph, [](const Service& service) {
    if (is_fracture_liaison(service) ||
        has_type(service, {"exercise-programme", "strength-and-balance", "falls-service", "public-health",
                           "leisure-services", "weight-management", "stop-smoking"}) ||
        offers_any(service, {"exercise-programme", "falls-prevention", "bone-health-assessment"})) {
      return true;
    }
    const Words name(service.name.value);
    return name.has_any({"escape pain", "exercise", "strength and balance", "falls prevention", "weight management",
                         "stop smoking", "healthy weight", "healthy lifestyle", "prevention", "bone health",
                         "joint school", "good boost", "physical activity", "active"});
  });
  if (prevention) return;
  const Pathway& pathway = context.pathway;
  std::string suggestion;
  if (has_condition(pathway, {"osteoporosis", "fragility-fracture"})) {
    suggestion = "a fracture liaison service and strength and balance (falls prevention) classes";
  } else if (has_condition(pathway, {"osteoarthritis", "hip-pain", "knee-pain", "back-pain", "sciatica",
                                     "persistent-pain", "general-msk"})) {
    suggestion = "an exercise and education programme such as ESCAPE-pain, in a community venue";
  }
  out.push_back(context.finding(
      "prevention-missing", pathway_location(pathway), "pathway",
      suggestion.empty()
          ? std::string("the pathway has no preventative offer, such as health promotion with local partners "
                        "(activity, healthy weight, stopping smoking)")
          : fmt::format("the pathway has no preventative offer; for these conditions that could be {}", suggestion),
      "add the preventative service with routes to it (or 'offers: [exercise-programme]' / '[falls-prevention]' "
      "where a service provides it)"));
}

void check_wellbeing_check(const RuleContext& context, FindingSink& out) {
  if (context.graph.node_count() == 0) return;
  if (any_service(context.graph, [](const Service& service) { return offers(service, "wellbeing-check"); })) return;
  out.push_back(context.finding(
      "wellbeing-check", pathway_location(context.pathway), "pathway",
      "no service says it asks people about their mental wellbeing",
      "add 'offers: [wellbeing-check]' to the services that ask (assessment, first contact, physiotherapy), and "
      "route people who need it to support"));
}

void check_health_coaching(const RuleContext& context, FindingSink& out) {
  if (context.graph.node_count() == 0) return;
  const bool coaching = any_service(context.graph, [](const Service& service) {
    return has_type(service, {"health-coaching", "self-management", "self-management-education"}) ||
           offers_any(service, {"health-coaching", "self-management-support"});
  });
  if (coaching) return;
  out.push_back(context.finding(
      "health-coaching", pathway_location(context.pathway), "pathway",
      "the pathway offers no health coaching or supported self-management",
      "add health coaching or self-management support (a service, or 'offers: [health-coaching]' / "
      "'[self-management-support]' where a service provides it)"));
}

void check_patient_organisation_signposting(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (graph.node_count() == 0) return;
  const bool routed = std::any_of(graph.edges().begin(), graph.edges().end(), [&](const Edge& edge) {
    return has_type(graph.service(edge.to), {"patient-organisation", "peer-support", "voluntary-sector"});
  });
  const bool offered = any_service(graph, [](const Service& service) {
    return offers_any(service, {"patient-organisation-signposting", "peer-support"});
  });
  if (routed || offered) return;
  out.push_back(context.finding(
      "patient-organisation-signposting", pathway_location(context.pathway), "pathway",
      "nothing signposts people to patient organisations or peer support",
      "add signposting routes to local and national patient organisations and peer support groups (or 'offers: "
      "[patient-organisation-signposting]' where a service does it)"));
}

void check_support_while_waiting(const RuleContext& context, FindingSink& out) {
  const double long_wait_days = context.options.long_wait.calendar_days();
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!service.access.wait.value) continue;
    if (service.access.wait.value->calendar_days() <= long_wait_days) continue;
    if (offers_any(service, {"support-while-waiting", "prehabilitation", "self-management-support", "advice-line"})) {
      continue;
    }
    out.push_back(context.finding(
        "support-while-waiting", service.access.wait.at, service.id.value,
        fmt::format("'{}' has a wait of {} but offers no support while people wait", service.id.value,
                    service.access.wait_text.value),
        fmt::format("offer support while waiting at '{}' (prehabilitation, self-management advice, an advice "
                    "line) and record it with 'offers:'",
                    service.id.value)));
  }
}

void check_workforce_breadth(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    // MSK teams only: a Talking Therapies or leisure team is not judged by MSK professions.
    if (!is_community(service) || !is_community_msk(service)) continue;
    std::set<std::string> professions;
    for (const Text& member : service.staff.value) {
      for (auto& profession : professions_in(member.value)) professions.insert(std::move(profession));
    }
    if (professions.size() != 1) continue;
    out.push_back(context.finding(
        "workforce-breadth", service.staff.at, service.id.value,
        fmt::format("the community service '{}' is staffed by one profession only ({})", service.id.value,
                    *professions.begin()),
        "consider a wider team: osteopaths, occupational therapists, podiatrists, dietitians, sport "
        "rehabilitators, chiropractors and others, with appropriate clinical governance"));
  }
}

void check_dna_policy_missing(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    // A waiting list: a stated wait (even one that could not be read), unless it is same-day.
    const auto& wait = service.access.wait;
    if (!wait.key.known() || (wait.value && wait.value->days == 0)) continue;
    if (service.access.did_not_attend.present || service.access.did_not_attend.key.known()) continue;
    // A policy written as criteria text (dna-removal reads it) is a policy, if a bad one.
    const auto& criteria = service.access.criteria.value;
    if (std::any_of(criteria.begin(), criteria.end(),
                    [](const Condition& condition) { return removes_non_attenders(condition); })) {
      continue;
    }
    out.push_back(context.finding(
        "dna-policy-missing", service.access.wait.key, service.id.value,
        fmt::format("'{}' has a waiting list but states no policy for people who do not attend", service.id.value),
        fmt::format("add 'did_not_attend: contact' (or rebook / clinical-review) to '{}' so missed appointments "
                    "lead to a call, not a discharge",
                    service.id.value)));
  }
}

}  // namespace msklint
