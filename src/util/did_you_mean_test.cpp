#include <doctest/doctest.h>

#include <array>

#include "util/did_you_mean.h"

using namespace msklint;

TEST_CASE("edit distance counts single-character edits, ignoring case") {
  CHECK(edit_distance("physio", "physio") == 0);
  CHECK(edit_distance("phyiso", "physio") == 1);  // one swap of neighbours
  CHECK(edit_distance("titel", "title") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("GP", "gp") == 0);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("did-you-mean suggests only plausible typos") {
  constexpr std::array<std::string_view, 3> words{"physiotherapy", "podiatry", "pharmacy"};
  CHECK(did_you_mean("physiotherapi", words) == "; did you mean 'physiotherapy'?");
  CHECK(did_you_mean("surgery", words).empty());
  CHECK(closest_match("podiatyr", words) == "podiatry");
  CHECK(closest_match("", words).empty());
}
