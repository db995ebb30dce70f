#include <doctest/doctest.h>

#include <pthread.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "read/pathway_reader.h"
#include "read/values.h"

using namespace msklint;

namespace {

struct Read {
  SourceText source;
  ParsedYaml parsed;
  ReadPathway read;
};

std::unique_ptr<Read> read(const std::string& yaml) {
  auto result = std::make_unique<Read>();
  result->source = SourceText("t.yaml", yaml);
  result->parsed = parse_yaml(result->source, {});
  result->read = read_pathway(result->parsed.tree, result->source, {});
  return result;
}

const char* const minimal = R"(pathway:
  id: knee
  title: Knee pain
services:
  - id: gp
    type: general-practice
    entry: true
    capacity: 400/month
    access: {wait: 2 weeks, did_not_attend: contact, criteria: [{text: "3 months of core treatment", basis: "NICE QS87"}]}
  - id: physio
    type: physiotherapy
    setting: voluntary
routes:
  - from: gp
    to: [physio]
    kind: urgent
    share: 25%
    within: 3 working days
)";

}  // namespace

TEST_CASE("a well-formed file is read into the model with key and value positions") {
  const auto r = read(minimal);
  CHECK(r->read.problems.empty());
  const Pathway& p = r->read.pathway;
  CHECK(p.info.id.value == "knee");
  CHECK(p.info.title.key == Location{3, 3});
  CHECK(p.info.title.at == Location{3, 10});
  REQUIRE(p.services.size() == 2);
  const Service& gp = p.services[0];
  CHECK(gp.id.at == Location{5, 9});
  CHECK(gp.entry.value);
  CHECK(gp.setting.value == "primary");
  CHECK_FALSE(gp.setting.present);  // defaulted from the type, not written
  CHECK(gp.capacity.value->per_month() == 400);
  CHECK(gp.access.wait.value->days == 14);
  CHECK(gp.access.wait_text.value == "2 weeks");
  REQUIRE(gp.access.criteria.value.size() == 1);
  CHECK(gp.access.criteria.value[0].basis.value == "NICE QS87");
  CHECK(p.services[1].setting.value == "voluntary");
  CHECK(p.services[1].setting.present);
  REQUIRE(p.routes.size() == 1);
  const Route& route = p.routes[0];
  CHECK(route.kind.value == RouteKind::urgent);
  CHECK(*route.share.value == doctest::Approx(0.25));
  CHECK(route.within.value->working_days);
  REQUIRE(route.to.size() == 1);
  CHECK(route.to[0].at == Location{15, 10});
}

TEST_CASE("merge keys and aliases are read, the mapping's own keys win") {
  const auto r = read(R"(pathway: {id: p, title: T}
services:
  - &base {id: gp, type: general-practice, entry: true, delivery: [telephone]}
  - <<: *base
    id: gp2
    delivery: [video]
routes:
  - {from: gp, to: gp2}
)");
  CHECK(r->read.problems.empty());
  REQUIRE(r->read.pathway.services.size() == 2);
  const Service& copy = r->read.pathway.services[1];
  CHECK(copy.id.value == "gp2");
  CHECK(copy.type.value == "general-practice");
  REQUIRE(copy.delivery.value.size() == 1);
  CHECK(copy.delivery.value[0].value == "video");
}

TEST_CASE("a single value is accepted where a list is expected") {
  const auto r = read("pathway: {id: p, title: T, coproduction: Patient panel}\nservices:\n"
                      "  - {id: gp, type: general-practice, entry: true, delivery: telephone}\n");
  CHECK(r->read.problems.empty());
  CHECK(r->read.pathway.info.coproduction.value.size() == 1);
  CHECK(r->read.pathway.services[0].delivery.value[0].value == "telephone");
}

TEST_CASE("problems name their subject and say what was expected") {
  const auto r = read(R"(pathway: {id: Knee Pain, title: T}
services:
  - id: gp
    type: general-practise
    capacty: 10/day
    entry: yes
routes:
  - {from: gp, to: gp, share: 150%}
)");
  const auto& problems = r->read.problems;
  auto has = [&](std::string_view rule, Location at, std::string_view text) {
    return std::any_of(problems.begin(), problems.end(), [&](const Finding& f) {
      return f.rule == rule && f.at == at && f.message.find(text) != std::string::npos;
    });
  };
  CHECK(has("schema", {1, 15}, "lower-case id"));
  CHECK(has("schema", {4, 11}, "did you mean 'general-practice'?"));
  CHECK(has("unknown-key", {5, 5}, "did you mean 'capacity'?"));
  CHECK(has("schema", {6, 12}, "true or false"));
  CHECK(has("schema", {8, 31}, "'share' cannot be read from '150%'"));
  CHECK(problems.size() == 5);
}

