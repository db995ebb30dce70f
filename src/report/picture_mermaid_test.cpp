#include <doctest/doctest.h>

#include <sstream>

#include "review/picture.h"

namespace msklint {

namespace {

std::string mermaid_of(const Picture& picture) {
  std::ostringstream out;
  write_mermaid(out, picture);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Picture small_picture() {
  Picture picture;
  picture.title = "Knee pain";
  picture.nodes = {
      {"gp", "General practice", "primary", true, std::nullopt, 0},
      {"physio", "Community physiotherapy", "community", false, Severity::error, 2},
      {"rheum", "Rheumatology", "secondary", false, Severity::info, 1},
      {"charity", "Versus Arthritis", "voluntary", false, std::nullopt, 0},
      {"discharge", "Discharge", "self-care", false, std::nullopt, 0},
  };
  picture.edges = {
      {"gp", "physio", RouteKind::referral, "40% · within 2 weeks"},
      {"gp", "rheum", RouteKind::urgent, ""},
      {"gp", "charity", RouteKind::signpost, ""},
      {"physio", "discharge", RouteKind::emergency, ""},
  };
  return picture;
}

}  // namespace

TEST_CASE("mermaid picture: a left-to-right flowchart, shapes by setting, entries and findings marked") {
  const std::string text = mermaid_of(small_picture());
  CHECK(text.rfind("flowchart LR\n", 0) == 0);
  CHECK(contains(text, "  s_gp([\"▶ General practice\"])\n"));
  CHECK(contains(text, "  s_physio[\"Community physiotherapy<br/>✖ error · 2 findings\"]\n"));
  CHECK(contains(text, "  s_rheum[[\"Rheumatology<br/>ℹ info · 1 finding\"]]\n"));
  CHECK(contains(text, "  s_charity{{\"Versus Arthritis\"}}\n"));
  CHECK(contains(text, "  s_discharge[/\"Discharge\"/]\n"));
  // Arrows: plain, thick and labelled urgent, dotted signpost, emergency red.
  CHECK(contains(text, "  s_gp -->|\"40% · within 2 weeks\"| s_physio\n"));
  CHECK(contains(text, "  s_gp ==>|\"urgent\"| s_rheum\n"));
  CHECK(contains(text, "  s_gp -.->|\"signpost\"| s_charity\n"));
  CHECK(contains(text, "  s_physio ==>|\"emergency\"| s_discharge\n"));
  CHECK(contains(text, "  linkStyle 3 stroke:#b91c1c"));
  // Findings: a class with a thick coloured border as well as the symbol.
  CHECK(contains(text, "  classDef finding_error stroke:#b91c1c,stroke-width:4px\n"));
  CHECK(contains(text, "  class s_physio finding_error\n"));
  CHECK(contains(text, "  class s_gp setting_primary\n"));
  // A legend of what is used: one dashed box, titled, that cannot be taken for a service.
  CHECK(contains(text, "  msklint_legend[\"<b>Legend</b><br/>"));
  CHECK(contains(text, "<br/>✖ worst finding: error<br/>"));
  CHECK(contains(text, "Secondary care: purple box with side bars"));
  CHECK(contains(text, "\"]:::legend\n"));
  CHECK(contains(text, "classDef legend fill:#ffffff,stroke:#9ca3af,stroke-dasharray:4 3"));
  CHECK_FALSE(contains(text, "worst finding: warning"));
  CHECK(contains(text, "━━▶ urgent (bold)"));
  CHECK_FALSE(contains(text, "self-referral"));
}

TEST_CASE("mermaid picture: lanes as subgraphs, discharge after them, quiet side routes, bundles through a junction") {
  Picture picture = small_picture();
  picture.nodes.push_back({"classes", "Classes", "community", false, std::nullopt, 0});
  picture.nodes[4].end = true;  // discharge
  picture.edges = {
      {"gp", "physio", RouteKind::referral, "40%", std::nullopt, false, false, 7},
      {"gp", "classes", RouteKind::referral, "20%", std::nullopt, false, false, 7},
      {"gp", "charity", RouteKind::signpost, "10%", std::nullopt, true},
      {"physio", "discharge", RouteKind::referral, "60%", std::nullopt, true},
      {"gp", "rheum", RouteKind::emergency, ""},
  };
  const std::string text = mermaid_of(picture);
  CHECK(contains(text, "  subgraph lane_primary[\"Primary care\"]\n    direction LR\n    s_gp([\"▶ General practice\"])\n  end\n"));
  CHECK(contains(text, "  subgraph lane_community[\"Community\"]\n    direction LR\n    s_physio["));
  CHECK(contains(text, "    s_classes[\"Classes\"]\n  end\n"));
  CHECK(contains(text, "  subgraph lane_voluntary[\"Voluntary sector\"]"));
  CHECK(text.find("lane_primary") < text.find("lane_community"));
  CHECK(text.find("lane_community") < text.find("lane_secondary"));
  CHECK_FALSE(contains(text, "lane_selfcare"));
  CHECK(contains(text, "\n  s_discharge[/\"Discharge\"/]\n"));
  // The bundle: one line to a junction (link 0), then an arrow to each target (links 1, 2).
  CHECK(contains(text, "  msklint_bundle_7((\" \")):::junction\n  s_gp --- msklint_bundle_7\n"));
  CHECK(contains(text, "  msklint_bundle_7 -->|\"40%\"| s_physio\n"));
  CHECK(contains(text, "  msklint_bundle_7 -->|\"20%\"| s_classes\n"));
  // Quiet routes (links 3, 4) unlabelled and grey; the emergency is link 5, counting the trunk.
  CHECK(contains(text, "  s_gp -.-> s_charity\n"));
  CHECK(contains(text, "  s_physio --> s_discharge\n"));
  CHECK(contains(text, "  linkStyle 3,4 stroke:#9ca3af,stroke-width:1px\n"));
  CHECK(contains(text, "  linkStyle 5 stroke:#b91c1c"));
  CHECK(contains(text, "thin, grey: a signpost, a return to a way in, or a discharge"));
}

TEST_CASE("mermaid picture: hostile names cannot break out of their labels") {
  Picture picture;
  picture.title = "Knee\nflowchart TB";
  picture.nodes = {
      {"end", "Say \"hi\" <script>alert(1)</script> & #quot; `x` a|b", "", false, std::nullopt, 0},
      {"graph", "line one\nline two\r\n%% not a comment", "community", false, std::nullopt, 0},
  };
  picture.edges = {{"end", "graph", RouteKind::referral, "\"]); click s_end call evil()"},
                   {"graph", "end", RouteKind::referral, "style:#f00;"}};
  const std::string text = mermaid_of(picture);
  CHECK(contains(text, "  %% Knee\\nflowchart TB: pathway picture"));  // one comment line, the break written out
  CHECK(contains(text, "  s_end(\"Say #quot;hi#quot;<br/>#lt;script#gt;alert(1)#lt;/script#gt;<br/>#amp; #35;quot; "
                       "#96;x#96; a#124;b\")\n"));
  CHECK(contains(text, "  s_graph[\"line one line two %% not<br/>a comment\"]\n"));
  CHECK(contains(text, "  s_end -->|\"#quot;]); click s_end call evil()\"| s_graph\n"));
  CHECK(contains(text, "  s_graph -->|\"style#58;#35;f00;\"| s_end\n"));
  CHECK_FALSE(contains(text, "<script"));
  // Every line but the first is indented: nothing a name holds starts a statement.
  std::istringstream lines(text);
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) CHECK(line.rfind("  ", 0) == 0);
}

TEST_CASE("mermaid picture: an empty pathway still draws") {
  const std::string text = mermaid_of(Picture{"Empty", {}, {}});
  CHECK(contains(text, "No services to draw"));
}

}  // namespace msklint
