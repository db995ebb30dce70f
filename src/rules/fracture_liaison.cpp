// Fracture liaison (ARMA key messages 2023, section 2, "Availability of
// fracture liaison services"): finding people after a fragility fracture
// prevents the next one.
//   fracture-liaison-service, fls-population

#include <algorithm>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"
#include "text/words.h"

namespace msklint {

namespace {


bool serves_adults(const Pathway& pathway) {
  const auto& ages = pathway.info.population.value.ages.value;
  if (ages.empty()) return true;  // not stated: assume adults, as most MSK pathways are
  return std::any_of(ages.begin(), ages.end(), [](const Text& age) { return age.value == "adults"; });
}

}  // namespace

void check_fracture_liaison_service(const RuleContext& context, FindingSink& out) {
  const Pathway& pathway = context.pathway;
  if (pathway.services.empty() || any_service(context.graph, is_fracture_liaison)) return;
  const bool bone_health = has_condition(pathway, {"osteoporosis", "fragility-fracture"});
  // Services that concern fragility fractures or bone health; an emergency
  // department or orthopaedics alone does not (a hip and knee replacement
  // pathway need not have a fracture liaison service).
  const bool sees_fractures = serves_adults(pathway) &&
                              any_service(context.graph, [](const Service& service) {
                                if (has_type(service, {"fracture-clinic", "falls-service"}) ||
                                    offers(service, "bone-health-assessment") || offers(service, "falls-prevention")) {
                                  return true;
                                }
                                const Words name(service.name.value);
                                return name.has_any({"fracture", "fractures", "fragility", "bone health", "falls"}) ||
                                       name.has_prefix("osteopor");
                              });
  if (!bone_health && !sees_fractures) return;
  Finding finding = context.finding(
      "fracture-liaison-service", pathway_location(pathway), "pathway",
      bone_health ? std::string("the pathway is for osteoporosis or fragility fractures but has no fracture liaison "
                                "service to find people after a fracture and prevent the next one")
                  : std::string("the pathway has services for fractures, falls or bone health, where fragility "
                                "fractures are seen, but no fracture liaison service to find those people and "
                                "prevent a second fracture"),
      "add a fracture liaison service with routes from the emergency department and orthopaedics; if one exists "
      "elsewhere, add it and say which population it serves");
  // Without osteoporosis in scope, a missing FLS is a warning rather than an error.
  if (!bone_health) finding.severity = Severity::warning;
  out.push_back(std::move(finding));
}

void check_fls_population(const RuleContext& context, FindingSink& out) {
  const auto marked = services_where(context.graph, is_fracture_liaison);
  for (int node = 0; node < context.graph.node_count(); ++node) {
    if (!marked[static_cast<std::size_t>(node)]) continue;
    const Service& service = context.graph.service(node);
    const bool population = !is_blank(service.serves);
    const bool performance = std::any_of(service.measures.value.begin(), service.measures.value.end(),
                                         [](const Text& measure) { return !is_blank(measure); });
    if (population && performance) continue;
    const std::string missing = !population && !performance ? "what population it serves or how it performs"
                                : !population                ? "what population it serves"
                                                             : "how its performance is measured";
    out.push_back(context.finding(
        "fls-population", service.id.at, service.id.value,
        fmt::format("the fracture liaison service '{}' does not say {}", service.id.value, missing),
        fmt::format("add 'serves:' (who it covers, e.g. \"adults 50+ across the ICB\") and 'measures:' (e.g. the "
                    "national FLS audit's indicators) to '{}'",
                    service.id.value)));
  }
}

}  // namespace msklint
