#include <doctest/doctest.h>

#include <sstream>

#include "review/picture.h"

namespace msklint {

namespace {

std::string dot_of(const Picture& picture) {
  std::ostringstream out;
  write_dot(out, picture);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("dot picture: left to right, shapes by setting, entries and findings marked, a legend") {
  Picture picture;
  picture.title = "Knee pain";
  picture.nodes = {
      {"gp", "General practice", "primary", true, std::nullopt, 0},
      {"physio", "Physiotherapy", "community", false, Severity::warning, 1},
      {"ortho", "Orthopaedics", "secondary", false, std::nullopt, 0},
      {"ed", "Emergency department", "secondary", false, std::nullopt, 0},
  };
  picture.edges = {
      {"gp", "physio", RouteKind::referral, "40%"},
      {"gp", "ortho", RouteKind::urgent, ""},
      {"gp", "ed", RouteKind::emergency, "within 1 day"},
      {"gp", "nowhere", RouteKind::referral, ""},  // not in the picture: left out
  };
  const std::string text = dot_of(picture);
  CHECK(contains(text, "digraph pathway {\n"));
  CHECK(contains(text, "rankdir=LR, newrank=true, label=\"Knee pain\""));
  // The tooltip (hover title in SVG) is the service's name, never its internal id.
  CHECK(contains(text, "  s_gp [label=\"▶ General practice\", tooltip=\"General practice\", shape=box, "
                       "style=\"rounded,filled\", fillcolor=\"#dbeafe\", penwidth=3];\n"));
  CHECK(contains(text, "  s_physio [label=\"Physiotherapy\\n⚠ warning · 1 finding\", tooltip=\"Physiotherapy\", "
                       "shape=box, fillcolor=\"#dcfce7\", color=\"#b45309\", penwidth=2];\n"));
  CHECK(contains(text, "  s_ortho [label=\"Orthopaedics\", tooltip=\"Orthopaedics\", shape=box, peripheries=2"));
  CHECK(contains(text, "  s_gp -> s_physio [label=\"40%\"];\n"));
  CHECK(contains(text, "  s_gp -> s_ortho [label=\"urgent\", style=bold, penwidth=2.5];\n"));
  CHECK(contains(text, "  s_gp -> s_ed [label=\"emergency · within 1 day\", style=\"dashed,bold\", penwidth=2.5, "
                       "color=\"#b91c1c\""));
  CHECK_FALSE(contains(text, "nowhere"));
  // The legend: one table beside the pathway, listing only what it uses.
  CHECK(contains(text, "  { rank=sink; msklint_legend [shape=plain, fontsize=9, label=<<TABLE "));
  CHECK(contains(text, "<TD BORDER=\"2\" COLOR=\"#b45309\"> </TD><TD ALIGN=\"LEFT\">⚠ worst finding: warning</TD>"));
  CHECK(contains(text, "<TD BORDER=\"1\" BGCOLOR=\"#ede9fe\"> </TD><TD ALIGN=\"LEFT\">Secondary care: double border</TD>"));
  CHECK(contains(text, "<TD COLSPAN=\"2\" ALIGN=\"LEFT\">╍╍▶ emergency (bold, red, dashed)</TD>"));
  CHECK_FALSE(contains(text, "worst finding: error"));
  CHECK_FALSE(contains(text, "Voluntary"));
  CHECK(text.ends_with("}\n"));
}

TEST_CASE("dot picture: lanes by care setting, discharge after them, quiet side routes, bundled routes") {
  Picture picture;
  picture.title = "Knee pain";
  picture.nodes = {
      {"gp", "General practice", "primary", true, std::nullopt, 0},
      {"physio", "Physiotherapy", "community", false, std::nullopt, 0},
      {"classes", "Classes", "community", false, std::nullopt, 0},
      {"charity", "Versus Arthritis", "voluntary", false, std::nullopt, 0},
      {"discharge", "Discharge", "self-care", false, std::nullopt, 0, true},
  };
  picture.edges = {
      {"gp", "physio", RouteKind::referral, "40%", std::nullopt, false, false, 3},
      {"gp", "classes", RouteKind::referral, "20%", std::nullopt, false, false, 3},
      {"gp", "charity", RouteKind::signpost, "10%", std::nullopt, true},
      {"physio", "gp", RouteKind::referral, "5%", std::nullopt, true, true},
      {"physio", "discharge", RouteKind::referral, "60%", std::nullopt, true},
  };
  const std::string text = dot_of(picture);
  // Lanes in reading order: primary, then community, then voluntary.
  const auto primary = text.find("subgraph cluster_primary {\n    label=\"Primary care\";");
  const auto community = text.find("subgraph cluster_community {\n    label=\"Community\";");
  const auto voluntary = text.find("subgraph cluster_voluntary {\n    label=\"Voluntary sector\";");
  REQUIRE(primary != std::string::npos);
  REQUIRE(community != std::string::npos);
  REQUIRE(voluntary != std::string::npos);
  CHECK(primary < community);
  CHECK(community < voluntary);
  CHECK(text.find("s_classes [") > community);
  CHECK(text.find("s_classes [") < voluntary);
  // Discharge is in no lane: it is where the pathway ends.
  CHECK_FALSE(contains(text, "cluster_selfcare"));
  CHECK(contains(text, "\n  s_discharge [label="));
  // One route to two services: one line to a junction, fanning out, each labelled.
  CHECK(contains(text, "  msklint_bundle_3 [shape=point"));
  CHECK(contains(text, "  s_gp -> msklint_bundle_3 [arrowhead=none];\n"));
  CHECK(contains(text, "  msklint_bundle_3 -> s_physio [label=\"40%\"];\n"));
  CHECK(contains(text, "  msklint_bundle_3 -> s_classes [label=\"20%\"];\n"));
  // Side routes: grey and unlabelled; a return to a way in does not shape the layout.
  CHECK(contains(text, "  s_gp -> s_charity [style=dotted, color=\"#9ca3af\", penwidth=0.8, arrowsize=0.6];\n"));
  CHECK(contains(text, "  s_physio -> s_gp [constraint=false, color=\"#9ca3af\", penwidth=0.8, arrowsize=0.6];\n"));
  CHECK(contains(text, "  s_physio -> s_discharge [color=\"#9ca3af\", penwidth=0.8, arrowsize=0.6];\n"));
  CHECK(contains(text, "thin, grey: a signpost, a return to a way in, or a discharge"));
}

TEST_CASE("dot picture: hostile names are escaped") {
  Picture picture;
  picture.title = "A \"title\" \\ here";
  picture.nodes = {{"end", "Say \"hi\" <script>&lt; \\N # x\ny", "", false, std::nullopt, 0},
                   {"node", "node", "voluntary", false, std::nullopt, 0}};
  picture.edges = {{"end", "node", RouteKind::signpost, "\"]; evil [label=\""}};
  const std::string text = dot_of(picture);
  CHECK(contains(text, "label=\"A \\\"title\\\" \\\\ here\""));
  CHECK(contains(text, "  s_end [label=\"Say \\\"hi\\\" <script>&amp;lt; \\\\N # x\\ny\", tooltip=\"Say \\\"hi\\\" "
                       "<script>&amp;lt; \\\\N # x\\\\ny\", shape=ellipse"));
  CHECK(contains(text, "  s_node [label=\"node\", tooltip=\"node\", shape=hexagon"));
  CHECK(contains(text, "  s_end -> s_node [label=\"signpost · \\\"]; evil [label=\\\"\", style=dotted];\n"));
}

}  // namespace msklint
