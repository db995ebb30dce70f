#include "review/picture.h"

#include "graph/demand.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "graph/graph.h"
#include "util/utf8.h"

namespace msklint {

namespace {

constexpr std::string_view known_settings[] = {"primary", "community", "secondary", "voluntary", "self-care"};

// The reader defaults the setting from the type; a word outside the
// vocabulary (already reported) draws as "not known".
std::string picture_setting(const Service& service) {
  for (const std::string_view setting : known_settings) {
    if (service.setting.value == setting) return std::string(setting);
  }
  return {};
}

// 0.4 -> "40%", 0.125 -> "12.5%": one decimal at most, so 1/3 is "33.3%".
std::string percent(double share) {
  return fmt::format("{:g}%", std::round(share * 1000) / 10);
}

std::string edge_label(const Route& route) {
  std::string label;
  auto add = [&](const std::string& part) { label += (label.empty() ? "" : " · ") + part; };
  if (route.share.present && route.share.value) add(percent(*route.share.value));
  if (!route.within_text.value.empty()) add("within " + route.within_text.value);
  return label;
}

}  // namespace

namespace {

// Each node's worst finding and how many it has, from the findings about it by subject.
void mark_findings(Picture& picture, const std::map<std::string_view, int>& node_of_id, const Findings& findings) {
  for (const Finding& finding : findings) {
    const auto it = node_of_id.find(finding.subject);
    if (it == node_of_id.end()) continue;
    PictureNode& node = picture.nodes[static_cast<std::size_t>(it->second)];
    const Severity severity = finding.severity.value_or(Severity::error);
    node.worst = node.worst ? std::max(*node.worst, severity) : severity;
    ++node.findings;
  }
}

}  // namespace

Picture make_picture(const Pathway& pathway, const Findings& findings) {
  Picture picture;
  picture.title = !pathway.info.title.value.empty() ? pathway.info.title.value : pathway.info.id.value;

  // The picture is the graph the rules read: first of duplicated ids, no
  // self-routes, no routes to or from unknown services.
  const Graph graph(pathway);
  std::vector<int> node_of_service(pathway.services.size(), -1);
  std::map<std::string_view, int> node_of_id;
  for (const int service_index : graph.routable_nodes()) {
    const Service& service = graph.service(service_index);
    if (service.id.value.empty()) continue;  // no id: nothing can route to it (reported as schema)
    node_of_service[static_cast<std::size_t>(service_index)] = static_cast<int>(picture.nodes.size());
    node_of_id.emplace(service.id.value, static_cast<int>(picture.nodes.size()));
    PictureNode node;
    node.id = service.id.value;
    node.label = service.display_name().empty() ? service.id.value : service.display_name();
    node.setting = picture_setting(service);
    node.end = service.type.value == "discharge";
    picture.nodes.push_back(std::move(node));
  }
  for (const int entry : graph.entries()) {
    if (const int node = node_of_service[static_cast<std::size_t>(entry)]; node >= 0) {
      picture.nodes[static_cast<std::size_t>(node)].entry = true;
    }
  }

  mark_findings(picture, node_of_id, findings);

  // Findings about a route mark its arrow; findings about the whole pathway
  // go in the panel of its problems.
  std::map<std::string, Severity> worst_on_route;
  std::vector<const Finding*> about_pathway;
  for (const Finding& finding : findings) {
    const Severity severity = finding.severity.value_or(Severity::error);
    if (finding.subject == "pathway") about_pathway.push_back(&finding);
    if (finding.subject.find(" -> ") == std::string::npos) continue;
    auto [it, added] = worst_on_route.emplace(finding.subject, severity);
    if (!added) it->second = std::max(it->second, severity);
  }
  for (const Edge& edge : graph.edges()) {
    const int from = node_of_service[static_cast<std::size_t>(edge.from)];
    const int to = node_of_service[static_cast<std::size_t>(edge.to)];
    if (from < 0 || to < 0) continue;
    const Route& route = pathway.routes[static_cast<std::size_t>(edge.route)];
    PictureEdge drawn{picture.nodes[static_cast<std::size_t>(from)].id, picture.nodes[static_cast<std::size_t>(to)].id,
                      edge.kind, edge_label(route), std::nullopt};
    if (const auto it = worst_on_route.find(route_name(route, route.to[static_cast<std::size_t>(edge.target)]));
        it != worst_on_route.end()) {
      drawn.worst = it->second;
    }
    const PictureNode& source = picture.nodes[static_cast<std::size_t>(from)];
    const PictureNode& target = picture.nodes[static_cast<std::size_t>(to)];
    drawn.to_entry = target.entry && !source.entry;
    const bool side_route = edge.kind == RouteKind::signpost || target.end || drawn.to_entry;
    drawn.quiet = side_route && !drawn.worst && edge.kind != RouteKind::urgent && edge.kind != RouteKind::emergency;
    if (route.to.size() > 1) drawn.bundle = edge.route;
    picture.edges.push_back(std::move(drawn));
  }
  // A bundle of one drawn arrow (the other targets unknown) is a plain arrow.
  std::map<int, int> arrows_in_bundle;
  for (const PictureEdge& drawn : picture.edges) {
    if (drawn.bundle >= 0) ++arrows_in_bundle[drawn.bundle];
  }
  for (PictureEdge& drawn : picture.edges) {
    if (drawn.bundle >= 0 && arrows_in_bundle[drawn.bundle] < 2) drawn.bundle = -1;
  }
  std::stable_sort(about_pathway.begin(), about_pathway.end(), [](const Finding* a, const Finding* b) {
    return a->severity.value_or(Severity::error) > b->severity.value_or(Severity::error);
  });
  for (const Finding* finding : about_pathway) {
    picture.problems.push_back(
        fmt::format("{} {}", severity_symbol(finding->severity.value_or(Severity::error)), finding->message));
  }
  return picture;
}

namespace {

// The id of the box standing for a whole lane in a lane picture.
std::string lane_box_id(std::string_view lane) { return fmt::format("lane {}", lane); }

}  // namespace

std::vector<Picture> lane_pictures(const Picture& whole) {
  std::map<std::string, const PictureNode*, std::less<>> node_of_id;
  std::map<std::string, int, std::less<>> lane_size;
  for (const PictureNode& node : whole.nodes) {
    node_of_id.emplace(node.id, &node);
    if (!node.end) ++lane_size[node.setting];
  }
  std::vector<Picture> lanes;
  for (const std::string_view lane : lane_order) {
    if (!lane_size.contains(lane)) continue;
    Picture picture;
    picture.title = fmt::format("{}: {}", whole.title, setting_caption(lane));
    // Where an end of a route is drawn in this lane's picture: itself, or its lane's box.
    auto drawn_as = [&](const PictureNode& node) {
      return node.end || node.setting == lane ? node.id : lane_box_id(node.setting);
    };
    std::set<std::string> kept;
    std::map<std::tuple<std::string, std::string, RouteKind>, std::size_t> merged;
    for (const PictureEdge& edge : whole.edges) {
      const auto from = node_of_id.find(edge.from);
      const auto to = node_of_id.find(edge.to);
      if (from == node_of_id.end() || to == node_of_id.end()) continue;
      const bool from_here = !from->second->end && from->second->setting == lane;
      const bool to_here = !to->second->end && to->second->setting == lane;
      if (!from_here && !to_here) continue;
      PictureEdge drawn = edge;
      drawn.from = drawn_as(*from->second);
      drawn.to = drawn_as(*to->second);
      kept.insert(drawn.from);
      kept.insert(drawn.to);
      if (from_here && to_here) {
        picture.edges.push_back(std::move(drawn));
        continue;
      }
      // A route to or from another lane: one arrow a kind, the figures in the whole picture.
      drawn.label.clear();
      drawn.bundle = -1;
      auto [it, added] = merged.emplace(std::tuple(drawn.from, drawn.to, drawn.kind), picture.edges.size());
      if (added) {
        picture.edges.push_back(std::move(drawn));
        continue;
      }
      PictureEdge& same = picture.edges[it->second];
      same.quiet = same.quiet && drawn.quiet;
      same.to_entry = same.to_entry && drawn.to_entry;
      if (drawn.worst) same.worst = same.worst ? std::max(*same.worst, *drawn.worst) : drawn.worst;
    }
    for (const PictureNode& node : whole.nodes) {
      if ((!node.end && node.setting == lane) || kept.contains(node.id)) picture.nodes.push_back(node);
    }
    for (const std::string_view other : lane_order) {
      const std::string box = lane_box_id(other);
      if (other == lane || !kept.contains(box)) continue;
      const int size = lane_size[std::string(other)];
      PictureNode node;
      node.id = box;
      node.label = fmt::format("{}: {} service{}", setting_caption(other), size, size == 1 ? "" : "s");
      node.setting = std::string(other);
      picture.nodes.push_back(std::move(node));
    }
    lanes.push_back(std::move(picture));
  }
  return lanes;
}

std::optional<Picture> focus_picture(const Picture& picture, std::string_view id) {
  const auto found = std::find_if(picture.nodes.begin(), picture.nodes.end(),
                                  [&](const PictureNode& node) { return node.id == id; });
  if (found == picture.nodes.end()) return std::nullopt;
  std::set<std::string> kept{std::string(id)};
  Picture focused;
  focused.title = fmt::format("{}: {} and its routes", picture.title, found->label);
  for (const PictureEdge& edge : picture.edges) {
    if (edge.from != id && edge.to != id) continue;
    kept.insert(edge.from);
    kept.insert(edge.to);
    focused.edges.push_back(edge);
  }
  for (const PictureNode& node : picture.nodes) {
    if (kept.contains(node.id)) focused.nodes.push_back(node);
  }
  return focused;
}

Picture make_system_picture(const LoadedSystem& system, const Findings& findings) {
  Picture picture;
  const SystemInfo& info = system.system.info;
  picture.title = !info.title.value.empty() ? info.title.value : info.id.value;
  std::map<std::string_view, int> node_of_id;
  // Each pathway as one box, first, so the shared services sit between them.
  for (const SystemMember& member : system.members) {
    PictureNode node;
    node.id = "pathway " + member.id;
    const Text& title = member.pathway->info.title;
    node.label = "Pathway: " + (title.value.empty() ? member.id : title.value);
    node.setting = std::string(system_pathway_setting);
    picture.nodes.push_back(std::move(node));
  }
  for (const Service& service : system.system.services) {
    if (service.id.value.empty() || node_of_id.contains(service.id.value)) continue;
    node_of_id.emplace(service.id.value, static_cast<int>(picture.nodes.size()));
    PictureNode node;
    node.id = service.id.value;
    node.label = service.display_name();
    node.setting = picture_setting(service);
    picture.nodes.push_back(std::move(node));
  }
  mark_findings(picture, node_of_id, findings);
  for (std::size_t index = 0; index < system.system.services.size(); ++index) {
    const Service& service = system.system.services[index];
    if (service.id.value.empty() || index >= system.loads.size()) continue;
    for (const Contribution& contribution : system.loads[index].from) {
      const SystemMember& member = system.members[static_cast<std::size_t>(contribution.member)];
      picture.edges.push_back({"pathway " + member.id, service.id.value, RouteKind::referral,
                               contribution.per_month > 0 ? people_sent(contribution.per_month) + " a month" : "",
                               std::nullopt});
    }
  }
  return picture;
}

bool fits_one_page(const Picture& picture) {
  const auto main_routes = std::count_if(picture.edges.begin(), picture.edges.end(),
                                         [](const PictureEdge& edge) { return !edge.quiet; });
  return picture.nodes.size() <= max_page_services && static_cast<std::size_t>(main_routes) <= max_page_routes;
}

std::string too_large_note(const Picture& picture) {
  if (fits_one_page(picture)) return {};
  return fmt::format("{} services and {} routes are more than one printed page can show legibly", picture.nodes.size(),
                     picture.edges.size());
}

std::string node_caption(const PictureNode& node) { return node.entry ? "▶ " + node.label : node.label; }

std::string_view severity_symbol(Severity severity) {
  switch (severity) {
    case Severity::error: return "✖";
    case Severity::warning: return "⚠";
    case Severity::info: return "ℹ";
  }
  return "✖";
}

std::vector<std::string> wrapped(std::string_view text, std::size_t width) {
  // Characters, not bytes: UTF-8 continuation bytes do not count.
  auto length = [](std::string_view part) { return character_count(part); };
  std::vector<std::string> lines;
  std::string line;
  // Spaces, tabs and line breaks (a name written over several lines) fold into
  // the wrapping; other control characters stay in their word, for the
  // picture's writer to show escaped (util/visible.h), never silently dropped.
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = static_cast<std::size_t>(std::find_if(text.begin() + start, text.end(), is_space) - text.begin());
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (!line.empty() && length(line) + 1 + length(word) > width) lines.push_back(std::exchange(line, {}));
      if (!line.empty()) line += ' ';
      line += word;
    }
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string findings_mark(const PictureNode& node) {
  if (!node.worst || node.findings == 0) return {};
  return fmt::format("{} {} · {} finding{}", severity_symbol(*node.worst), to_string(*node.worst), node.findings,
                     node.findings == 1 ? "" : "s");
}

std::string arrow_caption(const PictureEdge& edge) {
  if (edge.kind == RouteKind::referral) return edge.label;
  const std::string kind(to_string(edge.kind));
  return edge.label.empty() ? kind : kind + " · " + edge.label;
}

std::string_view arrow_key(RouteKind kind) {
  switch (kind) {
    case RouteKind::referral: return "──▶ referral";
    case RouteKind::self_referral: return "──▶ self-referral (labelled)";
    case RouteKind::signpost: return "┄┄▶ signpost (dotted)";
    case RouteKind::urgent: return "━━▶ urgent (bold)";
    case RouteKind::emergency: return "╍╍▶ emergency (bold, red, dashed)";
  }
  return "";
}

std::string_view setting_caption(std::string_view setting) {
  if (setting == "primary") return "Primary care";
  if (setting == "community") return "Community";
  if (setting == "secondary") return "Secondary care";
  if (setting == "voluntary") return "Voluntary sector";
  if (setting == "self-care") return "Self-care";
  if (setting == system_pathway_setting) return "A pathway of the system";
  return "Setting not known";
}

std::string_view setting_fill(std::string_view setting) {
  if (setting == "primary") return "#dbeafe";
  if (setting == "community") return "#dcfce7";
  if (setting == "secondary") return "#ede9fe";
  if (setting == "voluntary") return "#fef9c3";
  if (setting == "self-care") return "#f3f4f6";
  return "#ffffff";
}

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "#b91c1c";
    case Severity::warning: return "#b45309";
    case Severity::info: return "#1d4ed8";
  }
  return "#b91c1c";
}

std::map<std::string, std::string> drawing_names(const Picture& picture) {
  std::map<std::string, std::string> names;
  std::set<std::string> taken;
  for (const PictureNode& node : picture.nodes) {
    std::string name = "s_";
    for (const char c : node.id) {
      const bool safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      name += safe ? c : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : '_';
    }
    std::string unique = name;
    for (int n = 2; !taken.insert(unique).second; ++n) unique = fmt::format("{}_{}", name, n);
    names.emplace(node.id, std::move(unique));
  }
  return names;
}

}  // namespace msklint
