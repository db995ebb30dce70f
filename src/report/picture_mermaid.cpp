// The pathway picture as a Mermaid flowchart, which GitHub and GitLab draw
// wherever Markdown has a ```mermaid block. The legend is in docs/pictures.md.

#include <algorithm>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "review/picture.h"
#include "util/visible.h"

namespace msklint {

namespace {

constexpr std::string_view quiet_colour = "#9ca3af";

// Text inside a quoted Mermaid label. Mermaid reads `#name;` and `#123;` as
// character entities, so every character with a meaning to Mermaid or to the
// HTML it draws becomes one; line breaks and other control characters are
// written out first (util/visible.h), so a label stays one line of the source.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : visible(text)) {
    switch (c) {
      case '"': out += "#quot;"; break;
      case '#': out += "#35;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '&': out += "#amp;"; break;
      case '|': out += "#124;"; break;  // ends an arrow's label
      case ':': out += "#58;"; break;   // Mermaid drops a ';' from lines like "style...:...#...;"
      case '`': out += "#96;"; break;   // starts Mermaid's Markdown strings
      default: out += c;
    }
  }
  return out;
}

// fmt, not "\"" + ... + "\"": GCC 12 at -O3 warns falsely (-Wrestrict) about that concatenation.
std::string quoted(std::string_view text) { return fmt::format("\"{}\"", escaped(text)); }

// Shapes by setting: stadium, rectangle, subroutine, hexagon, parallelogram;
// a rounded box when the setting is not known.
std::string shaped(std::string_view setting, const std::string& label) {
  if (setting == "primary") return "([" + label + "])";
  if (setting == "community") return "[" + label + "]";
  if (setting == "secondary") return "[[" + label + "]]";
  if (setting == "voluntary") return "{{" + label + "}}";
  if (setting == "self-care") return "[/" + label + "/]";
  return "(" + label + ")";
}

std::string class_of_setting(std::string_view setting) {
  for (const std::string_view known : {"primary", "community", "secondary", "voluntary"}) {
    if (setting == known) return "setting_" + std::string(known);
  }
  return setting == "self-care" ? "setting_selfcare" : "setting_unknown";
}

std::string class_of_severity(Severity severity) { return "finding_" + std::string(to_string(severity)); }

std::string arrow(RouteKind kind) {
  switch (kind) {
    case RouteKind::signpost: return "-.->";
    case RouteKind::urgent:
    case RouteKind::emergency: return "==>";
    case RouteKind::referral:
    case RouteKind::self_referral: return "-->";
  }
  return "-->";
}

// A lane's subgraph name: lane_primary, lane_selfcare, lane_unknown...
std::string lane_name(std::string_view lane) {
  if (lane.empty()) return "unknown";
  std::string name;
  for (const char c : lane) {
    if (c != '-') name += c;
  }
  return name;
}

// What the legend shows: only what the picture uses.
struct Used {
  std::set<std::string> settings;
  std::set<Severity> severities;
  std::set<RouteKind> kinds;
  bool entry = false;
  bool quiet = false;
};

// Edges whose ends are both in the picture, in order: linkStyle counts them.
std::vector<const PictureEdge*> drawable_edges(const Picture& picture, const std::map<std::string, std::string>& names) {
  std::vector<const PictureEdge*> edges;
  for (const PictureEdge& edge : picture.edges) {
    if (names.contains(edge.from) && names.contains(edge.to)) edges.push_back(&edge);
  }
  return edges;
}

Used used_in(const Picture& picture, const std::vector<const PictureEdge*>& edges) {
  Used used;
  for (const PictureNode& node : picture.nodes) {
    const bool named = node.setting == system_pathway_setting || class_of_setting(node.setting) != "setting_unknown";
    used.settings.insert(named ? node.setting : "");
    if (node.worst) used.severities.insert(*node.worst);
    used.entry = used.entry || node.entry;
  }
  for (const PictureEdge* edge : edges) {
    used.kinds.insert(edge->kind);
    used.quiet = used.quiet || edge->quiet;
  }
  return used;
}

