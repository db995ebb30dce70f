#include "util/huge_pages.h"

#include <cstddef>
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

namespace msklint {

TEST_CASE("huge pages are asked for only where a whole huge page fits, and the contents stay") {
  CHECK_FALSE(prefer_huge_pages(nullptr, std::size_t{8} << 20));
  std::vector<std::uint32_t> small(1024, 7);
  CHECK_FALSE(prefer_huge_pages(small.data(), small.size() * sizeof(std::uint32_t)));  // 4 KB: no whole 2 MiB page

  // 8 MiB holds at least three whole huge pages wherever it starts; whether
  // the kernel takes the hint depends on the machine, the contents must not.
  std::vector<std::uint32_t> large(std::size_t{2} << 20);
  for (std::size_t i = 0; i < large.size(); ++i) large[i] = static_cast<std::uint32_t>(i);
  prefer_huge_pages(large.data(), large.size() * sizeof(std::uint32_t));
  bool intact = true;
  for (std::size_t i = 0; i < large.size(); ++i) intact = intact && large[i] == static_cast<std::uint32_t>(i);
  CHECK(intact);
}

}  // namespace msklint
