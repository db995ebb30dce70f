#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/index_table.h"

using namespace msklint;

namespace {

// Adds each word unless an equal one is in; returns, for each, the index of
// the first equal word.
std::vector<int> first_of_each(const std::vector<std::string>& words, std::size_t (*hash)(std::string_view)) {
  IndexTable table(words.size());
  std::vector<int> first;
  for (std::size_t index = 0; index < words.size(); ++index) {
    int& slot = table.slot(hash(words[index]), [&](int other) { return words[static_cast<std::size_t>(other)] == words[index]; });
    if (slot == IndexTable::empty) slot = static_cast<int>(index);
    first.push_back(slot);
  }
  return first;
}

std::size_t good_hash(std::string_view word) { return std::hash<std::string_view>{}(word); }
std::size_t same_hash(std::string_view) { return 7; }  // every key collides

}  // namespace

TEST_CASE("an index table finds the first of equal keys, and says where a new one goes") {
  const std::vector<std::string> words = {"gp", "physio", "gp", "ortho", "physio", "gp"};
  CHECK(first_of_each(words, good_hash) == std::vector<int>{0, 1, 0, 3, 1, 0});
  // Keys whose hashes all collide are told apart by probing on.
  CHECK(first_of_each(words, same_hash) == std::vector<int>{0, 1, 0, 3, 1, 0});

  IndexTable table(words.size());
  CHECK(table.at(good_hash("gp"), [](int) { return true; }) == IndexTable::empty);
}

TEST_CASE("an index table holds as many keys as it was made for") {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("service-" + std::to_string(i));
  const std::vector<int> first = first_of_each(words, good_hash);
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i] == static_cast<int>(i));
  // Every key colliding and none the one asked for, a look-up still ends at an empty slot.
  IndexTable table(4);
  for (int i = 0; i < 4; ++i) table.slot(same_hash(""), [](int) { return false; }) = i;
  CHECK(table.at(same_hash(""), [](int) { return false; }) == IndexTable::empty);
}
