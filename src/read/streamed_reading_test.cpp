// read_pathway_file reads services and routes as the parser completes them;
// these tests hold it to the two-step reading (parse_yaml, then read_pathway
// over the whole tree): the same findings and the same model, on every
// fixture and example and on the shapes where streaming must give way.

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fuzz/reading_digest.h"
#include "read/pathway_reader.h"
#include "test_support.h"

using namespace msklint;

namespace {

using fuzzing::read_in_two_steps;
using fuzzing::read_streamed;

void check_same_reading(const std::string& name, const std::string& yaml, const Limits& limits = {}) {
  const SourceText source(name, yaml);
  INFO(name);
  CHECK(read_streamed(source, limits) == read_in_two_steps(source, limits));
}

}  // namespace

TEST_CASE("streamed reading: every example and fixture reads as the whole tree does") {
  std::size_t files = 0;
  for (const char* folder : {"examples", "tests/fixtures"}) {
    for (const auto& file : testing::files_below(testing::source_dir() / folder, ".yaml")) {
      check_same_reading(file.string(), testing::read_file(file));
      ++files;
    }
  }
  CHECK(files > 400);
}

TEST_CASE("streamed reading: shapes where streaming must give way read as the whole tree does") {
  const std::string head = "pathway: {id: knee, title: Knee}\n";
  const std::string services = "services:\n  - {id: gp, type: general-practice, entry: true}\n  - {id: physio, type: physiotherapy}\n";
  const std::string routes = "routes:\n  - {from: gp, to: physio}\n";
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"usual order", head + services + routes},
      {"routes first", head + routes + services},
      {"no pathway key first: perhaps a system file", services + head + routes},
      {"a system file", "system: {id: msk, title: MSK}\n" + services},
      {"services twice: the first is read", head + services + "services:\n  - {id: other, type: orthopaedics}\n" + routes},
      {"merged services give way to written ones",
       "x-base: &base\n  services: [{id: merged, type: orthopaedics}]\n" + head + "<<: *base\n" + services + routes},
      {"an anchored list", head + "services: &all\n  - {id: gp, type: general-practice}\nx-again: *all\n" + routes},
      {"an anchored root", "&root\n" + head + services + routes},
      {"an item aliased from an earlier one",
       head + "services:\n  - &gp {id: gp, type: general-practice, entry: true}\n  - *gp\n  - {id: physio, <<: *gp}\n" + routes},
      {"an inline merge in each item",
       head + "services:\n  - {<<: {type: physiotherapy, setting: community}, id: a}\n  - {<<: {type: orthopaedics}, id: b}\n" + routes},
      {"items that are not mappings", head + "services:\n  - gp\n  - [physio]\n  - \n  - {id: ok, type: physiotherapy}\n" + routes},
      {"an empty list", head + "services: []\n" + routes},
      {"an empty value", head + "services:\n" + routes},
      {"a list in flow style", head + "services: [{id: gp, type: general-practice}, {id: x, type: physiotherapy}]\n" + routes},
      {"a key written as an alias", "x-k: &k services\n" + head + "*k :\n  - {id: gp, type: general-practice}\n" + routes},
      {"a syntax error after some services", head + services + "  - {id: broken\n" + routes},
      {"too deep inside an item", head + "services:\n  - {id: gp, type: general-practice}\n  - {id: x, access: " +
                                       std::string(80, '[') + std::string(80, ']') + "}\n"},
      {"a second document", head + services + routes + "---\n" + services},
      {"mistakes inside items", head +
                                    "services:\n  - {id: gp, type: general-practise, stafff: [gp]}\n  - {id: gp, "
                                    "type: physiotherapy, id: again}\n  - {type: orthopaedics}\n" +
                                    routes},
  };
  for (const auto& [name, yaml] : shapes) check_same_reading(name, yaml);
}

TEST_CASE("streamed reading: limits and the finding cap count the same") {
  std::string many = "pathway: {id: big, title: Big}\nservices:\n";
  for (int i = 0; i < 40; ++i) many += fmt::format("  - {{id: s{}, type: physiotherapy, colour: blue}}\n", i);
  many += "routes:\n";
  for (int i = 0; i < 40; ++i) many += fmt::format("  - {{from: s{}, to: s{}, colour: red}}\n", i, (i + 1) % 40);
  Limits limits;
  limits.max_services = 25;
  limits.max_routes = 30;
  limits.max_findings_per_rule = 10;
  check_same_reading("limits", many, limits);
  check_same_reading("no limits hit", many);
}