// Each setting's shape and fill, in words, for the legend.
std::string_view shape_words(std::string_view setting) {
  if (setting == "primary") return "blue, rounded ends";
  if (setting == "community") return "green box";
  if (setting == "secondary") return "purple box with side bars";
  if (setting == "voluntary") return "yellow hexagon";
  if (setting == "self-care") return "grey slanted box";
  return "white, rounded corners";
}

// The legend: one box, dashed and titled, so it cannot be taken for a
// service (sample shapes for each setting looked like services).
void write_legend(std::ostream& out, const Used& used) {
  std::vector<std::string> lines{"<b>Legend</b>"};
  for (const std::string& setting : used.settings) {
    lines.push_back(fmt::format("{}: {}", setting_caption(setting), shape_words(setting)));
  }
  if (used.entry) lines.emplace_back("▶ a way in (entry point)");
  for (auto it = used.severities.rbegin(); it != used.severities.rend(); ++it) {
    lines.push_back(fmt::format("{} worst finding: {}", severity_symbol(*it), to_string(*it)));
  }
  for (const RouteKind kind : used.kinds) lines.emplace_back(arrow_key(kind));
  if (used.quiet) lines.emplace_back(quiet_arrow_key);
  out << fmt::format("  msklint_legend[\"{}\"]:::legend\n", fmt::join(lines, "<br/>"));
}

// The findings about the whole pathway, in one box of their own.
void write_problems(std::ostream& out, const Picture& picture) {
  constexpr std::size_t shown = 8;
  std::string text = "<b>Problems with the whole pathway</b>";
  for (std::size_t i = 0; i < picture.problems.size() && i < shown; ++i) {
    std::string item;
    for (const std::string& line : wrapped(picture.problems[i], 48)) item += (item.empty() ? "" : "<br/>") + escaped(line);
    text += "<br/>" + item;
  }
  if (picture.problems.size() > shown) {
    text += fmt::format("<br/>and {} more: see the notes", picture.problems.size() - shown);
  }
  out << fmt::format("  msklint_problems[\"{}\"]:::problems\n", text);
}

// Mermaid numbers its links in the order written; a bundle's line to its
// junction is a link too. link_of[i] is the number of edges[i]'s link.
struct Links {
  std::vector<std::size_t> link_of;
  std::vector<std::size_t> quiet;  // links drawn quietly (PictureEdge::quiet), trunks included
};

void write_styles(std::ostream& out, const Picture& picture, const std::map<std::string, std::string>& names,
                  const std::vector<const PictureEdge*>& edges, const Links& links, const Used& used) {
  // Settings first, severities after: for the same node, the later class's
  // border wins.
  for (const std::string& setting : used.settings) {
    out << fmt::format("  classDef {} fill:{},stroke:#4b5563,color:#111111\n", class_of_setting(setting),
                       setting_fill(setting));
  }
  for (const Severity severity : used.severities) {
    const int width = severity == Severity::error ? 4 : 3;
    out << fmt::format("  classDef {} stroke:{},stroke-width:{}px\n", class_of_severity(severity),
                       severity_colour(severity), width);
  }
  if (std::any_of(edges.begin(), edges.end(), [](const PictureEdge* edge) { return edge->bundle >= 0; })) {
    out << "  classDef junction fill:#374151,stroke:#374151\n";
  }
  out << "  classDef legend fill:#ffffff,stroke:#9ca3af,stroke-dasharray:4 3,color:#374151,text-align:left\n";
  if (!picture.problems.empty()) {
    out << fmt::format("  classDef problems fill:#fff7f7,stroke:{},color:#111111,text-align:left\n",
                       severity_colour(Severity::error));
  }
  for (const PictureNode& node : picture.nodes) {
    out << fmt::format("  class {} {}\n", names.at(node.id), class_of_setting(node.setting));
    if (node.worst) out << fmt::format("  class {} {}\n", names.at(node.id), class_of_severity(*node.worst));
  }
  if (!links.quiet.empty()) {
    out << fmt::format("  linkStyle {} stroke:{},stroke-width:1px\n", fmt::join(links.quiet, ","), quiet_colour);
  }
  std::string emergencies;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (edges[i]->kind != RouteKind::emergency) continue;
    emergencies += fmt::format("{}{}", emergencies.empty() ? "" : ",", links.link_of[i]);
  }
  if (!emergencies.empty()) {
    out << fmt::format("  linkStyle {} stroke:{},stroke-width:3px,stroke-dasharray:8 4,color:{}\n", emergencies,
                       emergency_colour, emergency_colour);
  }
  // A route with a finding: its arrow in the severity's colour (after emergencies, so it wins).
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (!edges[i]->worst) continue;
    out << fmt::format("  linkStyle {} stroke:{},stroke-width:3px,color:{}\n", links.link_of[i],
                       severity_colour(*edges[i]->worst),
                       severity_colour(*edges[i]->worst));
  }
}

