#pragma once

// Commissioners' free text (criteria, names, staff, measures) as words:
// lower-case words, numbers and comparison signs ("≤" and "=<" become "<=",
// "≥" and "=>" become ">="), matched as whole words and phrases. What a
// criterion means is read from these in text/criterion_reading.cpp.

#include <array>
#include <cstdint>
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
  // Whether the token at `index` is a value: a number that is not the number
  // of a reference such as "NICE NG226", "QS87 statement 7" or "tier 3".
  bool is_value(std::size_t index) const;
  // The phrase's words are the tokens from `index` on.
  bool matches_at(std::size_t index, std::string_view phrase) const;

 private:
  // Whether some token starts with byte `c`: rules ask thousands of phrases
  // of each text, and most start with a letter none of its words starts with.
  bool some_token_starts_with(char c) const {
    const auto byte = static_cast<unsigned char>(c);
    return (first_bytes_[byte / 64] >> (byte % 64)) & 1U;
  }

  // Whether some token may be a word whose word_bit is `bit`: a bit for each
  // token's hash, so most phrases are ruled out without comparing a word (a
  // false "may" costs only the comparison it saved).
  bool some_token_may_be(std::size_t bit) const { return (word_bits_[bit / 64] >> (bit % 64)) & 1U; }
  static std::size_t word_bit(std::string_view word) { return first_word_bit(word).bit; }
  // The bit of a phrase's first word, found in the same pass as where that
  // word ends (rules ask thousands of phrases of each text).
  struct FirstWord {
    std::string_view word;
    std::size_t bit;
  };
  static FirstWord first_word_bit(std::string_view phrase) {
    std::uint32_t hash = 2166136261U;  // FNV-1a
    std::size_t end = 0;
    for (; end < phrase.size() && phrase[end] != ' '; ++end) hash = (hash ^ static_cast<unsigned char>(phrase[end])) * 16777619U;
    return {phrase.substr(0, end), hash % 256};
  }

  std::vector<std::string> tokens_;
  std::array<std::uint64_t, 4> first_bytes_{};  // a bit for each byte some token starts with
  std::array<std::uint64_t, 4> word_bits_{};    // a bit for each token's word_bit
  std::vector<std::uint8_t> token_bits_;        // each token's word_bit: most tokens are passed over without comparing
};

// Text as a message quotes it: each run of spaces, tabs and line breaks (a
// YAML block of several lines) as one space, without leading or trailing ones.
std::string as_one_line(std::string_view text);

}  // namespace msklint
