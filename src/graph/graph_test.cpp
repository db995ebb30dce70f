#include <doctest/doctest.h>

#include <vector>

#include "test_support.h"
#include "graph/graph.h"

using namespace msklint;
using msklint::testing::present;

namespace {


Pathway pathway(std::initializer_list<const char*> ids, std::initializer_list<std::pair<const char*, const char*>> routes) {
  Pathway p;
  for (const char* id : ids) {
    Service service;
    service.id = present(id);
    p.services.push_back(service);
  }
  p.services.front().entry.value = true;
  for (const auto& [from, to] : routes) {
    Route route;
    route.from = present(from);
    route.to.push_back(present(to));
    p.routes.push_back(route);
  }
  return p;
}

}  // namespace

TEST_CASE("routes become edges, unknown ids and self routes do not") {
  const Pathway p = pathway({"gp", "physio", "ortho"}, {{"gp", "physio"}, {"physio", "ortho"}, {"gp", "nowhere"},
                                                        {"ortho", "ortho"}});
  const Graph graph(p);
  CHECK(graph.edges().size() == 2);
  CHECK(graph.out_degree(0) == 1);
  CHECK(graph.in_degree(2) == 1);
  CHECK(graph.out_degree(2) == 0);
  CHECK(graph.entries() == std::vector<int>{0});
  CHECK(graph.find("physio") == 1);
  CHECK_FALSE(graph.find("nowhere"));
}

TEST_CASE("reachability follows routes, through cycles, and can avoid nodes") {
  const Pathway p = pathway({"gp", "fcp", "physio", "ortho", "island"},
                            {{"gp", "fcp"}, {"fcp", "physio"}, {"physio", "fcp"}, {"gp", "ortho"}, {"physio", "ortho"}});
  const Graph graph(p);
  const auto reached = graph.reachable_from(graph.entries());
  CHECK(reached == std::vector<bool>{true, true, true, true, false});
  std::vector<bool> avoid(5, false);
  avoid[1] = true;  // without the first contact practitioner...
  CHECK_FALSE(graph.has_path_avoiding(0, 2, avoid));  // ...physio cannot be reached
  CHECK(graph.has_path_avoiding(0, 3, avoid));        // but orthopaedics still can
}

TEST_CASE("reaching asks the same question backwards, for every node at once") {
  const Pathway p = pathway({"gp", "fcp", "physio", "ortho", "island"},
                            {{"gp", "fcp"}, {"fcp", "physio"}, {"physio", "fcp"}, {"gp", "ortho"}, {"physio", "ortho"}});
  const Graph graph(p);
  std::vector<bool> physio(5, false);
  physio[2] = true;
  // Through the fcp <-> physio cycle; a target reaches itself; the island and ortho do not.
  CHECK(graph.reaching(physio) == std::vector<bool>{true, true, true, false, false});
  std::vector<bool> avoid(5, false);
  avoid[1] = true;  // without the first contact practitioner, only physio itself
  CHECK(graph.reaching(physio, avoid) == std::vector<bool>{false, false, true, false, false});
  avoid[2] = true;  // an avoided target reaches nothing
  CHECK(graph.reaching(physio, avoid) == std::vector<bool>(5, false));
}

TEST_CASE("the first of two services with one id is the node routes reach") {
  const Pathway p = pathway({"gp", "physio", "physio"}, {{"gp", "physio"}});
  const Graph graph(p);
  CHECK(graph.find("physio") == 1);
  CHECK(graph.in_degree(1) == 1);
  CHECK(graph.in_degree(2) == 0);
}

TEST_CASE("a node's edges are listed in file order, each way") {
  const Pathway p = pathway({"gp", "physio", "ortho", "msk"},
                            {{"gp", "physio"}, {"msk", "ortho"}, {"gp", "ortho"}, {"physio", "ortho"}, {"gp", "msk"}});
  const Graph graph(p);
  auto targets = [&](int node) {
    std::vector<int> to;
    for (const int edge : graph.out_edges(node)) to.push_back(graph.edge(edge).to);
    return to;
  };
  auto sources = [&](int node) {
    std::vector<int> from;
    for (const int edge : graph.in_edges(node)) from.push_back(graph.edge(edge).from);
    return from;
  };
  CHECK(targets(0) == std::vector<int>{1, 2, 3});
  CHECK(sources(2) == std::vector<int>{3, 0, 1});
  CHECK(graph.out_degree(2) == 0);
  CHECK(graph.in_degree(0) == 0);
  CHECK(graph.find("msk") == 3);
  CHECK_FALSE(graph.find("unknown").has_value());
  CHECK_FALSE(graph.find("").has_value());
}
