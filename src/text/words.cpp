#include "text/words.h"

#include <algorithm>

#include "util/ascii.h"

namespace msklint {

namespace {

bool is_number(std::string_view token) {
  return !token.empty() && ascii::is_digit(token[0]);
}

}  // namespace

Words::Words(std::string_view text) {
  // Room for the words of ordinary prose (about one in six characters), so
  // the list is not grown again and again.
  tokens_.reserve(text.size() / 4 + 4);
  if (!text.empty()) chars_ = std::make_unique_for_overwrite<char[]>(text.size());
  char* const chars = chars_.get();
  std::size_t used = 0;          // characters written to chars_
  std::size_t current = 0;       // where the word being read starts in chars_
  bool current_is_number = false;
  auto flush = [&] {
    if (used > current) tokens_.emplace_back(chars + current, used - current);
    current = used;
  };
  auto sign = [&](char first, char second) {
    flush();
    chars[used++] = first;
    if (second != '\0') chars[used++] = second;
    flush();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (ascii::is_alpha(c)) {
      if (used > current && current_is_number) flush();
      current_is_number = false;
      chars[used++] = ascii::to_lower(c);
    } else if (ascii::is_digit(c) ||
               (c == '.' && used > current && current_is_number && i + 1 < text.size() && ascii::is_digit(text[i + 1]))) {
      if (used > current && !current_is_number) flush();
      current_is_number = true;
      chars[used++] = c;
    } else if (c == '<' || c == '>' || c == '=' || c == '+') {
      char second = '\0';
      if (i + 1 < text.size() && (text[i + 1] == '=' || text[i + 1] == '<' || text[i + 1] == '>')) second = text[++i];
      if (c == '=' && second == '<') sign('<', '=');
      else if (c == '=' && second == '>') sign('>', '=');
      else sign(c, second);
    } else if (c == '\'' && used > current && !current_is_number) {
      // "patient's" reads as one word, "patients"
    } else if (c == '\xE2' && text.substr(i).starts_with("\xE2\x89\xA4")) {  // ≤
      sign('<', '=');
      i += 2;
    } else if (c == '\xE2' && text.substr(i).starts_with("\xE2\x89\xA5")) {  // ≥
      sign('>', '=');
      i += 2;
    } else {
      flush();
    }
  }
  flush();
  token_bits_.reserve(tokens_.size());
  for (const std::string_view token : tokens_) {
    const auto byte = static_cast<unsigned char>(token.front());  // tokens are never empty
    first_bytes_[byte / 64] |= std::uint64_t{1} << (byte % 64);
    const std::uint8_t bit = Phrase::bit_of(token);
    word_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    token_bits_.push_back(bit);
  }
}

std::vector<std::size_t> Words::positions(std::string_view phrase) const {
  if (phrase.empty() || !some_token_starts_with(phrase.front())) return {};
  return positions(Phrase::of(phrase));
}

std::vector<std::size_t> Words::positions(const Phrase& phrase) const {
  std::vector<std::size_t> found;
  if (!may_hold(phrase)) return found;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (starts_at(i, phrase)) found.push_back(i);
  }
  return found;
}

std::vector<std::size_t> Words::prefix_positions(std::string_view prefix) const {
  std::vector<std::size_t> found;
  if (!prefix.empty() && !some_token_starts_with(prefix.front())) return found;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].starts_with(prefix)) found.push_back(i);
  }
  return found;
}

bool Words::matches_at(std::size_t index, std::string_view phrase) const {
  // The words of `phrase`, split at each ' ', one token each.
  while (!phrase.empty()) {
    const auto space = phrase.find(' ');
    if (index >= tokens_.size() || tokens_[index] != phrase.substr(0, space)) return false;
    ++index;
    if (space == std::string_view::npos) break;
    phrase.remove_prefix(space + 1);
  }
  return true;
}

// The same answer as !positions(phrase).empty(), without building lists:
// rules ask this thousands of times a file.
bool Words::has(const Phrase& phrase) const {
  if (!may_hold(phrase)) return false;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (starts_at(i, phrase)) return true;
  }
  return false;
}

bool Words::has_any(std::initializer_list<Phrase> phrases) const {
  return std::any_of(phrases.begin(), phrases.end(), [&](const Phrase& phrase) { return has(phrase); });
}

bool Words::has_prefix(std::string_view prefix) const {
  if (!prefix.empty() && !some_token_starts_with(prefix.front())) return false;
  return std::any_of(tokens_.begin(), tokens_.end(), [&](std::string_view token) { return token.starts_with(prefix); });
}

bool Words::is_value(std::size_t index) const {
  if (!is_number(tokens_[index])) return false;
  if (index == 0) return true;
  static constexpr std::string_view references[] = {"ng", "qs", "cg", "ta", "ph", "nice", "statement", "st",
                                                    "section", "standard", "tier", "grade", "stage", "step",
                                                    "level", "version", "v", "phase", "recommendation"};
  const std::string_view before = tokens_[index - 1];
  return std::find(std::begin(references), std::end(references), before) == std::end(references);
}

std::size_t fewest_words(std::string_view text) {
  std::size_t count = 0;
  bool in_run = false;
  bool run_has_word = false;
  for (const char c : text) {
    if (ascii::is_alnum(c) || c == '.' || c == '\'') {
      in_run = true;
      run_has_word = run_has_word || ascii::is_alnum(c);
      continue;
    }
    if (in_run && run_has_word) ++count;
    in_run = run_has_word = false;
  }
  return count + (in_run && run_has_word ? 1 : 0);
}

std::string as_one_line(std::string_view text) {
  std::string line;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !line.empty();
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += c;
  }
  return line;
}

}  // namespace msklint
