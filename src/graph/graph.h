#pragma once

// The pathway as a directed graph: services are nodes, each (route, target)
// pair is an edge. Routes naming unknown services, and routes from a service
// to itself, are left out (rules report them from the model).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/pathway.h"
#include "util/flat_lists.h"
#include "util/index_table.h"

namespace msklint {

struct Edge {
  int from = -1;
  int to = -1;
  int route = -1;   // index into Pathway::routes
  int target = -1;  // index into Route::to
  RouteKind kind = RouteKind::referral;
};

class Graph {
 public:
  explicit Graph(const Pathway& pathway);

  const Pathway& pathway() const { return pathway_; }
  int node_count() const { return static_cast<int>(pathway_.services.size()); }
  const Service& service(int node) const { return pathway_.services[static_cast<std::size_t>(node)]; }
  const std::string& setting(int node) const { return service(node).setting.value; }

  // The node of the first service with this id.
  std::optional<int> find(std::string_view id) const;

  // True for the node routes reach by its id: a service with an id that is
  // not a later duplicate of another (duplicate-id reports those).
  bool is_routable(int node) const { return is_routable_[static_cast<std::size_t>(node)]; }
  // Every routable node, in file order.
  const std::vector<int>& routable_nodes() const { return routable_; }

  const std::vector<Edge>& edges() const { return edges_; }
  const Edge& edge(int index) const { return edges_[static_cast<std::size_t>(index)]; }
  // The edges leaving and entering a node, in file order.
  std::span<const int> out_edges(int node) const { return out_[static_cast<std::size_t>(node)]; }
  std::span<const int> in_edges(int node) const { return in_[static_cast<std::size_t>(node)]; }
  int out_degree(int node) const { return static_cast<int>(out_edges(node).size()); }
  int in_degree(int node) const { return static_cast<int>(in_edges(node).size()); }

  // Services marked `entry: true`.
  const std::vector<int>& entries() const { return entries_; }
  bool is_entry(int node) const { return is_entry_[static_cast<std::size_t>(node)]; }

  // reachable[n] is true when n can be reached from any of `starts` without
  // passing through a node marked in `avoid` (the starts themselves count as
  // reached unless avoided). One breadth-first search: O(nodes + edges).
  std::vector<bool> reachable_from(std::span<const int> starts, const std::vector<bool>& avoid = {}) const;

  // True when `to` can be reached from `from` without passing through `avoid`.
  bool has_path_avoiding(int from, int to, const std::vector<bool>& avoid) const;

  // The same question asked backwards, for every node at once: reaching[n]
  // is true when one of the nodes marked in `targets` can be reached from n
  // without passing through `avoid` (n itself included; a target reaches
  // itself unless avoided). One search along the routes in reverse, so a
  // rule asking it for each service stays O(nodes + edges).
  std::vector<bool> reaching(const std::vector<bool>& targets, const std::vector<bool>& avoid = {}) const;

 private:
  // Breadth-first from `starts`, along the routes or against them.
  std::vector<bool> search(std::span<const int> starts, const std::vector<bool>& avoid, bool forwards) const;

  // Whether `node`'s service has this id (the id table's test for a key).
  auto has_id(std::string_view id) const {
    return [this, id](int node) { return service(node).id.value == id; };
  }

  const Pathway& pathway_;
  IndexTable by_id_;  // nodes, by their services' ids
  std::vector<Edge> edges_;
  FlatLists<int> out_;  // each node's edges out, then in, in file order
  FlatLists<int> in_;
  std::vector<int> entries_;
  std::vector<bool> is_entry_;
  std::vector<int> routable_;
  std::vector<bool> is_routable_;
};

}  // namespace msklint