TEST_CASE("the wrong shape at the top is one clear message") {
  const auto r = read("- just\n- a list\n");
  REQUIRE(r->read.problems.size() == 1);
  CHECK(r->read.problems[0].message.find("must be a mapping") != std::string::npos);
}

TEST_CASE("values brought in by aliases beyond the limit stop with one finding") {
  std::string yaml = "pathway: {id: p, title: T}\nservices:\n  - &s {id: gp, type: general-practice}\n";
  for (int i = 0; i < 20; ++i) yaml += "  - *s\n";
  auto source = SourceText("t.yaml", yaml);
  const auto parsed = parse_yaml(source, {});
  Limits limits;
  limits.max_alias_uses = 25;  // each use of *s brings five values: the mapping, two keys, two values
  const auto result = read_pathway(parsed.tree, source, limits);
  const auto count = std::count_if(result.problems.begin(), result.problems.end(),
                                   [](const Finding& f) { return f.rule == "limit-exceeded"; });
  CHECK(count == 1);
  CHECK(result.pathway.services.size() == 6);
}

TEST_CASE("a merge key can merge a list of mappings, the earlier winning") {
  const auto r = read(R"(x-defaults:
  remote: &remote {delivery: [video], entry: true}
  local: &local {delivery: [face-to-face], type: physiotherapy}
pathway: {id: p, title: T}
services:
  - <<: [*remote, *local]
    id: physio
)");
  CHECK(r->read.problems.empty());
  const Service& physio = r->read.pathway.services.at(0);
  CHECK(physio.type.value == "physiotherapy");
  CHECK(physio.entry.value);
  REQUIRE(physio.delivery.value.size() == 1);
  CHECK(physio.delivery.value[0].value == "video");
}

TEST_CASE("a mistake in a mapping merged into several services is reported once") {
  const auto r = read(R"(x-defaults: &d {type: general-practice, capacty: 10/day}
pathway: {id: p, title: T}
services:
  - {<<: *d, id: a, entry: true}
  - {<<: *d, id: b}
  - {<<: *d, id: c}
)");
  REQUIRE(r->read.problems.size() == 1);
  CHECK(r->read.problems[0].rule == "unknown-key");
  CHECK(r->read.problems[0].at == Location{1, 41});
}

TEST_CASE("a merge key must name mappings") {
  const auto r = read("pathway: {id: p, title: T}\nservices:\n  - {<<: [a, b], id: gp, type: general-practice}\n");
  REQUIRE_FALSE(r->read.problems.empty());
  CHECK(r->read.problems[0].message.find("merge") != std::string::npos);
}

TEST_CASE("reader problems name their subject as rules do: the bare id") {
  const auto r = read(R"(pathway: {id: p, title: T}
services:
  - {id: gp, type: general-practice, entry: maybe}
routes:
  - {from: gp, to: [a, b], kind: sometimes}
)");
  REQUIRE(r->read.problems.size() == 2);
  CHECK(r->read.problems[0].subject == "gp");
  CHECK(r->read.problems[0].message.starts_with("service 'gp': "));
  CHECK(r->read.problems[1].subject == "gp -> a, b");
  CHECK(r->read.problems[1].message.starts_with("route gp -> a, b: "));
}

TEST_CASE("an empty optional value counts as not written") {
  const auto r = read("pathway:\n  id: p\n  title: T\n  owner:\nservices:\n  - {id: gp, type: general-practice}\n");
  CHECK(r->read.problems.empty());
  CHECK_FALSE(r->read.pathway.info.owner.present);
}

