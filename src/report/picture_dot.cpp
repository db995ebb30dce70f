// The pathway picture as Graphviz DOT: for people who use Graphviz, and the
// text render_svg lays out. The legend is in docs/pictures.md.

#include <algorithm>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "review/picture.h"
#include "util/visible.h"

namespace msklint {

namespace {

constexpr std::string_view font = "Helvetica,Arial,sans-serif";
constexpr std::string_view quiet_colour = "#9ca3af";

// Graphviz's layout of a large picture is slow (routing curved arrows around
// hundreds of boxes takes minutes at 500 services): past this size arrows are
// straight and the crossing and ranking searches shorter, which keeps a
// picture of max_svg_nodes services to about a second.
constexpr std::size_t large_picture_nodes = 60;
constexpr std::string_view large_layout = ", splines=line, mclimit=0.3, nslimit=2, nslimit1=2, searchsize=20";

// Text inside a DOT quoted string. Graphviz reads `\` escapes (\n, \l,
// \N...) and HTML entities (&amp;) in labels, so both are escaped; control
// characters are written out first (util/visible.h).
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : visible(text)) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

// fmt, not "\"" + ... + "\"": GCC 12 at -O3 warns falsely (-Wrestrict) about that concatenation.
std::string quoted(std::string_view text) { return fmt::format("\"{}\"", escaped(text)); }

// The caption, wrapped, then the findings mark, one per line (\n).
std::string node_label(const PictureNode& node) {
  std::string label;
  for (const std::string& line : wrapped(node_caption(node))) label += (label.empty() ? "" : "\\n") + escaped(line);
  if (const std::string mark = findings_mark(node); !mark.empty()) label += "\\n" + escaped(mark);
  return fmt::format("\"{}\"", label);
}

// Shapes by setting, as in the Mermaid drawing: rounded box, box, double
// box, hexagon, parallelogram; an ellipse when the setting is not known.
std::string shape_of(std::string_view setting) {
  if (setting == "primary") return R"(shape=box, style="rounded,filled")";
  if (setting == "community") return "shape=box";
  if (setting == "secondary") return "shape=box, peripheries=2";
  if (setting == "voluntary") return "shape=hexagon";
  if (setting == "self-care") return "shape=parallelogram";
  return "shape=ellipse";
}

std::string node_attributes(std::string_view setting, bool entry, std::optional<Severity> worst) {
  std::string attributes = fmt::format("{}, fillcolor=\"{}\"", shape_of(setting), setting_fill(setting));
  if (worst) attributes += fmt::format(", color=\"{}\"", severity_colour(*worst));
  if (entry || worst) attributes += fmt::format(", penwidth={}", entry ? 3 : 2);
  return attributes;
}

std::string edge_attributes(RouteKind kind) {
  switch (kind) {
    case RouteKind::signpost: return "style=dotted";
    case RouteKind::urgent: return "style=bold, penwidth=2.5";
    case RouteKind::emergency:
      return fmt::format("style=\"dashed,bold\", penwidth=2.5, color=\"{0}\", fontcolor=\"{0}\"", emergency_colour);
    case RouteKind::referral:
    case RouteKind::self_referral: return "";
  }
  return "";
}

// An arrow's attributes: its label (kind, share, time, the symbol of a
// finding) and its style, quiet or marked with its worst finding.
std::string arrow_attributes(const PictureEdge& edge) {
  std::vector<std::string> attributes;
  if (std::string style = edge_attributes(edge.kind); !style.empty()) attributes.push_back(std::move(style));
  std::string caption = edge.quiet ? std::string() : arrow_caption(edge);
  if (edge.quiet) {
    // A side route: thin and grey, unlabelled. A return to a way in is
    // left out of the ranking, so that the flow reads left to right.
    attributes.push_back(fmt::format("{}color=\"{}\", penwidth=0.8, arrowsize=0.6",
                                     edge.to_entry ? "constraint=false, " : "", quiet_colour));
  }
  if (edge.worst) {
    // A finding about the route: its arrow in the severity's colour, with the symbol.
    caption = fmt::format("{}{}{}", severity_symbol(*edge.worst), caption.empty() ? "" : " ", caption);
    attributes.push_back(fmt::format("color=\"{0}\", fontcolor=\"{0}\", penwidth=2.5", severity_colour(*edge.worst)));
  }
  if (!caption.empty()) attributes.insert(attributes.begin(), "label=" + quoted(caption));
  return fmt::format("{}", fmt::join(attributes, ", "));
}

// A fixed legend text inside a Graphviz HTML-like label.
std::string html_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view shape_words(std::string_view setting) {
  if (setting == "primary") return "rounded box";
  if (setting == "community") return "box";
  if (setting == "secondary") return "double border";
  if (setting == "voluntary") return "hexagon";
  if (setting == "self-care") return "slanted box";
  return "oval";
}

// The legend: one compact table node (each setting's colour and shape, the
// entry mark, each severity, what the arrows mean), in the last column so it
// stays beside the pathway rather than a column of sample shapes as tall as it.
void write_legend(std::ostream& out, const Picture& picture) {
  std::set<std::string> settings;
  std::set<Severity> severities;
  std::set<RouteKind> kinds;
  bool entry = false;
  for (const PictureNode& node : picture.nodes) {
    settings.insert(node.setting);
    if (node.worst) severities.insert(*node.worst);
    entry = entry || node.entry;
  }
  bool quiet = false;
  for (const PictureEdge& edge : picture.edges) {
    kinds.insert(edge.kind);
    quiet = quiet || edge.quiet;
  }

  std::string rows;
  auto row = [&](const std::string& swatch, std::string_view caption) {
    rows += fmt::format("<TR><TD {}> </TD><TD ALIGN=\"LEFT\">{}</TD></TR>", swatch, html_escaped(caption));
  };
  for (const std::string& setting : settings) {
    row(fmt::format("BORDER=\"1\" BGCOLOR=\"{}\"", setting_fill(setting)),
        fmt::format("{}: {}", setting_caption(setting), shape_words(setting)));
  }
  if (entry) row("BORDER=\"3\"", "▶ a way in (entry point): thick border");
  for (auto it = severities.rbegin(); it != severities.rend(); ++it) {
    row(fmt::format("BORDER=\"2\" COLOR=\"{}\"", severity_colour(*it)),
        fmt::format("{} worst finding: {}", severity_symbol(*it), to_string(*it)));
  }
  for (const RouteKind kind : kinds) {
    rows += fmt::format("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}</TD></TR>", html_escaped(arrow_key(kind)));
  }
  if (quiet) {
    rows += fmt::format("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT COLOR=\"{}\">{}</FONT></TD></TR>", quiet_colour,
                        html_escaped(quiet_arrow_key));
  }
  out << "  { rank=sink; msklint_legend [shape=plain, fontsize=9, label=<"
      << "<TABLE BORDER=\"1\" COLOR=\"#9ca3af\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
      << "<TR><TD COLSPAN=\"2\" BORDER=\"0\"><B>Legend</B></TD></TR>" << rows << "</TABLE>>]; }\n";
}

// The findings about the whole pathway, in a panel under the title: they
// belong to no one service, so no box could show them. Part of the graph's
// label, so Graphviz places it above the lanes rather than among them.
std::string problems_panel(const Picture& picture) {
  constexpr std::size_t shown = 8;
  std::string rows;
  for (std::size_t i = 0; i < picture.problems.size() && i < shown; ++i) {
    std::string line;
    for (const std::string& part : wrapped(picture.problems[i], 60)) {
      line += (line.empty() ? "" : "<BR ALIGN=\"LEFT\"/>") + html_escaped(visible(part));
    }
    rows += fmt::format("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">{}</TD></TR>", line);
  }
  if (picture.problems.size() > shown) {
    rows += fmt::format("<TR><TD ALIGN=\"LEFT\">and {} more: see the notes</TD></TR>", picture.problems.size() - shown);
  }
  return "<TABLE BORDER=\"1\" COLOR=\"#b91c1c\" BGCOLOR=\"#fff7f7\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
         "CELLPADDING=\"3\"><TR><TD ALIGN=\"LEFT\"><B>Problems with the whole pathway</B></TD></TR>" +
         rows + "</TABLE>";
}

// The picture's title, with the panel of the pathway's problems under it when there are any.
std::string graph_label(const Picture& picture) {
  if (picture.problems.empty()) return fmt::format("{}, fontsize=16", quoted(picture.title));
  return fmt::format("<<TABLE BORDER=\"0\" CELLSPACING=\"6\"><TR><TD><FONT POINT-SIZE=\"16\">{}</FONT></TD></TR>"
                     "<TR><TD><FONT POINT-SIZE=\"10\">{}</FONT></TD></TR></TABLE>>",
                     html_escaped(visible(picture.title)), problems_panel(picture));
}

}  // namespace

void write_dot(std::ostream& out, const Picture& picture) {
  const auto names = drawing_names(picture);
  // newrank: ranks are set across the whole graph, not cluster by cluster.
  // Without it Graphviz 2.42 (Debian 12's) frees memory twice laying out
  // lanes whose arrows have labels, and crashes.
  out << "// Pathway picture drawn by msklint; the legend in the picture explains its shapes and arrows.\n"
      << "digraph pathway {\n"
      << fmt::format("  graph [rankdir=LR, newrank=true, label={}, labelloc=t, fontname=\"{}\", nodesep=0.3{}];\n",
                     graph_label(picture), font, picture.nodes.size() > large_picture_nodes ? large_layout : "")
      << fmt::format("  node [style=filled, fillcolor=white, color=\"#4b5563\", fontcolor=\"#111111\", fontsize=11, "
                     "fontname=\"{}\"];\n",
                     font)
      << fmt::format("  edge [color=\"#374151\", fontsize=9, fontname=\"{}\"];\n", font);
  auto write_node = [&](const PictureNode& node, std::string_view indent) {
    // The tooltip (a hover title in SVG) names the service, not its id.
    out << fmt::format("{}{} [label={}, tooltip={}, {}];\n", indent, names.at(node.id), node_label(node),
                       quoted(node.label), node_attributes(node.setting, node.entry, node.worst));
  };
  // One lane (a cluster) per care setting, in the order a pathway on a page
  // reads; discharge after the lanes, at the end.
  for (const std::string_view lane : lane_order) {
    std::vector<const PictureNode*> in_lane;
    for (const PictureNode& node : picture.nodes) {
      if (!node.end && node.setting == lane) in_lane.push_back(&node);
    }
    if (in_lane.empty()) continue;
    out << fmt::format("  subgraph cluster_{} {{\n    label={}; labeljust=l; style=\"filled,rounded\"; "
                       "fillcolor=\"#fafafa\"; color=\"#d1d5db\"; fontsize=12; fontcolor=\"#4b5563\";\n",
                       lane.empty() ? "unknown" : lane == "self-care" ? "selfcare" : std::string(lane),
                       quoted(setting_caption(lane)));
    for (const PictureNode* node : in_lane) write_node(*node, "    ");
    out << "  }\n";
  }
  for (const PictureNode& node : picture.nodes) {
    if (node.end) write_node(node, "  ");
  }

  std::set<int> bundles_drawn;
  for (const PictureEdge& edge : picture.edges) {
    const auto from = names.find(edge.from);
    const auto to = names.find(edge.to);
    if (from == names.end() || to == names.end()) continue;
    std::string source = from->second;
    if (edge.bundle >= 0) {
      // One route to several services: one line to a junction, fanning out.
      source = fmt::format("msklint_bundle_{}", edge.bundle);
      if (bundles_drawn.insert(edge.bundle).second) {
        out << fmt::format("  {} [shape=point, width=0.08, color=\"#374151\", label=\"\"];\n", source)
            << fmt::format("  {} -> {} [arrowhead=none{}];\n", from->second, source,
                           edge.quiet ? fmt::format(", color=\"{}\", penwidth=0.8", quiet_colour) : "");
      }
    }
    const std::string attributes = arrow_attributes(edge);
    out << fmt::format("  {} -> {}{}{}{};\n", source, to->second, attributes.empty() ? "" : " [", attributes,
                       attributes.empty() ? "" : "]");
  }
  if (!picture.nodes.empty()) write_legend(out, picture);
  out << "}\n";
}

}  // namespace msklint
