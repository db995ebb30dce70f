#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <unistd.h>

#include "review/picture.h"
#include "test_support.h"

namespace msklint {

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// xmllint (libxml2-utils, in the test set of scripts/install-deps.sh) is the judge of well-formed XML.
bool xmllint_accepts(const std::string& svg) {
  if (std::system("command -v xmllint > /dev/null 2>&1") != 0) {
    MESSAGE("xmllint is not installed: well-formedness not checked");
    return true;
  }
  const auto file = std::filesystem::temp_directory_path() / fmt::format("msklint-picture-{}.svg", ::getpid());
  testing::write_file(file, svg);
  const int status = std::system(fmt::format("xmllint --noout '{}'", file.string()).c_str());
  std::filesystem::remove(file);
  return status == 0;
}

Picture hostile_picture() {
  Picture picture;
  picture.title = "Knee & hip <pathway> \"draft\"";
  picture.nodes = {
      {"gp", "General practice", "primary", true, std::nullopt, 0},
      {"end", "Say \"hi\" <script>alert(1)</script> & &nbsp; &foo; -- \\N # x\ny", "", false, Severity::error, 2},
      {"physio", "Physio — ünïcode ✓", "community", false, Severity::warning, 1},
  };
  picture.edges = {
      {"gp", "end", RouteKind::urgent, "40% · within 2 weeks"},
      {"gp", "physio", RouteKind::emergency, "<b>&"},
      {"end", "physio", RouteKind::signpost, ""},
  };
  return picture;
}

}  // namespace

TEST_CASE("svg picture: a standalone, well-formed SVG document holding every label") {
  const std::string svg = render_svg(hostile_picture());
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(contains(svg, "<svg"));
  CHECK(contains(svg, "</svg>"));
  CHECK(xmllint_accepts(svg));
  CHECK_FALSE(contains(svg, "<script"));
  CHECK(contains(svg, "General practice"));
  CHECK(contains(svg, "Physio — ünïcode ✓"));
  CHECK(contains(svg, "&lt;script&gt;"));
  CHECK(contains(svg, "✖ error · 2 findings"));
  CHECK(contains(svg, "Knee &amp; hip"));
  // Lanes: Graphviz draws each cluster as a group with its title.
  CHECK(contains(svg, "<title>cluster_primary</title>"));
  CHECK(contains(svg, ">Primary care</text>"));
}

TEST_CASE("svg picture: refuses pictures too large to lay out, quickly") {
  Picture picture;
  for (std::size_t i = 0; i <= max_svg_nodes; ++i) picture.nodes.emplace_back().id = fmt::format("s{}", i);
  CHECK_THROWS_AS(render_svg(picture), PictureTooLarge);
  picture.nodes.resize(2);
  // fmt, not a literal: GCC 12 at -O3 warns falsely (-Wrestrict) about assigning one here.
  picture.nodes[0].id = fmt::format("{}", 'a');
  picture.nodes[1].id = fmt::format("{}", 'b');
  picture.edges.assign(max_svg_edges + 1, PictureEdge{"a", "b", RouteKind::referral, "", std::nullopt});
  CHECK_THROWS_WITH_AS(render_svg(picture), doctest::Contains("at most 300 services and 400 routes"),
                       PictureTooLarge);
}

TEST_CASE("svg picture: lanes are laid out in their reading order, whatever was drawn before") {
  // Graphviz orders subgraphs by object id, which by default is the address
  // of the interned name: the lanes' order then followed the heap, and the
  // same notes differed from run to run. msklint numbers names as read.
  Picture picture;
  picture.title = "Lanes";
  picture.nodes = {
      {"self", "Self-referral", "self-care", true, std::nullopt, 0},
      {"charity", "Charity", "voluntary", false, std::nullopt, 0},
      {"ortho", "Orthopaedics", "secondary", false, std::nullopt, 0},
      {"physio", "Physiotherapy", "community", false, std::nullopt, 0},
      {"gp", "General practice", "primary", true, std::nullopt, 0},
  };
  picture.edges = {{"gp", "physio", RouteKind::referral, "50%"}, {"physio", "ortho", RouteKind::referral, "10%"}};
  const std::string first = render_svg(picture);
  for (int i = 0; i < 5; ++i) (void)render_svg(hostile_picture());  // names interned and freed in between
  CHECK(render_svg(picture) == first);
  std::size_t at = 0;
  for (const char* lane : {"cluster_primary", "cluster_community", "cluster_secondary", "cluster_voluntary",
                           "cluster_selfcare"}) {
    const std::size_t found = first.find(fmt::format("<title>{}</title>", lane));
    CAPTURE(lane);
    REQUIRE(found != std::string::npos);
    CHECK(found > at);
    at = found;
  }
  CHECK(contains(first, "<title>s_gp</title>"));  // names still print
}

TEST_CASE("svg picture: threads take turns with Graphviz") {
  std::vector<std::string> results(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < results.size(); ++i) {
      threads.emplace_back([&, i] { results[i] = render_svg(hostile_picture()); });
    }
  }
  for (const std::string& svg : results) CHECK(svg == results[0]);
}

}  // namespace msklint
