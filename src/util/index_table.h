#pragma once

// A hash table of indices into an array the caller keeps: services by id,
// routes by their ends. One array of slots, at most half full, instead of a
// node allocated for every entry (std::unordered_map), so building one for
// 10,000 services costs one allocation, and a look-up reads one or two slots.

#include <cstddef>
#include <vector>

namespace msklint {

class IndexTable {
 public:
  static constexpr int empty = -1;

  // Room for `items` indices.
  explicit IndexTable(std::size_t items) {
    std::size_t size = 16;
    while (size < 2 * items) size *= 2;
    slots_.assign(size, empty);
  }

  // The slot of the key hashed to `hash`: the one holding an index for which
  // `is_key(index)` is true, or else the empty slot where it would go. Write
  // an index into an empty slot to add it; there is room for `items` of them.
  template <class IsKey>
  int& slot(std::size_t hash, IsKey is_key) {
    return slots_[find(hash, is_key)];
  }
  template <class IsKey>
  int at(std::size_t hash, IsKey is_key) const {
    return slots_[find(hash, is_key)];
  }

 private:
  template <class IsKey>
  std::size_t find(std::size_t hash, IsKey is_key) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot] == empty || is_key(slots_[slot])) return slot;
    }
  }

  std::vector<int> slots_;
};

}  // namespace msklint
