#include "text/clauses.h"

#include <algorithm>
#include <array>
#include <optional>

#include "text/words.h"
#include "util/ascii.h"

namespace msklint {

namespace {

bool is_word_char(char c) {
  return ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Does `text` hold the lower-case `word` at `at`, as whole words, in any case?
bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size() || (at > 0 && is_word_char(text[at - 1]))) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (ascii::to_lower(text[at + k]) != word[k]) return false;
  }
  const std::size_t end = at + word.size();
  return end == text.size() || !is_word_char(text[end]);
}

bool has_letters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return is_word_char(c); });
}

constexpr std::string_view exception_words[] = {"unless", "except", "other than", "apart from"};

constexpr std::array<bool, 256> starts_an_exception_word = first_letters(exception_words);

// Splits one clause at an exception ("... unless the clinician has concerns,
// ..."): the exception runs to the next comma.
// One pass: each character is looked at a bounded number of times.
void push_clause(std::vector<Clause>& out, const std::string& text, int sentence, bool parenthetical) {
  auto push = [&](std::size_t from, std::size_t to, bool exception) {
    const std::string_view part = std::string_view(text).substr(from, to - from);
    if (has_letters(part)) out.push_back({std::string(part), sentence, parenthetical, exception});
  };
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!starts_an_exception_word[static_cast<unsigned char>(text[i])]) continue;
    const auto word = std::find_if(std::begin(exception_words), std::end(exception_words),
                                   [&](std::string_view candidate) { return word_at(text, i, candidate); });
    if (word == std::end(exception_words)) continue;
    push(start, i, false);
    const std::size_t comma = std::min(text.find(',', i + word->size()), text.size());
    push(i, comma, true);
    start = i = std::min(comma + 1, text.size());
  }
  push(start, text.size(), false);
}

}  // namespace

std::vector<Clause> split_clauses(std::string_view text) {
  std::vector<Clause> clauses;
  int sentence = 0;
  std::string outer;
  std::string inner;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& current = depth > 0 ? inner : outer;
    // "[...]" marks words an editor added for sense: they are part of the sentence.
    if (c == '[' || c == ']') {
      current += ' ';
      continue;
    }
    if (c == '(') {
      if (depth++ > 0) inner += ' ';
      continue;
    }
    if (c == ')' && depth > 0) {
      if (--depth == 0) {
        push_clause(clauses, inner, sentence, true);
        inner.clear();
        outer += ' ';
      }
      continue;
    }
    const bool at_end = i + 1 == text.size() || ascii::is_space(text[i + 1]) ||
                        text[i + 1] == ')' || text[i + 1] == '"';
    const bool stop = (c == '.' || c == '?' || c == '!') && at_end;
    if (stop || c == ';' || c == '\n') {
      push_clause(clauses, current, sentence, depth > 0);
      current.clear();
      if (depth == 0 && c != ';') ++sentence;
      continue;
    }
    if (text.substr(i).starts_with("\xE2\x80\xA6")) {  // "…", a trim in a quotation
      current += ' ';
      i += 2;
      continue;
    }
    current += c;
  }
  if (depth > 0) push_clause(clauses, inner, sentence, true);
  push_clause(clauses, outer, sentence, false);
  return clauses;
}

namespace {

constexpr std::string_view time_and_count_words[] = {
    "week", "weeks", "month", "months", "year", "years", "day", "days", "session", "sessions", "consecutive",
    "appointments", "missed", "or more", "or over", "and over"};

// "tried without success" is a failure, not a negation.
constexpr std::string_view failure_words[] = {"without success", "without benefit", "without improvement",
                                              "without relief"};

constexpr std::string_view small_numbers[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

// A number written in words at `at` ("six", "thirty-eight", "sixty five"):
// its value and length, or nothing.
std::optional<std::pair<int, std::size_t>> number_word_at(std::string_view text, std::size_t at) {
  for (std::size_t n = 0; n < std::size(small_numbers); ++n) {
    if (word_at(text, at, small_numbers[n])) return std::pair{static_cast<int>(n), small_numbers[n].size()};
  }
  for (std::size_t t = 0; t < std::size(tens); ++t) {
    if (!word_at(text, at, tens[t])) continue;
    int value = 20 + 10 * static_cast<int>(t);
    std::size_t length = tens[t].size();
    const std::size_t next = at + length + 1;
    if (next < text.size() && (text[at + length] == '-' || text[at + length] == ' ')) {
      for (std::size_t n = 1; n <= 9; ++n) {
        if (word_at(text, next, small_numbers[n])) {
          value += static_cast<int>(n);
          length += 1 + small_numbers[n].size();
          break;
        }
      }
    }
    return std::pair{value, length};
  }
  return std::nullopt;
}

// The letters the words rewritten below start with ("with or without", the
// failure words, numbers in words), in either case: a word starting with any
// other letter is copied without trying each of them.
constexpr std::string_view with_or_without[] = {"with or without"};
constexpr std::array<bool, 256> starts_a_rewritten_word = [] {
  std::array<bool, 256> starts{};
  for (const auto& letters : {first_letters(with_or_without), first_letters(failure_words),
                              first_letters(small_numbers), first_letters(tens)}) {
    for (std::size_t byte = 0; byte < starts.size(); ++byte) starts[byte] = starts[byte] || letters[byte];
  }
  return starts;
}();

// Wording that reads the same as plainer wording: "with or without sciatica"
// says nothing is excluded and must not read as "without"; "tried without
// success" is a failure, not a negation; "six weeks" is "6 weeks".
}  // namespace

std::string normalised(std::string_view text) {
  // One pass over the starts of words, copying into a new string (rewriting
  // in place would cost the rest of the text at every change); the text
  // between two rewritten words is copied in one piece.
  // Numbers in words become digits: "no greater than thirty-eight", "six weeks".
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text before this is in `out`
  auto rewrite = [&](std::size_t at, std::size_t length, std::string_view with) {
    out.append(text.substr(copied, at - copied));
    out.append(with);
    copied = at + length;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!starts_a_rewritten_word[static_cast<unsigned char>(text[i])] || (i > 0 && is_word_char(text[i - 1]))) {
      ++i;
      continue;
    }
    if (word_at(text, i, with_or_without[0])) {
      rewrite(i, with_or_without[0].size(), "with");
      i = copied;
      continue;
    }
    const auto failure = std::find_if(std::begin(failure_words), std::end(failure_words),
                                      [&](std::string_view phrase) { return word_at(text, i, phrase); });
    if (failure != std::end(failure_words)) {
      rewrite(i, failure->size(), "unsuccessfully");
      i = copied;
      continue;
    }
    if (const auto number = number_word_at(text, i)) {
      const auto [value, length] = *number;
      // "one" is a count only before a unit ("one week"), not in "one of the following".
      const std::size_t after = i + length + 1;
      const bool counts = after < text.size() &&
                          std::any_of(std::begin(time_and_count_words), std::end(time_and_count_words),
                                      [&](std::string_view unit) { return word_at(text, after, unit); });
      if (value != 1 || counts) {
        rewrite(i, length, std::to_string(value));
        i = copied;
        continue;
      }
    }
    ++i;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace msklint
