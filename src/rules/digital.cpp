// Appropriate use of technology (ARMA key messages 2023, section 2): digital
// options help many people, but not everyone can use them.
//   digital-only, digital-only-entry

#include <algorithm>

#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/service_kinds.h"

namespace msklint {

namespace {

// Delivered, as far as the file says, only by app, online or video.
bool only_digital(const Service& service) {
  const auto& modes = service.delivery.value;
  return !modes.empty() && std::all_of(modes.begin(), modes.end(), [](const Text& mode) {
    return mode.present && (mode.value == "app" || mode.value == "online" || mode.value == "video");
  });
}

}  // namespace

void check_digital_only(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  for (const int node : graph.routable_nodes()) {
    const Service& service = graph.service(node);
    if (!only_digital(service)) continue;
    out.push_back(context.finding(
        "digital-only", service.delivery.at, service.id.value,
        fmt::format("'{}' is offered only digitally, with no face-to-face or telephone alternative", service.id.value),
        fmt::format("offer a telephone or face-to-face alternative at '{}' for people who cannot use digital "
                    "services (about 9 million people in the UK need help to use the internet)",
                    service.id.value)));
  }
}

void check_digital_only_entry(const RuleContext& context, FindingSink& out) {
  const Graph& graph = context.graph;
  bool any_way_in = false;
  for (int node = 0; node < graph.node_count(); ++node) {
    if (!is_way_in(graph, node)) continue;
    if (!only_digital(graph.service(node))) return;
    any_way_in = true;
  }
  if (!any_way_in) return;
  out.push_back(context.finding(
      "digital-only-entry", pathway_location(context.pathway), "pathway",
      "every way into the pathway is digital only: people who cannot use an app, website or video call cannot "
      "get in",
      "add at least one way in by telephone or face to face (e.g. the GP or a self-referral phone line)"));
}

}  // namespace msklint
