#include "rules/service_kinds.h"

#include <algorithm>

#include <fmt/format.h>

#include "read/format.h"
#include "text/words.h"

namespace msklint {

bool has_type(const Service& service, std::initializer_list<std::string_view> types) {
  return service.type.present && std::find(types.begin(), types.end(), service.type.value) != types.end();
}

bool offers(const Service& service, std::string_view offer) {
  const auto& list = service.offers.value;
  return std::any_of(list.begin(), list.end(), [&](const Text& text) { return text.value == offer; });
}

bool is_general_practice(const Service& service) { return has_type(service, {"general-practice"}); }

// A name counts only where the type leaves room for it: "IAPT" under
// mental-health is Talking Therapies; "Physiotherapy (can refer to talking
// therapies)" is still physiotherapy.
bool is_talking_therapies(const Service& service) {
  if (has_type(service, {"talking-therapies"})) return true;
  if (!has_type(service, {"mental-health", "voluntary-sector", "private-practice", "public-health"})) return false;
  const Words name(service.name.value);
  return name.has_any({"talking therapies", "talking therapy", "iapt", "improving access to psychological therapies",
                        "improving access to psychological therapy"});
}

bool is_mental_health_support(const Service& service) {
  return is_talking_therapies(service) || has_type(service, {"mental-health"});
}

bool is_social_prescribing(const Service& service) {
  if (has_type(service, {"social-prescribing"})) return true;
  if (!has_type(service, {"voluntary-sector", "public-health", "health-coaching", "patient-organisation"})) return false;
  const Words name(service.name.value);
  return name.has_any({"social prescribing", "social prescriber", "social prescribers"});
}

bool is_fracture_liaison(const Service& service) {
  if (has_type(service, {"fracture-liaison-service"})) return true;
  if (!has_type(service, {"specialist-nursing", "rheumatology", "orthopaedics", "falls-service"})) return false;
  const Words name(service.name.value);
  return name.has_any({"fracture liaison", "fls"});
}

bool is_surgical(const Service& service) { return has_type(service, {"orthopaedics", "spinal-surgery"}); }

bool is_community_msk(const Service& service) {
  // Hospital-run services (setting: secondary) are not where people refer themselves.
  if (service.setting.value != "community" && service.setting.value != "primary") return false;
  return has_type(service, {"first-contact-practitioner", "digital-triage", "community-msk", "physiotherapy",
                            "community-rehabilitation", "community-pain", "podiatry", "occupational-therapy",
                            "osteopathy", "chiropractic", "exercise-programme", "strength-and-balance",
                            "group-consultation", "self-management-education", "falls-service"});
}

bool is_community_rehabilitation(const Service& service) {
  return service.setting.value == "community" &&
         has_type(service, {"community-rehabilitation", "physiotherapy", "occupational-therapy", "rehabilitation",
                            "exercise-programme", "strength-and-balance"});
}

// A panel approves care; nobody is treated there.
bool is_secondary(const Service& service) { return service.setting.value == "secondary" && !is_approval_panel(service); }

bool is_approval_panel(const Service& service) {
  return has_type(service, {"funding-panel", "individual-funding-request", "prior-approval"});
}
bool is_community(const Service& service) { return service.setting.value == "community"; }

bool is_end(const Service& service) {
  const auto* type = format::find_service_type(service.type.value);
  return type != nullptr && type->is_end;
}

bool is_way_in(const Graph& graph, int node) {
  if (!graph.is_routable(node)) return false;
  return graph.is_entry(node) || has_type(graph.service(node), {"self-referral", "digital-triage"});
}

std::vector<bool> services_where(const Graph& graph, const ServiceTest& test) {
  std::vector<bool> marked(static_cast<std::size_t>(graph.node_count()), false);
  for (const int node : graph.routable_nodes()) marked[static_cast<std::size_t>(node)] = test(graph.service(node));
  return marked;
}

bool any_service(const Graph& graph, const ServiceTest& test) {
  const auto& nodes = graph.routable_nodes();
  return std::any_of(nodes.begin(), nodes.end(), [&](int node) { return test(graph.service(node)); });
}

bool any_route_into(const Graph& graph, const ServiceTest& test) {
  return std::any_of(graph.edges().begin(), graph.edges().end(),
                     [&](const Edge& edge) { return test(graph.service(edge.to)); });
}

bool has_condition(const Pathway& pathway, std::initializer_list<std::string_view> conditions) {
  const auto& list = pathway.info.conditions.value;
  return std::any_of(list.begin(), list.end(), [&](const Text& condition) {
    return std::find(conditions.begin(), conditions.end(), condition.value) != conditions.end();
  });
}

bool is_blank(const Text& text) {
  return !text.present || text.value.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool is_placeholder(const Text& text) {
  if (is_blank(text)) return true;
  constexpr std::size_t longest_placeholder = 3;  // "to be confirmed"
  if (fewest_words(text.value) > longest_placeholder) return false;
  const Words words(text.value);
  static constexpr std::string_view placeholders[] = {
      "none", "n a", "na", "tbc", "tbd", "vacant", "unknown", "to be confirmed", "to be decided", "under review",
      "no", "nil", "not known", "not yet", "pending", "todo", "to do", "x", "xx", "xxx"};
  const std::string joined = fmt::format("{}", fmt::join(words.tokens(), " "));
  return std::find(std::begin(placeholders), std::end(placeholders), joined) != std::end(placeholders);
}

Location pathway_location(const Pathway& pathway) {
  if (pathway.info.id.present) return pathway.info.id.at;
  if (pathway.info.at.known()) return pathway.info.at;
  return {1, 1};
}

Location system_location(const System& system) {
  if (system.info.id.at.known()) return system.info.id.at;
  return system.info.at;
}

}  // namespace msklint
