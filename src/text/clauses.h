#pragma once

// A criterion's text as clauses, in plainer words: sentences split at full
// stops, question marks and semicolons; a parenthesis is a clause of its own;
// "unless ...", "except ..." up to the next comma is an exception that does
// not govern the rest. Each step is one pass over the text.

#include <string>
#include <string_view>
#include <vector>

namespace msklint {

struct Clause {
  std::string text;
  int sentence = 0;
  bool parenthetical = false;
  bool exception = false;
};

std::vector<Clause> split_clauses(std::string_view text);

// Wording that reads the same as plainer wording: "with or without sciatica"
// says nothing is excluded and must not read as "without"; "tried without
// success" is a failure, not a negation; numbers in words are digits ("six
// weeks", "thirty-eight"; "one" only before a unit).
std::string normalised(std::string_view text);

}  // namespace msklint
