#pragma once

#include <span>
#include <string>
#include <string_view>

namespace msklint {

// The candidate closest to `word` by edit distance, if it is close enough to
// be a plausible typo; empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

// closest_match, but only when no other candidate is as close: the one
// correction `msklint check --fix` may make without asking.
std::string certain_match(std::string_view word, std::span<const std::string_view> candidates);

// "; did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

// closest_match and certain_match in one pass over the candidates, for a
// caller that needs both (a message and a fix).
struct Match {
  std::string closest;   // empty: nothing close
  bool certain = false;  // no other candidate is as close
  std::string did_you_mean() const;  // as the function of that name
};
Match best_match(std::string_view word, std::span<const std::string_view> candidates);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace msklint
