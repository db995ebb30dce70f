#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "util/flat_lists.h"

using namespace msklint;

namespace {

template <class T>
std::vector<std::vector<T>> as_vectors(const FlatLists<T>& lists) {
  std::vector<std::vector<T>> out;
  for (std::size_t list = 0; list < lists.size(); ++list) out.emplace_back(lists[list].begin(), lists[list].end());
  return out;
}

}  // namespace

TEST_CASE("flat lists written list by list keep each list, empty ones included") {
  FlatLists<std::string> lists;
  lists.push_back("gp");
  lists.push_back("physio");
  lists.end_list();
  lists.end_list();
  lists.push_back("ortho");
  lists.end_list();
  CHECK(as_vectors(lists) == std::vector<std::vector<std::string>>{{"gp", "physio"}, {}, {"ortho"}});
}

TEST_CASE("indices sorted into lists keep their order within each list") {
  // Edges 0..5 from nodes 2, 0, 2, 3, 0, 2: node 1 has none.
  const std::vector<std::size_t> from = {2, 0, 2, 3, 0, 2};
  const auto lists = FlatLists<int>::indices_by(4, from.size(), [&](std::size_t edge) { return from[edge]; });
  CHECK(as_vectors(lists) == std::vector<std::vector<int>>{{1, 4}, {}, {0, 2, 5}, {3}});
  const auto none = FlatLists<int>::indices_by(3, 0, [](std::size_t) { return std::size_t{0}; });
  CHECK(as_vectors(none) == std::vector<std::vector<int>>{{}, {}, {}});
}
