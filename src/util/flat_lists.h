#pragma once

// Many short lists, one per node of a graph say, kept one after another in a
// single array: a vector for each list cost an allocation each (two a service
// for the graph's edges, one for demand's sources).

#include <cstddef>
#include <span>
#include <vector>

namespace msklint {

template <class T>
class FlatLists {
 public:
  // Built list by list: push_back adds to the list being written, end_list
  // closes it and starts the next.
  void push_back(const T& item) { items_.push_back(item); }
  void end_list() { ends_.push_back(items_.size()); }

  // Indices 0 .. count - 1 sorted into `lists` lists by `list_of(index)`,
  // each list in increasing order (a counting sort: two passes, no search).
  template <class ListOf>
  static FlatLists indices_by(std::size_t lists, std::size_t count, ListOf list_of) {
    FlatLists grouped;
    grouped.ends_.assign(lists, 0);
    for (std::size_t index = 0; index < count; ++index) ++grouped.ends_[list_of(index)];
    std::size_t end = 0;
    for (std::size_t& list_end : grouped.ends_) list_end = end += list_end;
    grouped.items_.resize(count);
    // Filled from the back, so that each list ends up in increasing order.
    std::vector<std::size_t> next(grouped.ends_);
    for (std::size_t index = count; index-- > 0;) grouped.items_[--next[list_of(index)]] = static_cast<T>(index);
    return grouped;
  }

  std::size_t size() const { return ends_.size(); }
  std::span<const T> operator[](std::size_t list) const {
    const std::size_t begin = list == 0 ? 0 : ends_[list - 1];
    return std::span<const T>(items_).subspan(begin, ends_[list] - begin);
  }

 private:
  std::vector<T> items_;
  std::vector<std::size_t> ends_;  // where each list ends in items_
};

}  // namespace msklint
