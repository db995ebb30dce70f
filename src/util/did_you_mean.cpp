#include "util/did_you_mean.h"

#include <algorithm>
#include <array>
#include <vector>

namespace msklint {

namespace {

// The longest word compared: ids and keys are short; a longer word is not a typo.
constexpr std::size_t longest_word = 64;

std::size_t length_difference(std::string_view a, std::string_view b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

// At most a third of the longer word may differ (at least one edit).
std::size_t allowed_edits(std::string_view a, std::string_view b) {
  return std::max<std::size_t>(1, std::max(a.size(), b.size()) / 3);
}

// The difference in length is a lower bound on the distance, found without
// comparing a letter: most candidates, and every very long one, stop here.
bool worth_comparing(std::string_view word, std::string_view candidate, std::size_t best_distance) {
  const std::size_t difference = length_difference(word, candidate);
  return difference <= allowed_edits(word, candidate) && difference <= best_distance;
}

char folded(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Another lower bound, from the letters alone: an edit changes how often at
// most two letters occur, by one each, so half the letters the words do not
// share (counted with repeats) is at most the distance. Candidates that merely
// have the same length ("missing-service-1" and "service-number-1") mostly stop
// here, after one pass over each word instead of the table.
class LetterCounts {
 public:
  explicit LetterCounts(std::string_view word) : size_(word.size()) {
    for (const char c : word) ++count_[index(c)];
  }

  // Half the letters of the word and `other` that the other lacks, rounded up.
  std::size_t distance_at_least(std::string_view other) {
    std::size_t unshared = size_;
    for (const char c : other) {
      int& count = count_[index(c)];
      unshared = count > 0 ? unshared - 1 : unshared + 1;
      --count;
    }
    for (const char c : other) ++count_[index(c)];  // as it was, for the next candidate
    return (unshared + 1) / 2;
  }

 private:
  static unsigned char index(char c) { return static_cast<unsigned char>(folded(c)); }
  std::array<int, 256> count_{};
  std::size_t size_;
};

}  // namespace

namespace {

// The edit distance when it is at most `limit`, else limit + 1, found in the
// band of the table within `limit` of its diagonal and given up as soon as a
// whole row is past `limit`: a candidate that is not close costs a few rows.
std::size_t distance_at_most(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t beyond = limit + 1;
  if (length_difference(a, b) > limit) return beyond;
  auto same = [](char x, char y) { return folded(x) == folded(y); };
  // Cells outside the band are `beyond` (their true values are larger than
  // limit), so the band's edges read them as such. The rows are kept between
  // calls (one set a thread), not allocated for each candidate.
  thread_local std::vector<std::size_t> before_last, last, row;
  for (auto* each : {&before_last, &last, &row}) each->assign(b.size() + 2, beyond);
  for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) last[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t low = i > limit ? i - limit : 1;
    const std::size_t high = std::min(b.size(), i + limit);
    row[0] = i <= limit ? i : beyond;
    if (low > 1) row[low - 1] = beyond;
    std::size_t row_least = row[0];
    for (std::size_t j = low; j <= high; ++j) {
      std::size_t cell = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        cell = std::min(cell, before_last[j - 2] + 1);
      }
      row[j] = std::min(cell, beyond);
      row_least = std::min(row_least, row[j]);
    }
    row[high + 1] = beyond;
    if (row_least > limit) return beyond;
    std::swap(before_last, last);
    std::swap(last, row);
  }
  return std::min(last[b.size()], beyond);
}

struct Closest {
  std::string_view word;
  bool tied = false;  // another candidate is as close
};

// The closest candidate among those close enough to be a typo (see
// allowed_edits), in one pass: the length filter first, then the letters,
// then the banded distance, each bounded by the best found so far.
Closest closest(std::string_view word, std::span<const std::string_view> candidates) {
  Closest found;
  if (word.empty() || word.size() > longest_word) return found;
  LetterCounts letters(word);
  std::size_t best = static_cast<std::size_t>(-1);
  for (const auto candidate : candidates) {
    if (!worth_comparing(word, candidate, best)) continue;
    const std::size_t limit = std::min(allowed_edits(word, candidate), best);
    if (letters.distance_at_least(candidate) > limit) continue;
    const std::size_t distance = distance_at_most(word, candidate, limit);
    if (distance > limit) continue;
    if (distance < best) {
      best = distance;
      found = {candidate, false};
    } else if (distance == best && candidate != found.word) {
      found.tied = true;
    }
  }
  return found;
}

}  // namespace

// Case-insensitive optimal string alignment distance: Levenshtein plus the
// swap of two neighbouring letters ("titel" -> "title" is one edit). The
// banded search with a band as wide as the table: nothing is given up.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  return distance_at_most(a, b, std::max(a.size(), b.size()));
}

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  return std::string(closest(word, candidates).word);
}

std::string certain_match(std::string_view word, std::span<const std::string_view> candidates) {
  const Closest found = closest(word, candidates);
  return found.tied ? std::string() : std::string(found.word);
}

Match best_match(std::string_view word, std::span<const std::string_view> candidates) {
  const Closest found = closest(word, candidates);
  return {std::string(found.word), !found.word.empty() && !found.tied};
}

std::string Match::did_you_mean() const { return closest.empty() ? std::string() : "; did you mean '" + closest + "'?"; }

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return best_match(word, candidates).did_you_mean();
}

}  // namespace msklint
