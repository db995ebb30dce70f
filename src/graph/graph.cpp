#include "graph/graph.h"

#include <algorithm>
#include <deque>
#include <functional>

namespace msklint {

namespace {

std::size_t hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }

}  // namespace

Graph::Graph(const Pathway& pathway) : pathway_(pathway), by_id_(pathway.services.size()) {
  const int nodes = node_count();
  for (int node = 0; node < nodes; ++node) {
    const Service& service = pathway.services[static_cast<std::size_t>(node)];
    if (!service.id.present) continue;
    int& slot = by_id_.slot(hash_of(service.id.value), has_id(service.id.value));
    if (slot == IndexTable::empty) slot = node;  // keeps the first of duplicates
  }
  // Worked out once: rules ask it of every service, often several times.
  is_routable_.assign(static_cast<std::size_t>(nodes), false);
  for (int node = 0; node < nodes; ++node) {
    const Service& service = pathway.services[static_cast<std::size_t>(node)];
    if (!service.id.present || find(service.id.value) != node) continue;
    is_routable_[static_cast<std::size_t>(node)] = true;
    routable_.push_back(node);
  }
  // A later duplicate marked as an entry makes its id an entry: routes from
  // that id start at the first service with it.
  is_entry_.assign(static_cast<std::size_t>(nodes), false);
  for (int node = 0; node < nodes; ++node) {
    const Service& service = pathway.services[static_cast<std::size_t>(node)];
    if (!service.entry.value) continue;
    const int entry = service.id.present ? find(service.id.value).value_or(node) : node;
    if (is_entry_[static_cast<std::size_t>(entry)]) continue;  // a flag, not a search: many entries stay linear
    is_entry_[static_cast<std::size_t>(entry)] = true;
    entries_.push_back(entry);
  }
  for (std::size_t route_index = 0; route_index < pathway.routes.size(); ++route_index) {
    const Route& route = pathway.routes[route_index];
    if (!route.from.present) continue;
    const auto from = find(route.from.value);
    if (!from) continue;
    for (std::size_t target = 0; target < route.to.size(); ++target) {
      const auto to = find(route.to[target].value);
      if (!to || *to == *from) continue;
      edges_.push_back({*from, *to, static_cast<int>(route_index), static_cast<int>(target), route.kind.value});
    }
  }
  auto ends = [&](int Edge::*end) {
    return FlatLists<int>::indices_by(static_cast<std::size_t>(nodes), edges_.size(),
                                      [&](std::size_t edge) { return static_cast<std::size_t>(edges_[edge].*end); });
  };
  out_ = ends(&Edge::from);
  in_ = ends(&Edge::to);
}

std::optional<int> Graph::find(std::string_view id) const {
  const int node = by_id_.at(hash_of(id), has_id(id));
  if (node == IndexTable::empty) return std::nullopt;
  return node;
}

std::vector<bool> Graph::search(std::span<const int> starts, const std::vector<bool>& avoid, bool forwards) const {
  auto avoided = [&](int node) { return !avoid.empty() && avoid[static_cast<std::size_t>(node)]; };
  std::vector<bool> reached(static_cast<std::size_t>(node_count()), false);
  std::deque<int> queue;
  auto visit = [&](int node) {
    if (reached[static_cast<std::size_t>(node)] || avoided(node)) return;
    reached[static_cast<std::size_t>(node)] = true;
    queue.push_back(node);
  };
  for (const int start : starts) visit(start);
  while (!queue.empty()) {
    const int node = queue.front();
    queue.pop_front();
    for (const int edge_index : forwards ? out_edges(node) : in_edges(node)) {
      visit(forwards ? edge(edge_index).to : edge(edge_index).from);
    }
  }
  return reached;
}

std::vector<bool> Graph::reachable_from(std::span<const int> starts, const std::vector<bool>& avoid) const {
  return search(starts, avoid, true);
}

std::vector<bool> Graph::reaching(const std::vector<bool>& targets, const std::vector<bool>& avoid) const {
  std::vector<int> starts;
  for (int node = 0; node < node_count(); ++node) {
    if (targets[static_cast<std::size_t>(node)]) starts.push_back(node);
  }
  return search(starts, avoid, false);
}

bool Graph::has_path_avoiding(int from, int to, const std::vector<bool>& avoid) const {
  const int starts[] = {from};
  return reachable_from(starts, avoid)[static_cast<std::size_t>(to)];
}

}  // namespace msklint