// The caption, wrapped, then the findings mark, one per line. Mermaid 11
// wraps labels wider than 200 pixels itself: 24 characters stay below that,
// so lines break only where we break them.
std::string node_label(const PictureNode& node) {
  std::string label;
  for (const std::string& line : wrapped(node_caption(node), 24)) label += (label.empty() ? "" : "<br/>") + escaped(line);
  if (const std::string mark = findings_mark(node); !mark.empty()) label += "<br/>" + escaped(mark);
  return fmt::format("\"{}\"", label);
}

}  // namespace

void write_mermaid(std::ostream& out, const Picture& picture) {
  const auto names = drawing_names(picture);
  const auto edges = drawable_edges(picture, names);
  const Used used = used_in(picture, edges);
  out << "flowchart LR\n";
  // A comment line ends at the line's end: the title's line breaks and other
  // control characters are written out (util/visible.h).
  out << "  %% " << visible(picture.title) << ": pathway picture drawn by msklint (msklint graph --help)\n";
  if (picture.nodes.empty()) {
    out << "  empty[\"No services to draw\"]\n";
    return;
  }
  if (!picture.problems.empty()) write_problems(out, picture);
  // One lane (a subgraph) per care setting, in the order a pathway on a
  // page reads; discharge after the lanes, at the end.
  for (const std::string_view lane : lane_order) {
    std::string nodes;
    for (const PictureNode& node : picture.nodes) {
      if (node.end || node.setting != lane) continue;
      nodes += fmt::format("    {}{}\n", names.at(node.id), shaped(node.setting, node_label(node)));
    }
    if (nodes.empty()) continue;
    out << fmt::format("  subgraph lane_{}[\"{}\"]\n    direction LR\n{}  end\n", lane_name(lane),
                       escaped(setting_caption(lane)), nodes);
  }
  for (const PictureNode& node : picture.nodes) {
    if (node.end) out << fmt::format("  {}{}\n", names.at(node.id), shaped(node.setting, node_label(node)));
  }
  std::set<int> bundles_drawn;
  Links links;
  std::size_t next_link = 0;
  for (const PictureEdge* edge : edges) {
    std::string caption = edge->quiet ? "" : arrow_caption(*edge);
    if (edge->worst) caption = fmt::format("{}{}{}", severity_symbol(*edge->worst), caption.empty() ? "" : " ", caption);
    const std::string label = caption.empty() ? "" : fmt::format("|{}|", quoted(caption));
    std::string source = names.at(edge->from);
    if (edge->bundle >= 0) {
      // One route to several services: one line to a junction, fanning out.
      const std::string junction = fmt::format("msklint_bundle_{}", edge->bundle);
      if (bundles_drawn.insert(edge->bundle).second) {
        out << fmt::format("  {}((\" \")):::junction\n  {} --- {}\n", junction, source, junction);
        if (edge->quiet) links.quiet.push_back(next_link);
        ++next_link;
      }
      source = junction;
    }
    out << fmt::format("  {} {}{} {}\n", source, arrow(edge->kind), label, names.at(edge->to));
    if (edge->quiet) links.quiet.push_back(next_link);
    links.link_of.push_back(next_link++);
  }
  write_legend(out, used);
  write_styles(out, picture, names, edges, links, used);
}

}  // namespace msklint
