#include <doctest/doctest.h>

#include "test_support.h"
#include "graph/demand.h"

using namespace msklint;
using msklint::testing::present;

namespace {


struct Builder {
  Pathway pathway;
  Builder& service(const char* id, std::optional<Rate> throughput = {}) {
    Service s;
    s.id = present(id);
    s.throughput.value = throughput;
    s.throughput.present = throughput.has_value();
    pathway.services.push_back(s);
    return *this;
  }
  Builder& route(const char* from, std::initializer_list<const char*> to, std::optional<double> share) {
    Route r;
    r.from = present(from);
    for (const char* target : to) r.to.push_back(present(target));
    r.share.value = share;
    pathway.routes.push_back(r);
    return *this;
  }
};

}  // namespace

TEST_CASE("demand is throughput times share, summed over senders, per month") {
  Builder b;
  b.service("gp", Rate{100, Period::week}).service("fcp", Rate{1200, Period::year}).service("physio");
  b.route("gp", {"physio"}, 0.5).route("fcp", {"physio"}, 0.25);
  const Graph graph(b.pathway);
  const Demand demand = compute_demand(graph);
  const double gp_month = 100 * 365.25 / 12 / 7;
  CHECK(demand.per_month[2] == doctest::Approx(gp_month * 0.5 + 100 * 0.25));
  CHECK(demand.sources(2).size() == 2);
}

TEST_CASE("a service with no throughput passes on what flows in, unstated shares carry nothing") {
  Builder b;
  b.service("gp", Rate{1000, Period::month}).service("triage").service("physio").service("ortho");
  b.route("gp", {"triage"}, 0.2).route("triage", {"physio"}, 0.6).route("gp", {"ortho"}, std::nullopt);
  const Graph graph(b.pathway);
  const Demand demand = compute_demand(graph);
  CHECK(demand.per_month[2] == doctest::Approx(120));
  CHECK(demand.per_month[3] == 0);
}

TEST_CASE("a route to several services divides its share") {
  Builder b;
  b.service("gp", Rate{300, Period::month}).service("a").service("b").service("c");
  b.route("gp", {"a", "b", "c"}, 0.9);
  const Demand demand = compute_demand(Graph(b.pathway));
  CHECK(demand.per_month[1] == doctest::Approx(90));
  CHECK(demand.per_month[3] == doctest::Approx(90));
}

TEST_CASE("cycles converge to the fixed point and never loop forever") {
  Builder b;
  b.service("gp", Rate{100, Period::month}).service("triage").service("physio");
  // physio sends half back to triage, which sends everything on to physio.
  b.route("gp", {"triage"}, 1.0).route("triage", {"physio"}, 1.0).route("physio", {"triage"}, 0.5);
  const Demand converged = compute_demand(Graph(b.pathway));
  CHECK(converged.per_month[2] == doctest::Approx(200));  // 100 / (1 - 0.5)
  Builder loop;  // a cycle that keeps everything grows without end: bounded rounds, a lower bound
  loop.service("gp", Rate{10, Period::month}).service("a").service("b");
  loop.route("gp", {"a"}, 1.0).route("a", {"b"}, 1.0).route("b", {"a"}, 1.0);
  const Demand growing = compute_demand(Graph(loop.pathway));
  CHECK(growing.unbounded[1]);
  CHECK(growing.unbounded[2]);
  CHECK_FALSE(converged.unbounded[2]);
}

TEST_CASE("a share is divided only among the services a route really reaches") {
  Builder b;
  b.service("gp", Rate{100, Period::month}).service("a");
  b.route("gp", {"a", "nowhere", "gp"}, 0.6);
  const Demand demand = compute_demand(Graph(b.pathway));
  CHECK(demand.per_month[1] == doctest::Approx(60));
}

TEST_CASE("people are counted whole: what is sent rounds up, what can be seen rounds down") {
  CHECK(people_sent(16.5) == "17");
  CHECK(people_sent(16) == "16");
  CHECK(people_sent(0) == "0");
  CHECK(people_sent(0.2) == "1");
  CHECK(people_seen(300.7) == "300");
  CHECK(people_seen(299.9999999999) == "300");  // a week converted to a month is not a person fewer
  CHECK(people_sent(300.0000000001) == "300");  // nor a person more
  CHECK(shortfall_people(340, 300) == "40");
  CHECK(shortfall_people(300.2, 300) == "1");  // over capacity is at least one person short
  CHECK(spare_people(129.1, 150) == "20");
  CHECK(spare_people(300.2, 300.5) == "0");  // never below none
  CHECK(percent_figure(13.333) == "13.3");
  CHECK(percent_figure(50) == "50");
}
