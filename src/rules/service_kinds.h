#pragma once

// What kind of service a node is, as the ARMA rules need to know it. A
// service counts by its type, or by its name where people name a service
// the rules care about without the type (e.g. "IAPT" under mental-health).

#include <functional>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "model/pathway.h"
#include "model/system.h"

namespace msklint {

using ServiceTest = std::function<bool(const Service&)>;

bool has_type(const Service& service, std::initializer_list<std::string_view> types);
bool offers(const Service& service, std::string_view offer);

bool is_general_practice(const Service& service);
bool is_talking_therapies(const Service& service);    // NHS Talking Therapies, or IAPT by its old name
bool is_mental_health_support(const Service& service);  // Talking Therapies or another mental health service
bool is_social_prescribing(const Service& service);
bool is_fracture_liaison(const Service& service);
bool is_surgical(const Service& service);              // orthopaedics, spinal surgery
bool is_community_msk(const Service& service);         // community MSK care a person might refer themselves to
bool is_community_rehabilitation(const Service& service);
bool is_secondary(const Service& service);             // hospital care; not an approval panel
bool is_approval_panel(const Service& service);        // individual funding request or prior-approval panel: a gate
bool is_community(const Service& service);
bool is_end(const Service& service);                   // discharge, self-management, ... (read/format.cpp)

// A way into the pathway: an entry point, or a self-referral or digital
// triage service (people come in there by definition).
bool is_way_in(const Graph& graph, int node);

// One flag per graph node: which services pass `test`. Later duplicates of
// an id are never marked (routes cannot reach them).
std::vector<bool> services_where(const Graph& graph, const ServiceTest& test);
bool any_service(const Graph& graph, const ServiceTest& test);

// True when some edge leads into a service that passes `test`.
bool any_route_into(const Graph& graph, const ServiceTest& test);

// The pathway is for one of these conditions.
bool has_condition(const Pathway& pathway, std::initializer_list<std::string_view> conditions);

// Not written, or written as nothing but spaces.
bool is_blank(const Text& text);
// Blank, or a placeholder that says nothing: "TBC", "none", "N/A", "under review".
bool is_placeholder(const Text& text);

// Where a finding about the pathway as a whole points: its id, else its start.
Location pathway_location(const Pathway& pathway);
// The same for a system file.
Location system_location(const System& system);

}  // namespace msklint
