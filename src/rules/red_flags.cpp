// Early diagnosis and red flags (ARMA key messages 2023, section 2,
// "Measures to promote early diagnosis and rapid access"): urgent routes
// for conditions known for diagnostic delay, an emergency route for spinal
// red flags, and screening wherever people come in.
//   urgent-referral-route, red-flag-route, red-flag-screening

#include <algorithm>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

namespace {

// NICE NG100: refer suspected persistent synovitis within 3 working days. A
// target in calendar days may be up to 5 (3 working days can span a weekend).
bool within_three_working_days(const Duration& duration) {
  return duration.working_days ? duration.days <= 3 : duration.days <= 5;
}

bool urgent_kind(RouteKind kind) { return kind == RouteKind::urgent || kind == RouteKind::emergency; }

}  // namespace

void check_urgent_referral_route(const RuleContext& context, FindingSink& out) {
  const Pathway& pathway = context.pathway;
  const bool synovitis = has_condition(pathway, {"inflammatory-arthritis", "rheumatoid-arthritis", "psoriatic-arthritis"});
  if (!synovitis && !has_condition(pathway, {"axial-spondyloarthritis"})) return;
  const Graph& graph = context.graph;
  // The 3-working-day target is NICE's for suspected persistent synovitis;
  // for axial spondyloarthritis alone an urgent route is asked for, not a time.
  auto fast_enough = [&](const Duration& within) { return !synovitis || within_three_working_days(within); };
  // Of the routes that miss the target, report the quickest: the one nearest to it.
  const Route* quickest_urgent = nullptr;
  const Route* quickest_other = nullptr;
  for (const Edge& edge : graph.edges()) {
    const Service& from = graph.service(edge.from);
    if (!has_type(graph.service(edge.to), {"rheumatology"})) continue;
    if (from.setting.value != "primary" && from.setting.value != "community" && from.setting.value != "self-care") {
      continue;
    }
    const Route& route = pathway.routes[static_cast<std::size_t>(edge.route)];
    const auto& within = route.within.value;
    auto quicker = [&](const Route* than) {
      return than == nullptr || within->calendar_days() < than->within.value->calendar_days();
    };
    if (urgent_kind(edge.kind)) {
      if (!within || fast_enough(*within)) return;  // an urgent route that meets the target
      if (quicker(quickest_urgent)) quickest_urgent = &route;
    } else if (within) {
      if (within_three_working_days(*within)) return;  // quick enough whatever its kind
      if (synovitis && quicker(quickest_other)) quickest_other = &route;
    }
  }
  if (const Route* slow = quickest_urgent ? quickest_urgent : quickest_other) {
    const std::string name = fmt::format("{} -> rheumatology", slow->from.value);
    out.push_back(context.finding(
        "urgent-referral-route", slow->within.at, name,
        fmt::format("the quickest route to rheumatology ({}) aims for '{}', slower than NICE's 3 working days for "
                    "suspected persistent synovitis",
                    name, slow->within_text.value),
        "add an urgent route ('kind: urgent', 'within: 3 working days') for suspected persistent synovitis, and "
        "make sure the service can meet it"));
    return;
  }
  out.push_back(context.finding(
      "urgent-referral-route", pathway_location(pathway), "pathway",
      fmt::format("the pathway is for {}, known for long delays in diagnosis, but has no urgent route from primary "
                  "or community care to rheumatology",
                  synovitis ? "inflammatory arthritis" : "axial spondyloarthritis"),
      "add an urgent route to rheumatology ('kind: urgent', 'within: 3 working days') for suspected persistent "
      "synovitis, from the GP and first contact practitioners"));
}

void check_red_flag_route(const RuleContext& context, FindingSink& out) {
  const Pathway& pathway = context.pathway;
  const Graph& graph = context.graph;
  const bool spinal = has_condition(pathway, {"back-pain", "sciatica", "cauda-equina-syndrome", "neck-pain"}) ||
                      any_service(graph, [](const Service& service) { return has_type(service, {"spinal-surgery"}); });
  if (!spinal) return;
  // An emergency route to the emergency department or spinal surgery, or an
  // urgent one that is same-day, lets suspected cauda equina be seen at once.
  // It must start where people present (primary, community or self-care),
  // not after surgery.
  const bool route = std::any_of(graph.edges().begin(), graph.edges().end(), [&](const Edge& edge) {
    const Service& from = graph.service(edge.from);
    if (from.setting.value != "primary" && from.setting.value != "community" && from.setting.value != "self-care") {
      return false;
    }
    const Service& to = graph.service(edge.to);
    if (!has_type(to, {"emergency-department", "spinal-surgery", "diagnostics"})) return false;
    const auto& within = pathway.routes[static_cast<std::size_t>(edge.route)].within.value;
    const bool same_day = within && !within->working_days && within->days <= 1;
    if (has_type(to, {"diagnostics"})) return edge.kind == RouteKind::emergency && same_day;  // emergency MRI
    return edge.kind == RouteKind::emergency || (edge.kind == RouteKind::urgent && same_day);
  });
  if (route) return;
  out.push_back(context.finding(
      "red-flag-route", pathway_location(pathway), "pathway",
      "this back pain or spinal pathway has no emergency route for red flags such as suspected cauda equina "
      "syndrome",
      "add an emergency route ('kind: emergency') from the entry services to the emergency department or a "
      "same-day spinal assessment"));
}

void check_red_flag_screening(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!is_way_in(graph, node) || offers(service, "red-flag-screening")) continue;
    // Red flags listed on an urgent or emergency route out of the service show it screens for them.
    const bool routes_red_flags = std::any_of(graph.out_edges(node).begin(), graph.out_edges(node).end(), [&](int index) {
      const Edge& edge = graph.edge(index);
      const Route& route = graph.pathway().routes[static_cast<std::size_t>(edge.route)];
      return (edge.kind == RouteKind::urgent || edge.kind == RouteKind::emergency) && !route.requires_.value.empty();
    });
    if (routes_red_flags) continue;
    // The emergency department is where red flags go; non-clinical doors are
    // not expected to screen for them.
    if (has_type(service, {"emergency-department", "talking-therapies", "mental-health", "social-prescribing",
                           "patient-organisation", "peer-support", "voluntary-sector", "leisure-services",
                           "public-health", "health-coaching", "self-management", "self-management-education",
                           "discharge"})) {
      continue;
    }
    out.push_back(context.finding(
        "red-flag-screening", service.id.at, service.id.value,
        fmt::format("'{}' is a way into the pathway but does not show that it screens for red flags: it neither "
                    "offers 'red-flag-screening' nor lists red flags on an urgent or emergency route out of it",
                    service.id.value),
        fmt::format("screen for red flags at '{}' (serious pathology needing urgent or emergency referral), and add "
                    "'offers: [red-flag-screening]' or an urgent or emergency route from it whose 'requires' lists "
                    "the red flags",
                    service.id.value)));
  }
}

}  // namespace msklint
