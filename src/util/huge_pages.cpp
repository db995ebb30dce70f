#include "util/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace msklint {

bool prefer_huge_pages(const void* data, std::size_t bytes) {
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (start + huge_page - 1) & ~(huge_page - 1);
  const std::uintptr_t last = (start + bytes) & ~(huge_page - 1);
  if (data == nullptr || last <= first) return false;
#ifdef MADV_HUGEPAGE
  return ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE) == 0;
#else
  return false;
#endif
}

}  // namespace msklint
