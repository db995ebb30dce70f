#include "read/values.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <utility>

#include "util/ascii.h"

namespace msklint {

namespace {

std::string lower_trimmed(std::string_view text) {
  while (!text.empty() && ascii::is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && ascii::is_space(text.back())) text.remove_suffix(1);
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), ascii::to_lower);
  return out;
}

// Reads a non-negative number at the front of `text` and removes it.
// Only plain decimals ("12", "12.5"): no sign, exponent, "nan" or "inf".
std::optional<double> take_number(std::string_view& text) {
  const std::size_t length = text.find_first_not_of("0123456789.");
  const std::string_view digits = text.substr(0, length);
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  text.remove_prefix(digits.size());
  return value;
}

void skip_spaces(std::string_view& text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
}

// "week" or "weeks" -> "week".
std::string_view singular(std::string_view word) {
  if (word.size() > 1 && word.back() == 's') word.remove_suffix(1);
  return word;
}

}  // namespace

std::optional<Rate> parse_rate(std::string_view input) {
  const std::string lowered = lower_trimmed(input);
  std::string_view text = lowered;
  const auto count = take_number(text);
  if (!count) return std::nullopt;
  skip_spaces(text);
  if (text.starts_with("/")) text.remove_prefix(1);
  else if (text.starts_with("per ")) text.remove_prefix(4);
  else if (text.starts_with("a ")) text.remove_prefix(2);
  else return std::nullopt;
  skip_spaces(text);
  static constexpr std::array<std::pair<std::string_view, Period>, 4> units{
      {{"day", Period::day}, {"week", Period::week}, {"month", Period::month}, {"year", Period::year}}};
  for (const auto& [word, period] : units) {
    if (singular(text) == word) return Rate{*count, period};
  }
  return std::nullopt;
}

std::optional<Duration> parse_duration(std::string_view input) {
  const std::string lowered = lower_trimmed(input);
  if (lowered == "same day" || lowered == "same-day" || lowered == "immediately" || lowered == "immediate") {
    return Duration{0, false};
  }
  std::string_view text = lowered;
  const auto count = take_number(text);
  if (!count) return std::nullopt;
  skip_spaces(text);
  bool working = false;
  if (text.starts_with("working ")) {
    working = true;
    text.remove_prefix(8);
  }
  static constexpr std::array<std::pair<std::string_view, double>, 5> units{
      {{"hour", 1.0 / 24}, {"day", 1}, {"week", 7}, {"month", 365.25 / 12}, {"year", 365.25}}};
  for (const auto& [word, days] : units) {
    if (singular(text) == word) {
      if (working && word != "day") return std::nullopt;
      return Duration{*count * days, working};
    }
  }
  return std::nullopt;
}

std::optional<double> parse_share(std::string_view input) {
  const std::string lowered = lower_trimmed(input);
  std::string_view text = lowered;
  const auto value = take_number(text);
  if (!value) return std::nullopt;
  skip_spaces(text);
  if (text == "%") {
    if (*value > 100) return std::nullopt;
    return *value / 100;
  }
  if (!text.empty() || *value > 1) return std::nullopt;
  return *value;
}

bool is_slug(std::string_view text) {
  if (text.empty() || !(ascii::is_lower(text[0]) || ascii::is_digit(text[0]))) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return ascii::is_lower(c) || ascii::is_digit(c) || c == '-'; });
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
  int year = 0;
  unsigned month = 0, day = 0;
  auto number = [&](std::size_t from, std::size_t length, auto& value) {
    const char* begin = text.data() + from;
    const auto [end, error] = std::from_chars(begin, begin + length, value);
    return error == std::errc() && end == begin + length;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !number(0, 4, year) || !number(5, 2, month) ||
      !number(8, 2, day)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  return date.ok() ? std::optional(date) : std::nullopt;
}

}  // namespace msklint
