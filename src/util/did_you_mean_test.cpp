#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

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

TEST_CASE("did-you-mean compares only candidates of a plausible length, so a huge id costs nothing") {
  CHECK(edit_distance("abcd", "bacd") == 1);
  CHECK(edit_distance("ca", "abc") == 3);  // optimal string alignment, not full Damerau
  CHECK(edit_distance("abc", "") == 3);
  const std::string huge(6'000'000, 'p');
  std::vector<std::string> ids;
  for (int i = 0; i < 10000; ++i) ids.push_back(fmt::format("service-{}", i));
  ids.push_back(huge);
  std::vector<std::string_view> candidates(ids.begin(), ids.end());
  CHECK(closest_match("servce-42", candidates) == "service-42");
  CHECK(certain_match("servce-42", candidates) == "service-42");  // service-41, -43 ... are two edits away
  CHECK(certain_match("physiotherapi", std::array<std::string_view, 2>{"physiotherapy", huge}) == "physiotherapy");
  CHECK(closest_match(huge, candidates).empty());  // a huge word is not a typo of anything
}

TEST_CASE("did-you-mean's banded search finds what comparing every candidate in full finds") {
  // The reference: every candidate compared in full, the first of the closest
  // kept among those close enough to be a typo of it, and a tie noticed.
  const auto allowed = [](std::string_view a, std::string_view b) {
    return std::max<std::size_t>(1, std::max(a.size(), b.size()) / 3);
  };
  std::mt19937 random(20261204);
  const auto word_of = [&](std::size_t most) {
    std::string word(1 + random() % most, 'a');
    for (char& c : word) c = "abcB-"[random() % 5];  // 'B' is 'b' in another case: letters are compared folded
    return word;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string word = word_of(12);
    std::vector<std::string> owned;
    for (int i = 0; i < 30; ++i) owned.push_back(word_of(14));
    const std::vector<std::string_view> candidates(owned.begin(), owned.end());
    std::string_view best;
    std::size_t best_distance = static_cast<std::size_t>(-1);
    bool tied = false;
    for (const auto candidate : candidates) {
      const std::size_t distance = edit_distance(word, candidate);
      if (distance > allowed(word, candidate)) continue;
      if (distance < best_distance) {
        best_distance = distance;
        best = candidate;
        tied = false;
      } else if (distance == best_distance && candidate != best) {
        tied = true;
      }
    }
    CAPTURE(word);
    CHECK(closest_match(word, candidates) == best);
    CHECK(certain_match(word, candidates) == (tied ? std::string_view() : best));
  }
}

TEST_CASE("did-you-mean's best match is closest_match and certain_match in one") {
  constexpr std::array<std::string_view, 4> ids{"physio", "physio-2", "podiatry", "pharmacy"};
  const Match typo = best_match("phsyio", ids);
  CHECK(typo.closest == "physio");
  CHECK(typo.certain);
  CHECK(typo.did_you_mean() == "; did you mean 'physio'?");
  const Match tie = best_match("physio-", ids);  // one edit from physio and from physio-2
  CHECK(tie.closest == closest_match("physio-", ids));
  CHECK_FALSE(tie.certain);
  CHECK(best_match("surgery", ids).closest.empty());
  CHECK(best_match("surgery", ids).did_you_mean().empty());
}
