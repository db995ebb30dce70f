#pragma once

// The keys of one YAML mapping, each with where it was first seen: for the
// tree builder's duplicate-key check and the reader's key checks.

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace msklint {

// Most mappings have a handful of keys, searched directly (a hash table
// costs allocations); past `few_limit` keys they move to a table, so a
// hostile file with thousands of keys in one mapping stays linear.
template <class Where>
class FirstSeen {
 public:
  // Where `key` was first seen: `where` itself when the key is new.
  Where insert(std::string_view key, Where where) {
    if (const Where* earlier = find(key)) return *earlier;
    if (many_.empty() && few_.size() < few_limit) {
      few_.emplace_back(key, where);
    } else {
      many_.insert(few_.begin(), few_.end());
      few_.clear();
      many_.emplace(key, where);
    }
    return where;
  }

  bool contains(std::string_view key) const { return find(key) != nullptr; }

 private:
  const Where* find(std::string_view key) const {
    const auto it = std::find_if(few_.begin(), few_.end(), [&](const auto& seen) { return seen.first == key; });
    if (it != few_.end()) return &it->second;
    const auto in_table = many_.find(key);
    return in_table == many_.end() ? nullptr : &in_table->second;
  }

  static constexpr std::size_t few_limit = 16;
  std::vector<std::pair<std::string_view, Where>> few_;
  std::unordered_map<std::string_view, Where> many_;
};

}  // namespace msklint