TEST_CASE("streamed reading: a long list is never held whole as a tree") {
  std::string yaml = "pathway: {id: big, title: Big}\nservices:\n";
  for (int i = 0; i < 5000; ++i) {
    yaml += fmt::format("  - id: s{}\n    type: physiotherapy\n    staff: [physiotherapist, sports therapist]\n", i);
  }
  const SourceText source("big.yaml", yaml);
  // The listener sees each item complete, in order and a batch at a time;
  // the tree it reads from stays the size of one batch, as the nodes are reused.
  struct Counting : ItemListener {
    const ParsedYaml& parsed;
    int items = 0;
    int largest_tree = 0;
    bool in_order = true;
    std::string last_id;
    explicit Counting(const ParsedYaml& parsed) : parsed(parsed) {}
    bool stream_list(std::span<const int>, int, int) override { return true; }
    void item(int, int child) override {
      const std::string id(parsed.tree.node(parsed.tree.node(child).children[1]).value);
      in_order = in_order && id == fmt::format("s{}", items);
      ++items;
      largest_tree = std::max(largest_tree, parsed.tree.size());
    }
    void forget_from(int) override {}
  };
  ParsedYaml parsed;
  Counting counting(parsed);
  parse_yaml(source, {}, counting, parsed);
  CHECK(counting.items == 5000);
  CHECK(counting.in_order);
  constexpr int one_item = 40;  // nine nodes, and room
  CHECK(counting.largest_tree > one_item);  // several items at a time
  CHECK(counting.largest_tree < streamed_batch_nodes + one_item);
  CHECK(parsed.tree.size() < one_item);
  // The same file read in full holds nine nodes per service.
  CHECK(parse_yaml(source, {}).tree.size() > 5000 * 9);
  const ParsedPathway read = read_pathway_file(source, {});
  REQUIRE(read.read);
  CHECK(read.read->pathway.services.size() == 5000);
  CHECK(read.read->pathway.services.back().id.value == "s4999");
  CHECK(read.read->pathway.services.back().staff.value.size() == 2);
}

TEST_CASE("streamed reading: past the cap the findings made are the first in the file, though the top is read last") {
  // An unknown key at the top and no 'services', then 30 routes each with an
  // unknown key and 30 that are not mappings: the top's findings come first
  // in the file, so they are among the 10 made of each rule.
  std::string yaml = "pathway: {id: p, title: P}\nnotes: written at the top\nroutes:\n";
  for (int i = 0; i < 30; ++i) yaml += fmt::format("  - {{from: s{}, to: s{}, colour: blue}}\n  - just text\n", i, i);
  Limits limits;
  limits.max_findings_per_rule = 10;
  check_same_reading("the top read last", yaml, limits);

  const ParsedPathway read = read_pathway_file(SourceText("t.yaml", yaml), limits);
  REQUIRE(read.read);
  auto made = [&](const std::string& rule) {
    std::vector<Location> places;
    for (const Finding& finding : read.read->problems) {
      if (finding.rule == rule) places.push_back(finding.at);
    }
    std::sort(places.begin(), places.end());
    return places;
  };
  const std::vector<Location> unknown = made("unknown-key");
  REQUIRE(unknown.size() == 10);
  CHECK(unknown.front() == Location{2, 1});   // 'notes'
  CHECK(unknown.back() == Location{20, 24});  // the ninth route's 'colour'
  const std::vector<Location> schema = made("schema");
  REQUIRE(schema.size() == 10);
  CHECK(schema.front() == Location{1, 1});    // the file has no 'services'
  CHECK(schema.back() == Location{21, 5});    // the ninth entry that is not a mapping
  const auto& left = read.read->left_out.by_rule;
  REQUIRE(left.contains("unknown-key"));
  CHECK(left.at("unknown-key").count == 21);
  CHECK(left.at("unknown-key").first == Location{22, 24});  // the tenth route's
  REQUIRE(left.contains("schema"));
  CHECK(left.at("schema").count == 21);
  CHECK(left.at("schema").first == Location{23, 5});
}
