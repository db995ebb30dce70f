#include "util/did_you_mean.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace msklint {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Case-insensitive optimal string alignment distance: Levenshtein plus the
  // swap of two neighbouring letters ("titel" -> "title" is one edit).
  auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  const std::size_t columns = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * columns);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * columns + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.empty() || word.size() > 64) return {};
  std::string_view best;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  for (const auto candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  // Close enough: about a third of the word may differ, at least one edit.
  const std::size_t allowed = std::max<std::size_t>(1, std::max(word.size(), best.size()) / 3);
  if (best.empty() || best_distance > allowed) return {};
  return std::string(best);
}

std::string certain_match(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string match = closest_match(word, candidates);
  if (match.empty()) return {};
  const std::size_t best = edit_distance(word, match);
  for (const auto candidate : candidates) {
    if (candidate != match && edit_distance(word, candidate) == best) return {};  // a tie: not certain
  }
  return match;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string match = closest_match(word, candidates);
  return match.empty() ? std::string() : "; did you mean '" + match + "'?";
}

}  // namespace msklint
