#include <doctest/doctest.h>

#include <memory>

#include <fmt/format.h>

#include "read/pathway_reader.h"
#include "system/loaded_system.h"
#include "system/shared_services.h"

using namespace msklint;

namespace {

ReadPathway read_text(const std::string& name, const std::string& yaml) {
  const SourceText source(name, yaml);
  ParsedYaml parsed = parse_yaml(source, {});
  return read_pathway(parsed.tree, source, {});
}

System northgate() {
  return *read_text("system.yaml", R"(system: {id: northgate-icb, title: Northgate ICB}
services:
  - id: northgate-rehab
    type: community-rehabilitation
    capacity: 300/month
    throughput: 290/month
    staff: [physiotherapists]
)").system;
}

// A pathway whose surgery treats `treated` a month and sends 80% to the shared rehabilitation.
Pathway pathway(const std::string& id, int treated) {
  return read_text(id + ".yaml", fmt::format(R"(pathway: {{id: {}, title: {}}}
services:
  - {{id: gp, type: general-practice, entry: true}}
  - {{id: ortho, type: orthopaedics, throughput: {}/month}}
  - uses: northgate-rehab
  - {{id: discharge, type: discharge}}
routes:
  - {{from: gp, to: ortho}}
  - {{from: ortho, to: northgate-rehab, share: 80%}}
  - {{from: ortho, to: discharge, share: 20%}}
  - {{from: northgate-rehab, to: discharge}}
)",
                                                 id, id, treated))
      .pathway;
}

}  // namespace

TEST_CASE("a used service takes the system's records, placed at the 'uses' line, without the system's throughput") {
  const System system = northgate();
  Pathway knee = pathway("knee", 100);
  const Findings problems = use_shared_services(knee, &system, "knee.yaml");
  CHECK(problems.empty());
  const Service& rehab = knee.services[2];
  CHECK(rehab.type.value == "community-rehabilitation");
  CHECK(rehab.capacity.value->per_month() == 300);
  CHECK(rehab.capacity.at == rehab.uses.at);  // found in this file, at the line that names it
  CHECK(rehab.staff.value.at(0).at == rehab.uses.at);
  CHECK_FALSE(rehab.throughput.value);  // the system's figure is for all its pathways
  CHECK(rehab.uses.present);
}

TEST_CASE("a misspelt 'uses' is an unknown-service finding with a did-you-mean, without a system it says so") {
  const System system = northgate();
  Pathway knee = read_text("knee.yaml", R"(pathway: {id: knee, title: Knee}
services:
  - uses: northgate-rehb
)").pathway;
  Pathway alone = knee;
  const Findings misspelt = use_shared_services(knee, &system, "knee.yaml");
  REQUIRE(misspelt.size() == 1);
  CHECK(misspelt[0].rule == "unknown-service");
  CHECK(misspelt[0].at == Location{3, 11});
  CHECK(misspelt[0].message.find("did you mean 'northgate-rehab'?") != std::string::npos);
  CHECK(knee.services[0].id.value == "northgate-rehb");  // kept, so routes to it are not reported again
  const Findings no_system = use_shared_services(alone, nullptr, "knee.yaml");
  REQUIRE(no_system.size() == 1);
  CHECK(no_system[0].message.find("no system file was found") != std::string::npos);
}

TEST_CASE("the load on a shared service is the sum of what each pathway sends it, pathway by pathway") {
  const System system = northgate();
  std::vector<SystemMember> members;
  members.push_back(make_member("hip-knee.yaml", pathway("hip-knee", 250), system));
  members.push_back(make_member("spine.yaml", pathway("spine", 125), system));
  members.push_back(make_member("shoulder.yaml", pathway("shoulder", 0), system));
  const auto loads = shared_loads(system, members);
  REQUIRE(loads.size() == 1);
  CHECK(loads[0].per_month == doctest::Approx(300));  // 200 + 100 + 0
  REQUIRE(loads[0].from.size() == 3);
  CHECK(members[static_cast<std::size_t>(loads[0].from[0].member)].id == "hip-knee");
  CHECK(loads[0].from[0].per_month == doctest::Approx(200));
  CHECK(loads[0].from[1].per_month == doctest::Approx(100));
  CHECK(loads[0].from[2].per_month == 0);
  CHECK_FALSE(loads[0].unbounded);
}
