#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "lint/system_index.h"
#include "review/picture.h"
#include "test_support.h"

namespace msklint {

namespace {

Picture picture_of(const std::string& yaml) {
  const FileReport report = testing::lint_text("pathways/knee.yaml", yaml);
  REQUIRE(report.pathway != nullptr);
  return make_picture(*report.pathway, report.findings);
}

const PictureNode& node(const Picture& picture, const std::string& id) {
  for (const PictureNode& node : picture.nodes) {
    if (node.id == id) return node;
  }
  FAIL("no node ", id);
  throw;
}

Finding finding_about(std::string subject, Severity severity) {
  Finding finding = make_finding("dead-end", "knee.yaml", {1, 1}, std::move(subject), "message");
  finding.severity = severity;
  return finding;
}

}  // namespace

TEST_CASE("picture: a node per service, labelled by name else id, with its setting") {
  const Picture picture = picture_of(R"(
pathway: {id: knee, title: Knee pain}
services:
  - {id: gp, name: General practice, type: general-practice, entry: true}
  - {id: physio, type: physiotherapy}
  - {id: ortho, name: Orthopaedics, type: physiotherapy, setting: secondary}
  - {id: charity, type: patient-organisation}
  - {id: discharge, type: discharge}
  - {id: mystery, type: not-a-type}
routes:
  - {from: gp, to: [physio, charity]}
  - {from: physio, to: [ortho, discharge]}
)");
  CHECK(picture.title == "Knee pain");
  REQUIRE(picture.nodes.size() == 6);
  CHECK(node(picture, "gp").label == "General practice");
  CHECK(node(picture, "gp").setting == "primary");
  CHECK(node(picture, "gp").entry);
  CHECK(node(picture, "physio").label == "physio");
  CHECK(node(picture, "physio").setting == "community");
  CHECK_FALSE(node(picture, "physio").entry);
  CHECK(node(picture, "ortho").setting == "secondary");  // given beats the type's default
  CHECK(node(picture, "charity").setting == "voluntary");
  CHECK(node(picture, "discharge").setting == "self-care");
  CHECK(node(picture, "mystery").setting.empty());  // unknown type: no setting
  // File order is kept, so drawings are stable.
  CHECK(picture.nodes.front().id == "gp");
  CHECK(picture.nodes.back().id == "mystery");
}

TEST_CASE("picture: side routes are quiet, routes with several targets are bundled, discharge ends the picture") {
  const Picture picture = picture_of(R"(
pathway: {id: knee, title: Knee pain}
services:
  - {id: gp, name: General practice, type: general-practice, entry: true}
  - {id: pharmacy, type: pharmacy, entry: true}
  - {id: physio, type: physiotherapy}
  - {id: classes, type: exercise-programme}
  - {id: charity, type: patient-organisation}
  - {id: ortho, type: orthopaedics}
  - {id: discharge, type: discharge}
routes:
  - {from: gp, to: [physio, classes]}
  - {from: pharmacy, to: gp}
  - {from: gp, to: charity, kind: signpost}
  - {from: physio, to: gp}
  - {from: physio, to: ortho, kind: urgent}
  - {from: physio, to: discharge}
  - {from: classes, to: [discharge, ghost]}
)");
  CHECK(node(picture, "discharge").end);
  CHECK_FALSE(node(picture, "physio").end);
  auto edge = [&](const std::string& from, const std::string& to) -> const PictureEdge& {
    for (const PictureEdge& drawn : picture.edges) {
      if (drawn.from == from && drawn.to == to) return drawn;
    }
    FAIL("no edge ", from, " -> ", to);
    throw;
  };
  // One route to two services: one bundle, numbered by the route.
  CHECK(edge("gp", "physio").bundle == 0);
  CHECK(edge("gp", "classes").bundle == 0);
  CHECK_FALSE(edge("gp", "physio").quiet);
  CHECK(edge("pharmacy", "gp").bundle == -1);
  // A way in to a way in is the main flow; back to a way in is a quiet return.
  CHECK_FALSE(edge("pharmacy", "gp").quiet);
  CHECK_FALSE(edge("pharmacy", "gp").to_entry);
  CHECK(edge("physio", "gp").quiet);
  CHECK(edge("physio", "gp").to_entry);
  CHECK(edge("gp", "charity").quiet);  // a signpost
  CHECK(edge("physio", "discharge").quiet);
  CHECK_FALSE(edge("physio", "ortho").quiet);  // urgent: never quiet
  // The other target is unknown: one arrow drawn, so no bundle.
  CHECK(edge("classes", "discharge").bundle == -1);
  CHECK(fits_one_page(picture));
  CHECK(too_large_note(picture).empty());
}

TEST_CASE("picture: too many services or main routes for one page say so") {
  Picture picture;
  for (std::size_t i = 0; i <= max_page_services; ++i) picture.nodes.push_back({fmt::format("s{}", i), "S", "", false, std::nullopt, 0});
  CHECK_FALSE(fits_one_page(picture));
  CHECK(too_large_note(picture) ==
        fmt::format("{} services and 0 routes are more than one printed page can show legibly", max_page_services + 1));
  picture.nodes.resize(3);
  for (std::size_t i = 0; i <= max_page_routes; ++i) picture.edges.push_back({"s0", "s1", RouteKind::referral, ""});
  CHECK_FALSE(fits_one_page(picture));
  for (PictureEdge& edge : picture.edges) edge.quiet = true;  // quiet routes do not crowd a page
  CHECK(fits_one_page(picture));
}

TEST_CASE("picture: split by lane, other lanes one box each, their routes merged into one arrow a kind") {
  Picture whole;
  whole.title = "Knee";
  whole.nodes = {
      {"gp", "General practice", "primary", true, std::nullopt, 0},
      {"fcp", "First contact", "primary", true, std::nullopt, 0},
      {"physio", "Physiotherapy", "community", false, std::nullopt, 0},
      {"classes", "Classes", "community", false, std::nullopt, 0},
      {"ortho", "Orthopaedics", "secondary", false, std::nullopt, 0},
      {"discharge", "Discharge", "self-care", false, std::nullopt, 0, true},
  };
  whole.edges = {
      {"gp", "fcp", RouteKind::referral, "10%"},
      {"gp", "physio", RouteKind::referral, "40%", std::nullopt, false, false, 2},
      {"gp", "classes", RouteKind::referral, "20%", std::nullopt, false, false, 2},
      {"fcp", "physio", RouteKind::referral, "30%"},
      {"fcp", "ortho", RouteKind::urgent, "1%", Severity::warning},
      {"physio", "classes", RouteKind::referral, "25%"},
      {"physio", "gp", RouteKind::referral, "5%", std::nullopt, true, true},
      {"physio", "discharge", RouteKind::referral, "60%", std::nullopt, true},
  };
  const std::vector<Picture> lanes = lane_pictures(whole);
  REQUIRE(lanes.size() == 3);  // primary, community, secondary; discharge is in no lane
  const Picture& primary = lanes[0];
  CHECK(primary.title == "Knee: Primary care");
  auto ids = [](const Picture& picture) {
    std::vector<std::string> found;
    for (const PictureNode& node : picture.nodes) found.push_back(node.id);
    return found;
  };
  CHECK(ids(primary) == std::vector<std::string>{"gp", "fcp", "lane community", "lane secondary"});
  CHECK(primary.nodes[2].label == "Community: 2 services");
  CHECK(primary.nodes[2].setting == "community");
  auto edge = [](const Picture& picture, const std::string& from, const std::string& to) -> const PictureEdge* {
    for (const PictureEdge& drawn : picture.edges) {
      if (drawn.from == from && drawn.to == to) return &drawn;
    }
    return nullptr;
  };
  // Within the lane: as drawn in the whole picture.
  REQUIRE(edge(primary, "gp", "fcp") != nullptr);
  CHECK(edge(primary, "gp", "fcp")->label == "10%");
  // Three referrals into community (two of them one bundle) are one unlabelled arrow.
  REQUIRE(edge(primary, "gp", "lane community") != nullptr);
  CHECK(edge(primary, "gp", "lane community")->label.empty());
  CHECK(edge(primary, "gp", "lane community")->bundle == -1);
  CHECK(std::count_if(primary.edges.begin(), primary.edges.end(),
                      [](const PictureEdge& drawn) { return drawn.from == "gp" && drawn.to == "lane community"; }) == 1);
  // A route with a finding keeps its mark; a return stays quiet.
  REQUIRE(edge(primary, "fcp", "lane secondary") != nullptr);
  CHECK(edge(primary, "fcp", "lane secondary")->worst == Severity::warning);
  REQUIRE(edge(primary, "lane community", "gp") != nullptr);
  CHECK(edge(primary, "lane community", "gp")->quiet);
  // Community: its services, the primary care box, and discharge as itself.
  const Picture& community = lanes[1];
  CHECK(ids(community) == std::vector<std::string>{"physio", "classes", "discharge", "lane primary"});
  CHECK(edge(community, "physio", "discharge") != nullptr);
  CHECK(edge(community, "physio", "classes")->label == "25%");
}

TEST_CASE("picture: the title falls back to the pathway id") {
  CHECK(picture_of("pathway: {id: knee}\nservices: []\n").title == "knee");
}

TEST_CASE("picture: the first of a duplicated id only, unknown targets and self-routes are left out") {
  const Picture picture = picture_of(R"(
pathway: {id: knee, title: Knee}
services:
  - {id: gp, name: First GP, type: general-practice}
  - {id: physio, type: physiotherapy}
  - {id: gp, name: Second GP, type: general-practice, entry: true}
routes:
  - {from: gp, to: [physio, physo, gp]}
  - {from: nowhere, to: physio}
)");
  REQUIRE(picture.nodes.size() == 2);
  CHECK(node(picture, "gp").label == "First GP");
  CHECK(node(picture, "gp").entry);  // a later duplicate's entry makes the id an entry, as in the graph
  REQUIRE(picture.edges.size() == 1);
  CHECK(picture.edges[0].from == "gp");
  CHECK(picture.edges[0].to == "physio");
}

TEST_CASE("picture: arrows keep their kind and say their share and target time") {
  const Picture picture = picture_of(R"(
pathway: {id: knee, title: Knee}
services:
  - {id: gp, type: general-practice, entry: true}
  - {id: physio, type: physiotherapy}
  - {id: rheum, type: rheumatology}
  - {id: ed, type: emergency-department}
  - {id: charity, type: patient-organisation}
routes:
  - {from: gp, to: physio, share: 40%, within: 2 weeks}
  - {from: gp, to: rheum, kind: urgent, within: 3 working days}
  - {from: gp, to: ed, kind: emergency, share: 0.125}
  - {from: gp, to: charity, kind: signpost}
  - {from: physio, to: charity, share: 33.333%}
)");
  REQUIRE(picture.edges.size() == 5);
  CHECK(picture.edges[0].kind == RouteKind::referral);
  CHECK(picture.edges[0].label == "40% · within 2 weeks");
  CHECK(picture.edges[1].kind == RouteKind::urgent);
  CHECK(picture.edges[1].label == "within 3 working days");
  CHECK(picture.edges[2].kind == RouteKind::emergency);
  CHECK(picture.edges[2].label == "12.5%");
  CHECK(picture.edges[3].kind == RouteKind::signpost);
  CHECK(picture.edges[3].label.empty());
  CHECK(picture.edges[4].label == "33.3%");
  CHECK(arrow_caption(picture.edges[0]) == "40% · within 2 weeks");
  CHECK(arrow_caption(picture.edges[1]) == "urgent · within 3 working days");
  CHECK(arrow_caption(picture.edges[3]) == "signpost");
}

TEST_CASE("picture: a service is marked with its worst finding and how many it has") {
  const FileReport report = testing::lint_text("knee.yaml", R"(
pathway: {id: knee, title: Knee}
services:
  - {id: gp, type: general-practice, entry: true}
  - {id: physio, type: physiotherapy}
  - {id: rheum, type: rheumatology}
routes:
  - {from: gp, to: [physio, rheum]}
)");
  REQUIRE(report.pathway != nullptr);
  const Findings findings = {
      finding_about("physio", Severity::info),    finding_about("physio", Severity::error),
      finding_about("physio", Severity::warning), finding_about("rheum", Severity::warning),
      finding_about("gp -> physio", Severity::error),  // about a route, not a service
      finding_about("pathway", Severity::error),
  };
  const Picture picture = make_picture(*report.pathway, findings);
  CHECK_FALSE(node(picture, "gp").worst);
  CHECK(node(picture, "gp").findings == 0);
  CHECK(node(picture, "physio").worst == Severity::error);
  CHECK(node(picture, "physio").findings == 3);
  CHECK(node(picture, "rheum").worst == Severity::warning);
  CHECK(node(picture, "rheum").findings == 1);
  CHECK(findings_mark(node(picture, "physio")) == "✖ error · 3 findings");
  CHECK(findings_mark(node(picture, "rheum")) == "⚠ warning · 1 finding");
  CHECK(findings_mark(node(picture, "gp")).empty());
  CHECK(node_caption(node(picture, "gp")) == "▶ gp");
  CHECK(node_caption(node(picture, "physio")) == "physio");
}

TEST_CASE("picture: the findings lint_file counts mark the picture") {
  const Picture picture = picture_of(R"(
pathway: {id: knee, title: Knee}
services:
  - {id: gp, type: general-practice, entry: true}
  - {id: physio, type: physiotherapy}
routes:
  - {from: gp, to: physio}
)");
  CHECK(node(picture, "physio").worst.has_value());  // a dead end at least
}

TEST_CASE("picture: drawing names are safe, prefixed and unique") {
  Picture picture;
  for (const std::string id : {"end", "a-b", "a_b", "a_b_2", "Graph", "x y\"<"}) {
    picture.nodes.emplace_back().id = id;
  }
  const auto names = drawing_names(picture);
  CHECK(names.at("end") == "s_end");
  CHECK(names.at("a-b") == "s_a_b");
  CHECK(names.at("a_b") == "s_a_b_2");
  CHECK(names.at("a_b_2") == "s_a_b_2_2");
  CHECK(names.at("Graph") == "s_graph");
  CHECK(names.at("x y\"<") == "s_x_y__");
}

TEST_CASE("picture: long labels wrap at spaces, counting characters, not bytes") {
  using Lines = std::vector<std::string>;
  CHECK(wrapped("General practice (total triage: online form)", 20) ==
        Lines{"General practice", "(total triage:", "online form)"});
  CHECK(wrapped("Physiothérapie pour tous les âges", 14) == Lines{"Physiothérapie", "pour tous les", "âges"});
  CHECK(wrapped("a-very-long-single-word here", 5) == Lines{"a-very-long-single-word", "here"});
  CHECK(wrapped("line one\nline  two\t end", 40) == Lines{"line one line two end"});
  CHECK(wrapped("", 10) == Lines{""});
  CHECK(wrapped("red\x1b[31m name\a", 40) == Lines{"red\x1b[31m name\a"});  // kept, for the writer to escape
}

}  // namespace msklint

