// Links to the services people need (ARMA key messages 2023, sections 2 and 3):
// mental health support, with a pain pathway, that specialists can refer to
// directly, and social prescribing.
//   talking-therapies-link, talking-therapies-pain-pathway,
//   mental-health-direct-referral, social-prescribing-link

#include <algorithm>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"
#include "text/words.h"

namespace msklint {

namespace {

struct MissingLink {
  std::string_view rule;
  ServiceTest is_target;
  std::string_view none_message;  // when the pathway has no such service
  std::string_view unlinked;      // when it has one nobody is sent to: "... '{}' ..."
  std::string_view fix;
};

// Reports a missing link at the unlinked service if there is one, else at
// the pathway.
void report_missing_link(const RuleContext& context, FindingSink& out, const MissingLink& link) {
  const auto marked = services_where(context.graph, link.is_target);
  const auto first = std::find(marked.begin(), marked.end(), true);
  if (first == marked.end()) {
    out.push_back(context.finding(link.rule, pathway_location(context.pathway), "pathway",
                                  std::string(link.none_message), std::string(link.fix)));
    return;
  }
  const Service& service = context.graph.service(static_cast<int>(first - marked.begin()));
  out.push_back(context.finding(link.rule, service.id.at, service.id.value,
                                fmt::format(fmt::runtime(link.unlinked), service.id.value), std::string(link.fix)));
}

}  // namespace

void check_talking_therapies_link(const RuleContext& context, FindingSink& out) {
  if (context.pathway.services.empty() || any_route_into(context.graph, is_talking_therapies)) return;
  report_missing_link(
      context, out,
      {"talking-therapies-link", is_talking_therapies,
       "no route leads to NHS Talking Therapies (IAPT), the psychological therapies service for anxiety and "
       "depression",
       "no route leads to the Talking Therapies service '{}': nobody is referred or signposted there",
       "add a route (referral, signpost or self-referral) to the local NHS Talking Therapies service from the "
       "services that see people with MSK conditions"});
}

void check_talking_therapies_pain_pathway(const RuleContext& context, FindingSink& out) {
  const auto marked = services_where(context.graph, is_talking_therapies);
  for (int node = 0; node < context.graph.node_count(); ++node) {
    if (!marked[static_cast<std::size_t>(node)]) continue;
    const Service& service = context.graph.service(node);
    const Words name(service.name.value);
    const bool named = name.has_any({"pain pathway", "pain pathways", "persistent pain", "chronic pain",
                                     "living well with pain", "long term pain"}) &&
                       !name.has_any({"no pain pathway", "not offered", "without", "not yet", "no pain"});
    if (offers(service, "pain-pathway") || named) continue;
    out.push_back(context.finding(
        "talking-therapies-pain-pathway", service.id.at, service.id.value,
        fmt::format("the Talking Therapies service '{}' does not say it offers a pain pathway", service.id.value),
        fmt::format("if it has one, add 'offers: [pain-pathway]' to '{}'; if not, ask what it would take to "
                    "develop one",
                    service.id.value)));
  }
}

void check_mental_health_direct_referral(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  if (!any_service(graph, is_talking_therapies)) return;  // talking-therapies-link says it
  // A direct route to Talking Therapies or to another mental health service
  // (e.g. a rheumatology psychologist) is direct access to support.
  const auto talking = services_where(graph, is_mental_health_support);
  const auto general_practice = services_where(graph, is_general_practice);
  // Two searches backwards from the mental health services, rather than two
  // forwards from each specialist: linear in the size of the pathway.
  const auto reaches_directly = graph.reaching(talking, general_practice);
  const auto reaches_at_all = graph.reaching(talking);
  const bool has_general_practice = any_service(graph, is_general_practice);
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!has_type(service, {"rheumatology", "pain-management", "orthopaedics", "spinal-surgery", "community-pain"})) {
      continue;
    }
    if (reaches_directly[static_cast<std::size_t>(node)]) continue;
    const bool via_gp = reaches_at_all[static_cast<std::size_t>(node)];
    out.push_back(context.finding(
        "mental-health-direct-referral", service.id.at, service.id.value,
        via_gp ? fmt::format("'{}' can reach Talking Therapies only by sending people back through general practice",
                             service.id.value)
               : fmt::format("'{}' has no way to refer people to Talking Therapies{}", service.id.value,
                             has_general_practice ? ": they must go back to their GP" : ""),
        fmt::format("add a route from '{}' to the Talking Therapies service (or to a mental health service "
                    "that links to it), so the specialist can refer directly",
                    service.id.value)));
  }
}

namespace {

// A service whose own staff do social prescribing (a link worker in the
// practice) links people to it as well as a route would.
bool offers_social_prescribing(const Service& service) { return offers(service, "social-prescribing"); }

}  // namespace

void check_social_prescribing_link(const RuleContext& context, FindingSink& out) {
  if (context.pathway.services.empty() || any_route_into(context.graph, is_social_prescribing) ||
      any_service(context.graph, offers_social_prescribing)) {
    return;
  }
  report_missing_link(
      context, out,
      {"social-prescribing-link", is_social_prescribing,
       "no route leads to social prescribing: nothing links people to help with loneliness, stress, debt or "
       "inactivity",
       "no route leads to the social prescribing service '{}': nobody is referred or signposted there",
       "add a route (referral or signpost) to the local social prescribing service from primary and community "
       "MSK services, or record 'offers: [social-prescribing]' where a service has its own link worker"});
}

}  // namespace msklint
