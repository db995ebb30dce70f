#pragma once

// The keys of one YAML mapping, each with where it was first seen: for the
// tree builder's duplicate-key check and the reader's key checks.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace msklint {

// Most mappings have a handful of keys, searched directly in place (a hash
// table, or even a growing vector, costs allocations: the reader asks this of
// every mapping of every file); past `few_limit` keys they move to a table, so
// a hostile file with thousands of keys in one mapping stays linear.
template <class Where>
class FirstSeen {
 public:
  // Where `key` was first seen: `where` itself when the key is new.
  Where insert(std::string_view key, Where where) {
    if (const Where* earlier = find(key)) return *earlier;
    if (many_.empty() && few_count_ < few_limit) {
      few_[few_count_++] = {key, where};
    } else {
      many_.insert(few_.begin(), few_.begin() + static_cast<std::ptrdiff_t>(few_count_));
      few_count_ = 0;
      many_.emplace(key, where);
    }
    return where;
  }

  bool contains(std::string_view key) const { return find(key) != nullptr; }

 private:
  const Where* find(std::string_view key) const {
    const auto few_end = few_.begin() + static_cast<std::ptrdiff_t>(few_count_);
    const auto it = std::find_if(few_.begin(), few_end, [&](const auto& seen) { return seen.first == key; });
    if (it != few_end) return &it->second;
    if (many_.empty()) return nullptr;
    const auto in_table = many_.find(key);
    return in_table == many_.end() ? nullptr : &in_table->second;
  }

  static constexpr std::size_t few_limit = 16;
  std::array<std::pair<std::string_view, Where>, few_limit> few_{};
  std::size_t few_count_ = 0;
  std::unordered_map<std::string_view, Where> many_;
};

}  // namespace msklint