namespace msklint {

TEST_CASE("picture of a system: each pathway one box, arrows to the shared services labelled with what it sends") {
  SystemIndex systems;
  const auto system = systems.system_at(testing::source_dir() / "examples/northgate/northgate-system.yaml");
  REQUIRE(system != nullptr);
  Finding shortfall;
  shortfall.rule = "community-rehab-capacity";
  shortfall.subject = "northgate-rehab";
  shortfall.severity = Severity::error;
  const Picture picture = make_system_picture(*system, {shortfall});
  CHECK(picture.title == "Northgate ICB musculoskeletal services");
  REQUIRE(picture.nodes.size() == 7);  // 3 pathways, 4 shared services
  CHECK(picture.nodes[0].label == "Pathway: Hip and knee pain pathway for adults");
  CHECK(picture.nodes[0].setting == system_pathway_setting);
  CHECK_FALSE(picture.nodes[0].entry);
  const auto rehab = std::find_if(picture.nodes.begin(), picture.nodes.end(),
                                  [](const PictureNode& node) { return node.id == "northgate-rehab"; });
  REQUIRE(rehab != picture.nodes.end());
  CHECK(rehab->worst == Severity::error);
  CHECK(rehab->setting == "community");
  const auto into_rehab = std::count_if(picture.edges.begin(), picture.edges.end(), [](const PictureEdge& edge) {
    return edge.to == "northgate-rehab";
  });
  CHECK(into_rehab == 3);
  CHECK(picture.edges[0].label == "160 a month");
  std::ostringstream mermaid;
  write_mermaid(mermaid, picture);
  CHECK(mermaid.str().find("<br/>A pathway of the system: white, rounded corners<br/>") != std::string::npos);
}

}  // namespace msklint