TEST_CASE("text holding ': ' that YAML read as a mapping is reported once, with the text quoted in the hint") {
  const auto r = read(R"(pathway: {id: p, title: T}
services:
  - id: gp
    type: general-practice
    access:
      criteria:
        - Adults only: no children
        - txt: Registered locally
    staff:
      - Band 7: [senior]
)");
  REQUIRE(r->read.problems.size() == 4);
  CHECK(r->read.problems[0].rule == "schema");
  CHECK(r->read.problems[0].at == Location{7, 11});
  CHECK(r->read.problems[0].message ==
        "service 'gp': the text 'Adults only: no children' in 'criteria' contains ': ', which YAML reads as a key and "
        "its value");
  CHECK(r->read.problems[0].hint == "quote the text: \"Adults only: no children\"");
  // A key close to a criterion's own is a typo, not text.
  CHECK(r->read.problems[1].at == Location{8, 11});
  CHECK(r->read.problems[2].at == Location{8, 11});
  // Only text counts: "Band 7: [senior]" is some other mistake.
  CHECK(r->read.problems[3].message.find("must be a single value, but it is a mapping") != std::string::npos);
  CHECK(r->read.pathway.services[0].access.criteria.value.empty());
}

TEST_CASE("a route's 'from' given a list is told to become one route per starting service") {
  const auto r = read(R"(pathway: {id: p, title: T}
services:
  - {id: gp, type: general-practice, entry: true}
routes:
  - {from: [gp, fcp], to: physio}
  - from: [a, b, c, d]
    to: [x, y]
  - {from: [], to: physio}
)");
  REQUIRE(r->read.problems.size() == 3);
  CHECK(r->read.problems[0].at == Location{5, 12});
  CHECK(r->read.problems[0].message.find("a route starts at one service") != std::string::npos);
  CHECK(r->read.problems[0].hint ==
        "write one route for each service it starts at: '- {from: gp, to: physio}', '- {from: fcp, to: physio}' ('to' "
        "may list several services)");
  CHECK(r->read.problems[1].hint.find("'- {from: c, to: [x, y]}', ... (") != std::string::npos);
  CHECK(r->read.problems[2].hint.find("the one service the route starts at") != std::string::npos);
  for (const Route& route : r->read.pathway.routes) CHECK_FALSE(route.from.present);
}

TEST_CASE("a file whose top-level key is 'system' is read as a system, with its records and shared services") {
  const auto result = read(R"(system:
  id: northgate-icb
  title: Northgate ICB
  msk_lead: Director of Planned Care
  priorities: [Waits for community MSK, Fracture liaison coverage]
  board_discussed: 2026-05-14
  population:
    ages: [adults]
    need: About 190,000 adults live with an MSK condition
  pathways: ["pathways/*.yaml"]
services:
  - {id: northgate-rehab, type: community-rehabilitation, capacity: 300/month}
)");
  CHECK(result->read.problems.empty());
  REQUIRE(result->read.system.has_value());
  const System& system = *result->read.system;
  CHECK(system.has_info);
  CHECK(system.info.id.value == "northgate-icb");
  CHECK(system.info.priorities.value.size() == 2);
  CHECK(system.info.board_discussed.value == "2026-05-14");
  CHECK(system.info.board_discussed.at == Location{6, 20});
  CHECK(system.info.population.value.need.value.size() == 1);
  CHECK(system.info.pathways.value.at(0).value == "pathways/*.yaml");
  REQUIRE(system.services.size() == 1);
  CHECK(system.find_service("northgate-rehab") == &system.services[0]);
  CHECK(system.find_service("rehab") == nullptr);
  CHECK(result->read.pathway.services.empty());
}

TEST_CASE("a system file may hold shared anchors under 'x-' keys, as a pathway file may") {
  const auto result = read(R"(x-rehab: &rehab {type: community-rehabilitation, capacity: 300/month}
system: {id: northgate-icb, title: Northgate ICB}
services:
  - {<<: *rehab, id: northgate-rehab}
)");
  CHECK(result->read.problems.empty());
  REQUIRE(result->read.system.has_value());
  CHECK(result->read.system->services.at(0).capacity.value->per_month() == 300);
}

TEST_CASE("a system's mistakes are located findings: a date that is not YYYY-MM-DD, an unknown key") {
  const auto result = read(R"(system:
  id: northgate-icb
  title: Northgate ICB
  board_discussed: May 2026
  msk_led: Director of Planned Care
)");
  REQUIRE(result->read.problems.size() == 2);
  const auto& problems = result->read.problems;
  const auto date = std::find_if(problems.begin(), problems.end(), [](const Finding& f) { return f.rule == "schema"; });
  const auto key = std::find_if(problems.begin(), problems.end(), [](const Finding& f) { return f.rule == "unknown-key"; });
  REQUIRE(date != problems.end());
  REQUIRE(key != problems.end());
  CHECK(date->at == Location{4, 20});
  CHECK(date->message.find("must be a date written YYYY-MM-DD") != std::string::npos);
  CHECK(key->message.find("did you mean 'msk_lead'?") != std::string::npos);
  CHECK_FALSE(result->read.system->info.board_discussed.present);
}

