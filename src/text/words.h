#pragma once

// Commissioners' free text (criteria, names, staff, measures) as words:
// lower-case words, numbers and comparison signs ("≤" and "=<" become "<=",
// "≥" and "=>" become ">="), matched as whole words and phrases. What a
// criterion means is read from these in text/criterion_reading.cpp.

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "util/ascii.h"

namespace msklint {

// A phrase written in msklint's source ("body mass index"), with the hash of
// its first word worked out when compiling: rules ask thousands of phrases of
// each text, and hashing each one every time was much of the cost of asking.
class Phrase {
 public:
  template <std::size_t N>
  // Implicit: a string literal is a phrase.
  consteval Phrase(const char (&text)[N]) : Phrase(std::string_view(text, N - 1)) {}

  // The same for a phrase known only when running (a view of `text`, which
  // must outlive it).
  static constexpr Phrase of(std::string_view text) { return Phrase(text); }

  constexpr std::string_view text() const { return text_; }
  constexpr std::string_view first_word() const { return first_word_; }
  constexpr std::uint8_t first_word_bit() const { return first_word_bit_; }

  // A word's bit in Words' filter: its FNV-1a hash, modulo 256.
  static constexpr std::uint8_t bit_of(std::string_view word) {
    std::uint32_t hash = 2166136261U;
    for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619U;
    return static_cast<std::uint8_t>(hash % 256);
  }

 private:
  constexpr explicit Phrase(std::string_view text)
      : text_(text), first_word_(text.substr(0, text.find(' '))), first_word_bit_(bit_of(first_word_)) {}

  std::string_view text_;
  std::string_view first_word_;
  std::uint8_t first_word_bit_;
};

// Phrases looked for together ("does the text say any of these?"), grouped
// by their first word's bit when compiling: Words then looks once at each of
// its own words, instead of once at every phrase of the set.
template <std::size_t N>
class PhraseSet {
  static_assert(N <= 0xFFFF, "starts_ holds phrase indices in 16 bits");

 public:
  template <class... Texts>
  // Implicit: written as a braced list of literals.
  consteval PhraseSet(const Texts&... texts) : phrases_{Phrase(texts)...} {
    std::sort(phrases_.begin(), phrases_.end(),
              [](const Phrase& a, const Phrase& b) { return a.first_word_bit() < b.first_word_bit(); });
    std::size_t phrase = 0;
    for (std::size_t bit = 0; bit < starts_.size(); ++bit) {
      while (phrase < N && phrase_bit(phrase) < bit) ++phrase;
      starts_[bit] = static_cast<std::uint16_t>(phrase);
    }
  }

  // The phrases whose first word has the bit `bit` (most bits: none).
  constexpr std::span<const Phrase> with_first_word_bit(std::uint8_t bit) const {
    return std::span<const Phrase>(phrases_).subspan(starts_[bit], starts_[bit + 1U] - starts_[bit]);
  }
  // All of them, grouped by bit (not in the order written).
  constexpr const Phrase* begin() const { return phrases_.data(); }
  constexpr const Phrase* end() const { return phrases_.data() + N; }

 private:
  constexpr std::size_t phrase_bit(std::size_t index) const { return phrases_[index].first_word_bit(); }

  std::array<Phrase, N> phrases_;
  std::array<std::uint16_t, 257> starts_{};  // phrases with bit b are [starts_[b], starts_[b + 1])
};
template <class... Texts>
PhraseSet(const Texts&...) -> PhraseSet<sizeof...(Texts)>;

// The bytes `words` start with, in either case: text at any other byte cannot
// start one of them, and is passed over without trying each.
template <std::size_t N>
constexpr std::array<bool, 256> first_letters(const std::string_view (&words)[N]) {
  std::array<bool, 256> starts{};
  for (const std::string_view word : words) {
    starts[static_cast<unsigned char>(word.front())] = true;
    starts[static_cast<unsigned char>(ascii::to_upper(word.front()))] = true;
  }
  return starts;
}

// At least how many tokens Words makes of `text`, without making them: runs
// of letters and digits (with the '.' and '\'' that can join them) between
// other bytes, each of which ends a token. Enough to tell a sentence from a
// word or two before reading it.
std::size_t fewest_words(std::string_view text);

class Words {
 public:
  explicit Words(std::string_view text);

  // Views into the words' own copy of their letters, which moves with them.
  const std::vector<std::string_view>& tokens() const { return tokens_; }

  // A word or phrase ("body mass index"), matched on whole words.
  bool has(const Phrase& phrase) const;
  bool has_any(std::initializer_list<Phrase> phrases) const;
  template <std::size_t N>
  bool has_any(const PhraseSet<N>& phrases) const {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      for (const Phrase& phrase : phrases.with_first_word_bit(token_bits_[i])) {
        if (starts_at(i, phrase)) return true;
      }
    }
    return false;
  }
  // Where a phrase starts, in words; where words starting with `prefix` are.
  std::vector<std::size_t> positions(std::string_view phrase) const;
  std::vector<std::size_t> positions(const Phrase& phrase) const;
  // Where any phrase of the set starts, in order, in one pass over the words
  // (a place where two phrases start is given once for each).
  template <std::size_t N>
  std::vector<std::size_t> positions(const PhraseSet<N>& phrases) const {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      for (const Phrase& phrase : phrases.with_first_word_bit(token_bits_[i])) {
        if (starts_at(i, phrase)) found.push_back(i);
      }
    }
    return found;
  }
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

  // Whether some token may be a word whose Phrase::bit_of is `bit`: a bit for each
  // token's hash, so most phrases are ruled out without comparing a word (a
  // false "may" costs only the comparison it saved).
  bool some_token_may_be(std::size_t bit) const { return (word_bits_[bit / 64] >> (bit % 64)) & 1U; }
  // Whether some token may start `phrase`: most phrases are ruled out here.
  bool may_hold(const Phrase& phrase) const {
    return !phrase.text().empty() && some_token_starts_with(phrase.text().front()) &&
           some_token_may_be(phrase.first_word_bit());
  }
  // Whether `phrase` starts at token `index`. Most tokens differ from the
  // first word, and then the rest of the phrase need not be split.
  bool starts_at(std::size_t index, const Phrase& phrase) const {
    return token_bits_[index] == phrase.first_word_bit() && tokens_[index] == phrase.first_word() &&
           matches_at(index, phrase.text());
  }

  // The tokens' characters, one after another: never longer than the text
  // (each token is at most as long as what it was read from), so it is sized
  // once and the views into it stay valid, moves included.
  std::unique_ptr<char[]> chars_;
  std::vector<std::string_view> tokens_;
  std::array<std::uint64_t, 4> first_bytes_{};  // a bit for each byte some token starts with
  std::array<std::uint64_t, 4> word_bits_{};    // a bit for each token's Phrase::bit_of
  std::vector<std::uint8_t> token_bits_;        // each token's Phrase::bit_of: most tokens are passed over without comparing
};

// Text as a message quotes it: each run of spaces, tabs and line breaks (a
// YAML block of several lines) as one space, without leading or trailing ones.
std::string as_one_line(std::string_view text);

}  // namespace msklint
