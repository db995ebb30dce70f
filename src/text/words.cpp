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
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens_.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\xE2\x89\xA4")) {  // ≤
      flush();
      tokens_.push_back("<=");
      i += 2;
    } else if (rest.starts_with("\xE2\x89\xA5")) {  // ≥
      flush();
      tokens_.push_back(">=");
      i += 2;
    } else if (ascii::is_alpha(text[i])) {
      if (!current.empty() && is_number(current)) flush();
      current += ascii::to_lower(text[i]);
    } else if (ascii::is_digit(text[i]) ||
               (c == '.' && is_number(current) && i + 1 < text.size() && ascii::is_digit(text[i + 1]))) {
      if (!current.empty() && !is_number(current)) flush();
      current += static_cast<char>(c);
    } else if (c == '<' || c == '>' || c == '=' || c == '+') {
      flush();
      std::string sign(1, static_cast<char>(c));
      if (i + 1 < text.size() && (text[i + 1] == '=' || text[i + 1] == '<' || text[i + 1] == '>')) sign += text[++i];
      if (sign == "=<") sign = "<=";
      if (sign == "=>") sign = ">=";
      tokens_.push_back(sign);
    } else if (c == '\'' && !current.empty() && !is_number(current)) {
      // "patient's" reads as one word, "patients"
    } else {
      flush();
    }
  }
  flush();
  token_bits_.reserve(tokens_.size());
  for (const std::string& token : tokens_) {
    const auto byte = static_cast<unsigned char>(token.front());  // tokens are never empty
    first_bytes_[byte / 64] |= std::uint64_t{1} << (byte % 64);
    const std::size_t bit = word_bit(token);
    word_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    token_bits_.push_back(static_cast<std::uint8_t>(bit));
  }
}

std::vector<std::size_t> Words::positions(std::string_view phrase) const {
  std::vector<std::size_t> found;
  if (phrase.empty() || !some_token_starts_with(phrase.front())) return found;
  // Most tokens differ from the first word, and then the rest of the phrase need not be split.
  const auto [first, bit] = first_word_bit(phrase);
  if (!some_token_may_be(bit)) return found;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (token_bits_[i] == bit && tokens_[i] == first && matches_at(i, phrase)) found.push_back(i);
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
bool Words::has(std::string_view phrase) const {
  if (phrase.empty() || !some_token_starts_with(phrase.front())) return false;
  const auto [first, bit] = first_word_bit(phrase);
  if (!some_token_may_be(bit)) return false;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (token_bits_[i] == bit && tokens_[i] == first && matches_at(i, phrase)) return true;
  }
  return false;
}

bool Words::has_any(std::initializer_list<std::string_view> phrases) const {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) { return has(phrase); });
}

bool Words::has_any(std::span<const std::string_view> phrases) const {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) { return has(phrase); });
}

bool Words::has_prefix(std::string_view prefix) const {
  if (!prefix.empty() && !some_token_starts_with(prefix.front())) return false;
  return std::any_of(tokens_.begin(), tokens_.end(), [&](const std::string& token) { return token.starts_with(prefix); });
}

bool Words::is_value(std::size_t index) const {
  if (!is_number(tokens_[index])) return false;
  if (index == 0) return true;
  static constexpr std::string_view references[] = {"ng", "qs", "cg", "ta", "ph", "nice", "statement", "st",
                                                    "section", "standard", "tier", "grade", "stage", "step",
                                                    "level", "version", "v", "phase", "recommendation"};
  const std::string& before = tokens_[index - 1];
  return std::find(std::begin(references), std::end(references), before) == std::end(references);
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