TEST_CASE("'- uses: ID' names a shared service: the id is the same, the records come later") {
  const auto result = read(R"(pathway: {id: knee, title: Knee pain}
services:
  - {id: gp, type: general-practice, entry: true}
  - uses: northgate-rehab
  - {uses: northgate-pain, waive: {dead-end: "Discharged by the pain service's own pathway"}}
  - {uses: northgate-rehab-2, type: physiotherapy}
routes:
  - {from: gp, to: northgate-rehab}
)");
  const Pathway& pathway = result->read.pathway;
  REQUIRE(pathway.services.size() == 4);
  CHECK(pathway.services[1].uses.value == "northgate-rehab");
  CHECK(pathway.services[1].id.value == "northgate-rehab");
  CHECK(pathway.services[1].uses.at == Location{4, 11});
  CHECK_FALSE(pathway.services[1].type.present);
  CHECK(pathway.services[2].waivers.size() == 1);
  // A shared service's records are written in the system file, not beside 'uses'.
  REQUIRE(result->read.problems.size() == 1);
  CHECK(result->read.problems[0].rule == "unknown-key");
  CHECK(result->read.problems[0].message.find("unknown key 'type' in a shared service entry") != std::string::npos);
  CHECK_FALSE(result->read.system.has_value());
}

namespace {

// Runs `work` on a thread with a stack of `bytes` (glibc's default thread
// stack where the stack limit is unlimited is 2 MB): what the input may ask
// of the stack is bounded, whatever the machine's limit.
void on_small_stack(std::size_t bytes, const std::function<void()>& work) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, bytes);
  pthread_t thread;
  auto call = [](void* argument) -> void* {
    (*static_cast<const std::function<void()>*>(argument))();
    return nullptr;
  };
  REQUIRE(pthread_create(&thread, &attributes, call, const_cast<std::function<void()>*>(&work)) == 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
}

}  // namespace

TEST_CASE("reader: a chain of 10,000 merge keys is a bounded finding on a 2 MB stack, not a crash") {
  std::string yaml = "x-chain:\n  a0: &a0 {type: physiotherapy, capacity: 10/week}\n";
  for (int i = 1; i <= 10000; ++i) yaml += fmt::format("  a{}: &a{} {{<<: *a{}}}\n", i, i, i - 1);
  yaml += "pathway: {id: knee, title: Knee}\nservices:\n";
  for (int i = 0; i < 100; ++i) yaml += fmt::format("  - {{id: s{}, <<: *a10000}}\n", i);
  yaml += "  - {id: near, <<: *a3}\n";
  std::unique_ptr<Read> result;
  on_small_stack(2 * 1024 * 1024, [&] { result = read(yaml); });
  REQUIRE(result != nullptr);
  const auto& problems = result->read.problems;
  CHECK(std::count_if(problems.begin(), problems.end(),
                      [](const Finding& f) { return f.rule == "limit-exceeded"; }) == 1);
  // A short chain is followed to its end.
  const Service& near = result->read.pathway.services.back();
  CHECK(near.id.value == "near");
  CHECK(near.type.value == "physiotherapy");
}

TEST_CASE("reader: a key written twice, once through an alias, is a duplicate like any other") {
  for (const char* service : {"  - *k : hidden\n    id: physio\n    type: physiotherapy\n",
                              "  - id: hidden\n    id: physio\n    type: physiotherapy\n"}) {
    const auto result = read(std::string("x-keys: {k: &k id}\npathway: {id: knee, title: Knee}\nservices:\n") + service);
    CAPTURE(service);
    const auto& problems = result->parsed.problems;
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rule == "duplicate-key");
    CHECK(problems[0].at.line == 5);
    // Both spellings read the first, as the finding says.
    REQUIRE(result->read.pathway.services.size() == 1);
    CHECK(result->read.pathway.services[0].id.value == "hidden");
  }
}