namespace msklint {

TEST_CASE("picture: findings about a route mark its arrow, findings about the whole pathway fill a panel") {
  const FileReport report = lint_file((testing::source_dir() / "examples/back-pain-linear.yaml").string(), {});
  REQUIRE(report.pathway != nullptr);
  const Picture picture = make_picture(*report.pathway, report.findings);
  const auto marked = std::count_if(picture.edges.begin(), picture.edges.end(),
                                    [](const PictureEdge& edge) { return edge.worst == Severity::error; });
  CHECK(marked == 2);  // the linear chain's routes without criteria
  const auto pathway_findings = std::count_if(report.findings.begin(), report.findings.end(),
                                              [](const Finding& finding) { return finding.subject == "pathway"; });
  REQUIRE(pathway_findings > 0);
  CHECK(picture.problems.size() == static_cast<std::size_t>(pathway_findings));
  CHECK(picture.problems.front().starts_with("✖ this back pain or spinal pathway has no emergency route"));
  std::ostringstream dot, mermaid;
  write_dot(dot, picture);
  write_mermaid(mermaid, picture);
  CHECK(dot.str().find("Problems with the whole pathway") != std::string::npos);
  CHECK(dot.str().find("label=\"✖ 25%\"") != std::string::npos);
  CHECK(dot.str().find("tooltip=\"Community physiotherapy (6 sessions)\"") != std::string::npos);
  CHECK(mermaid.str().find("msklint_problems[\"<b>Problems with the whole pathway</b>") != std::string::npos);
  CHECK(mermaid.str().find("-->|\"✖ 25%\"|") != std::string::npos);
  // The legend is one dashed box, not sample shapes that look like services.
  CHECK(mermaid.str().find("msklint_legend[\"<b>Legend</b><br/>Community: green box") != std::string::npos);
  CHECK(mermaid.str().find("legend_setting_") == std::string::npos);
  CHECK(render_svg(picture).find("Problems with the whole pathway") != std::string::npos);
}

TEST_CASE("picture: --focus keeps a service with what leads to it and what it leads to") {
  const Picture whole = picture_of(R"(pathway: {id: knee, title: Knee}
services:
  - {id: gp, type: general-practice, entry: true}
  - {id: physio, type: physiotherapy}
  - {id: ortho, type: orthopaedics}
  - {id: rehab, type: community-rehabilitation}
  - {id: discharge, type: discharge}
routes:
  - {from: gp, to: physio}
  - {from: physio, to: ortho}
  - {from: ortho, to: rehab}
  - {from: rehab, to: discharge}
)");
  const auto focused = focus_picture(whole, "ortho");
  REQUIRE(focused.has_value());
  std::vector<std::string> ids;
  for (const PictureNode& node : focused->nodes) ids.push_back(node.id);
  CHECK(ids == std::vector<std::string>{"physio", "ortho", "rehab"});
  CHECK(focused->edges.size() == 2);
  CHECK(focused->title == "Knee: ortho and its routes");
  CHECK_FALSE(focus_picture(whole, "orthopaedics").has_value());
}

}  // namespace msklint
