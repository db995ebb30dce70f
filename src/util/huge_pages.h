#pragma once

// A hint for the large blocks a big file's model lives in.

#include <cstddef>

namespace msklint {

// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes)
// with huge pages, where it can (Linux's transparent huge pages in their
// default "madvise" mode). A 10,000-service pathway's lists are written once
// each, a page at a time: one fault for each 4 KiB page was a fifth of the
// run's system time. Returns whether the hint was given; it changes no
// contents and never fails the run.
bool prefer_huge_pages(const void* data, std::size_t bytes);

}  // namespace msklint
