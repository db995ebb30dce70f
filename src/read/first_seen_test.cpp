#include "read/first_seen.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace msklint;

TEST_CASE("first seen: a key repeated answers where it was first, before and after the keys move to a table") {
  std::vector<std::string> keys;
  for (int i = 0; i < 40; ++i) keys.push_back("key" + std::to_string(i));  // past the 16 searched directly
  FirstSeen<int> seen;
  for (int i = 0; i < 40; ++i) {
    CAPTURE(i);
    CHECK(seen.insert(keys[static_cast<std::size_t>(i)], i) == i);  // new: where it is now
    CHECK(seen.insert(keys[0], 100 + i) == 0);                       // repeated: where it was first
    CHECK(seen.insert(keys[static_cast<std::size_t>(i)], 200 + i) == i);
  }
  CHECK(seen.contains("key39"));
  CHECK_FALSE(seen.contains("key40"));
}
