#pragma once

// Reading commissioners' free text (criteria, prerequisites, names) well
// enough to spot a restriction without firing on text that only mentions a
// topic. Text is split into lower-case words, numbers and comparison signs;
// "≤" and "=<" become "<=", "≥" and "=>" become ">=".

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace msklint {

class Words {
 public:
  explicit Words(std::string_view text);

  const std::vector<std::string>& tokens() const { return tokens_; }

  // A word or phrase ("body mass index"), matched on whole words.
  bool has(std::string_view phrase) const;
  bool has_any(std::initializer_list<std::string_view> phrases) const;
  bool has_any(std::span<const std::string_view> phrases) const;
  // Where a phrase starts, in words; where words starting with `prefix` are.
  std::vector<std::size_t> positions(std::string_view phrase) const;
  std::vector<std::size_t> prefix_positions(std::string_view prefix) const;
  // A word starting with `prefix` ("discharg" matches "discharged").
  bool has_prefix(std::string_view prefix) const;
  // Numbers that are values: not the number of a reference such as "NICE
  // NG226", "QS87 statement 7" or "tier 3".
  bool has_number() const;
  // A value within `distance` words of a word starting with `prefix`
  // ("10% of body weight", "weight under 100 kg").
  bool number_near(std::string_view prefix, std::size_t distance) const;
  std::vector<double> numbers_near(std::string_view prefix, std::size_t distance) const;
  // The values in the text, in order.
  std::vector<double> numbers() const;
  // A comparison: a sign (<, >, <=, >=, =, +) or words such as "under",
  // "over", "less than", "at least", "or more", "maximum".
  bool has_comparison() const;
  // An upper limit ("under 75", "< 40", "40 or less", "up to") or a lower
  // limit ("over 65", "65+", "at least", "or more") on a number.
  bool has_upper_limit() const;
  bool has_lower_limit() const;

  // Whether the token at `index` is a value (a number that is not a reference).
  bool is_value(std::size_t index) const;
  // The phrase's words are the tokens from `index` on.
  bool matches_at(std::size_t index, std::string_view phrase) const;

 private:
  std::vector<std::string> tokens_;
};

}  // namespace msklint