TEST_CASE("reader: an id longer than the format takes is a finding that does not quote it whole") {
  const std::string longest(max_id_length, 'a');
  const std::string too_long(650'000, 'b');
  const auto result = read("pathway: {id: knee, title: Knee}\nservices:\n  - {id: " + longest +
                           ", type: general-practice, entry: true}\n  - {id: " + too_long +
                           ", type: physiotherapy}\nroutes:\n  - {from: " + longest + ", to: [" + too_long + "]}\n");
  const auto& problems = result->read.problems;
  const auto too_long_findings = std::count_if(problems.begin(), problems.end(), [](const Finding& f) {
    return f.rule == "schema" && f.message.find("longer than an id may be") != std::string::npos;
  });
  CHECK(too_long_findings == 2);  // the service's id and the route's target
  for (const Finding& finding : problems) CHECK(finding.message.size() < 400);
  CHECK(result->read.pathway.services[0].id.value == longest);
  CHECK_FALSE(result->read.pathway.services[1].id.present);
}

TEST_CASE("past the cap the reader counts a rule's findings without making them") {
  std::string yaml = "pathway: {id: wide, title: Wide}\nservices:\n  - id: gp\n    type: general-practice\n";
  for (int i = 0; i < 250; ++i) yaml += fmt::format("    unknown_{}: x\n", i);
  const SourceText source("t.yaml", yaml);
  Limits limits;
  limits.max_findings_per_rule = 100;
  const ParsedYaml parsed = parse_yaml(source, limits);
  const ReadPathway read = read_pathway(parsed.tree, source, limits);
  CHECK(std::count_if(read.problems.begin(), read.problems.end(),
                      [](const Finding& f) { return f.rule == "unknown-key"; }) == 100);
  REQUIRE(read.left_out.by_rule.contains("unknown-key"));
  CHECK(read.left_out.by_rule.at("unknown-key").count == 150);
  CHECK(read.left_out.by_rule.at("unknown-key").first == Location{105, 5});  // the 101st, on line 5 + 100
  limits.max_findings_per_rule = 0;
  const ReadPathway every = read_pathway(parse_yaml(source, limits).tree, source, limits);
  CHECK(every.problems.size() == read.problems.size() + 150);
  CHECK(every.left_out.empty());
}

TEST_CASE("a mapping with many keys has each of them read, in order") {
  // More keys than a mapping's entries hold without an allocation.
  std::string service = "  - id: gp\n";
  for (int key = 1; key <= 20; ++key) service += fmt::format("    note{:02}: x\n", key);
  service += "    type: general-practice\n    entry: true\n";
  const auto r = read("pathway: {id: p, title: T}\nservices:\n" + service);
  REQUIRE(r->read.problems.size() == 20);
  for (int key = 1; key <= 20; ++key) {
    CHECK(r->read.problems[static_cast<std::size_t>(key - 1)].message.starts_with(
        fmt::format("service 'gp': unknown key 'note{:02}'", key)));
  }
  REQUIRE(r->read.pathway.services.size() == 1);
  CHECK(r->read.pathway.services[0].type.value == "general-practice");
  CHECK(r->read.pathway.services[0].entry.value);
}

TEST_CASE("reader: a repeated key is read once, known or not, and a key with no value is not written") {
  // The reader keeps the format's keys it has met as bits and other keys by
  // name: a repeat of either is passed over (the parser reports it), an
  // unknown key is reported once, and a required key left empty is missing.
  const auto r = read("pathway: {id: p, title: T}\nservices:\n"
                      "  - id: gp\n    name: First\n    colour: red\n    name: Second\n    colour: blue\n"
                      "    x-note: kept for people\n    x-note: again\n    type: general-practice\n"
                      "routes:\n  - from: gp\n    to:\n    kind: signpost\n    kind: urgent\n");
  std::vector<std::string> messages;
  for (const Finding& problem : r->read.problems) messages.push_back(problem.message);
  CAPTURE(fmt::format("{}", fmt::join(messages, " | ")));
  REQUIRE(r->read.problems.size() == 2);
  CHECK(r->read.problems[0].message.starts_with("service 'gp': unknown key 'colour'"));
  CHECK(r->read.problems[1].rule == "schema");
  CHECK(r->read.problems[1].message.find("has no 'to'") != std::string::npos);
  REQUIRE(r->read.pathway.services.size() == 1);
  CHECK(r->read.pathway.services[0].name.value == "First");
  REQUIRE(r->read.pathway.routes.size() == 1);
  CHECK(r->read.pathway.routes[0].kind.value == RouteKind::signpost);
}
