#include <doctest/doctest.h>

#include <string>

#include "rules/service_kinds.h"

using namespace msklint;

namespace {

Text text_of(const std::string& value) {
  Text text;
  text.value = value;
  text.present = true;
  return text;
}

}  // namespace

TEST_CASE("a placeholder is one of the words that stand for nothing, however written") {
  for (const char* placeholder : {"TBC", "n/a", "N.A.", "to be confirmed", "To Be Confirmed.", "  xxx ", "none",
                                  "Not known", "under-review", "", "   "}) {
    CAPTURE(placeholder);
    CHECK(is_placeholder(text_of(placeholder)));
  }
}

TEST_CASE("a text of more words than a placeholder, or other words, is not one") {
  for (const char* text : {"Director of Planned Care", "to be confirmed by the board", "TBC after the review",
                           "n/a to adults", "x-ray", "patient's own GP", "nobody", "1.5 whole-time equivalents",
                           "to be confirmed in 2027", "TBC: a physiotherapist"}) {
    CAPTURE(text);
    CHECK_FALSE(is_placeholder(text_of(text)));
  }
}
