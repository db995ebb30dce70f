// Why a file is not valid YAML, in a commissioner's words: yaml-cpp's parser
// messages in plain words, and the usual mistakes read from the error's line.

#include "read/yaml_mistakes.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/utf8.h"
#include "util/yaml_quote.h"

namespace msklint {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// Where a plain value's comment starts (" #"), or the end of `text`.
std::size_t comment_start(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] == '#' && is_blank(text[i - 1])) return i;
  }
  return text.size();
}

// Where ': ' (or ':' at the end) first ends a key in `text`, or npos.
std::size_t key_colon(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ':' && (i + 1 == text.size() || is_blank(text[i + 1]))) return i;
  }
  return std::string_view::npos;
}

// A word a pathway key could be ("criteria", "did_not_attend"), not text
// ("Adults only", "Physio").
bool looks_like_key(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// What to say about "key: text: more": the text after `key` is read as
// another key. When `whole` is given, the key is not a key but the start of
// the text ("Adults only: no children"), which is quoted whole.
SyntaxExplanation colon_explanation(std::string_view key, std::string_view value, std::string_view whole,
                                    const std::string& parser_message) {
  const std::string note = fmt::format(" (parser: {})", parser_message);
  if (!whole.empty()) {
    return {fmt::format("not valid YAML: the text '{}' contains ': ', which YAML reads as a key{}", clipped(whole, 60),
                        note),
            fmt::format("quote the text: {}", quoted_suggestion(whole))};
  }
  const std::string shown_key = clipped(key, 40);
  return {fmt::format("not valid YAML: the text after '{}:' contains ': ', which YAML reads as another key{}",
                      shown_key, note),
          fmt::format("quote the text: {}: {}", shown_key, quoted_suggestion(value))};
}

// "criteria: Adults only: no children": a plain value holding ': ', which
// YAML reads as the start of another key. `at` is where the parser stopped,
// which must be a ':' in that value.
std::optional<SyntaxExplanation> colon_in_plain_text(std::string_view line, std::size_t at,
                                                     const std::string& parser_message) {
  std::size_t start = 0;
  bool list_item = false;
  while (start < line.size() && is_blank(line[start])) ++start;
  while (start < line.size() && line[start] == '-' && (start + 1 == line.size() || is_blank(line[start + 1]))) {
    ++start;  // a list item ("- ", "- - ")
    list_item = true;
    while (start < line.size() && is_blank(line[start])) ++start;
  }
  const std::string_view rest = line.substr(start, comment_start(line.substr(start)));
  if (rest.empty() || std::string_view("\"'[]{}#&*!|>%@`?,").find(rest[0]) != std::string_view::npos) return {};
  const std::size_t colon = key_colon(rest);
  if (colon == std::string_view::npos) return {};
  const std::string_view key = trim(rest.substr(0, colon));
  std::size_t value_start = colon + 1;
  while (value_start < rest.size() && is_blank(rest[value_start])) ++value_start;
  const std::string_view value = trim(rest.substr(value_start));
  if (key.empty() || value.empty() || std::string_view("\"'[{|>&*!%@`").find(value[0]) != std::string_view::npos) {
    return {};
  }
  if (value.starts_with("- ") || key_colon(value) == std::string_view::npos) return {};
  if (at < start + value_start || at >= line.size() || line[at] != ':') return {};  // the parser stopped at its ':'?
  // "- Adults only: no children: ask first": the whole item is text.
  return colon_explanation(key, value, list_item && !looks_like_key(key) ? trim(rest) : std::string_view(),
                           parser_message);
}

// The same inside brackets: "{id: physio, name: Physio: community}" or
// "[Adults only: no children: ask]", where the parser stops at the second
// ':' of one item. Looks only at that item.
std::optional<SyntaxExplanation> colon_in_flow_text(std::string_view line, std::size_t at,
                                                    const std::string& parser_message) {
  auto is_any = [](char c, std::string_view set) { return set.find(c) != std::string_view::npos; };
  if (at >= line.size() || line[at] != ':') return {};
  std::size_t begin = at;
  while (begin > 0 && !is_any(line[begin - 1], "{[,")) --begin;
  if (begin == 0) return {};  // not inside brackets
  std::size_t end = at;
  while (end < line.size() && !is_any(line[end], ",]}")) ++end;
  const std::string_view item = trim(line.substr(begin, end - begin));
  const auto item_start = static_cast<std::size_t>(item.data() - line.data());
  if (item.empty() || is_any(item[0], "\"'[]{}#&*!|>%@`?")) return {};
  const std::size_t colon = key_colon(item);
  if (colon == std::string_view::npos || item_start + colon >= at) return {};  // the parser stopped at a later ':'
  const std::string_view key = trim(item.substr(0, colon));
  const std::string_view value = trim(item.substr(colon + 1));
  if (key.empty() || value.empty() || is_any(value[0], "\"'[{|>&*!%@`")) return {};
  return colon_explanation(key, value, looks_like_key(key) ? std::string_view() : item, parser_message);
}

// "name: 'St John's physiotherapy'": the apostrophe closes the single-quoted
// text, and the rest of the words follow it. `at` is where the parser
// stopped, which must be after that early close. One pass over the line:
// every quote is scanned once.
std::optional<SyntaxExplanation> apostrophe_in_single_quotes(std::string_view line, std::size_t at,
                                                             const std::string& parser_message) {
  auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (static_cast<unsigned char>(c) & 0x80) != 0;
  };
  // A quote that can end a value: followed by the end of the line, a comment
  // or the end of a flow item.
  auto ends_value = [&](std::size_t quote) {
    std::size_t next = quote + 1;
    while (next < line.size() && is_blank(line[next])) ++next;
    return next == line.size() || line[next] == ',' || line[next] == ']' || line[next] == '}' ||
           (line[next] == '#' && next > quote + 1);
  };
  bool searched_to_end = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool value_start = i == 0 || is_blank(line[i - 1]) || line[i - 1] == '[' || line[i - 1] == '{' ||
                             line[i - 1] == ',';
    if (c == '#' && value_start) return {};  // a comment: nothing after it counts
    if (c == '"' && value_start) {  // double-quoted text: an apostrophe in it is fine
      for (++i; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] == '\\') ++i;
      }
      continue;
    }
    if (c != '\'' || !value_start) continue;
    const std::size_t open = i;
    std::size_t close = open + 1;
    for (; close < line.size(); ++close) {
      if (line[close] != '\'') continue;
      if (close + 1 < line.size() && line[close + 1] == '\'') {
        ++close;  // '' is an apostrophe written correctly
        continue;
      }
      break;
    }
    if (close >= line.size()) return {};  // not closed on this line: another problem
    i = close;
    std::size_t after = close + 1;
    while (after < line.size() && is_blank(line[after])) ++after;
    if (after >= line.size() || !is_word(line[after]) || at < close) continue;
    // The quote that was meant to end the text: the first later one that can
    // end a value. Searched for once: when there is none, there is none after
    // a later early close either.
    std::size_t end = std::string_view::npos;
    if (!searched_to_end) {
      for (std::size_t k = close + 1; k < line.size() && end == std::string_view::npos; ++k) {
        if (line[k] == '\'' && ends_value(k)) end = k;
      }
      searched_to_end = end == std::string_view::npos;
    }
    // Directly followed by a letter ("John's"), or by more words and a closing quote ("Patients' choice'").
    if (after != close + 1 && end == std::string_view::npos) continue;
    const std::string note = fmt::format(" (parser: {})", parser_message);
    const std::string message =
        fmt::format("not valid YAML: the apostrophe after '{}' ends the single-quoted text early{}",
                    clipped(line.substr(open + 1, close - open - 1), 40), note);
    if (end == std::string_view::npos) {
      return SyntaxExplanation{
          message, "an apostrophe inside single quotes ends the text: write it twice ('') or use double quotes"};
    }
    std::string doubled;
    const std::string_view text = line.substr(open + 1, end - open - 1);
    for (std::size_t k = 0; k < text.size(); ++k) {
      doubled += text[k];
      if (text[k] != '\'') continue;
      if (k + 1 < text.size() && text[k + 1] == '\'') {
        doubled += text[++k];  // already written twice
      } else {
        doubled += '\'';
      }
    }
    return SyntaxExplanation{
        message,
        fmt::format("an apostrophe inside single quotes ends the text: write it twice ('{}') or use double quotes",
                    clipped(doubled, 60))};
  }
  return {};
}

}  // namespace

std::string quoted_suggestion(std::string_view text) { return yaml_double_quoted(clipped(text, 60)); }

std::optional<SyntaxExplanation> explain_syntax_cause(std::string_view line, std::size_t at,
                                                      const std::string& parser_message) {
  if (auto apostrophe = apostrophe_in_single_quotes(line, at, parser_message)) return apostrophe;
  if (auto colon = colon_in_plain_text(line, at, parser_message)) return colon;
  return colon_in_flow_text(line, at, parser_message);
}

SyntaxExplanation explain_syntax_error(const std::string& parser_message) {
  struct Known {
    std::string_view starts_with;
    std::string_view message;
    std::string_view hint;
  };
  static constexpr Known known[] = {
      {"illegal map value", "a 'key: value' pair is not allowed here",
       "check the indentation of this line and the one above; text containing ': ' needs quotes"},
      {"end of map not found", "a mapping is not closed where it should be",
       "check the indentation: every key of one mapping must start in the same column"},
      {"end of sequence not found", "a list is not closed where it should be",
       "check the indentation of the '- ' items in this list"},
      {"end of map flow not found", "a '{' has no matching '}'", "add the missing '}' or remove the '{'"},
      {"end of sequence flow not found", "a '[' has no matching ']'", "add the missing ']' or remove the '['"},
      {"unknown escape character", "a backslash in double-quoted text starts an unknown escape",
       "use single quotes, or write the backslash twice (\\\\)"},
      {"illegal EOF in scalar", "quoted text is not closed before the end of the file",
       "add the closing quote"},
      {"illegal tab", "this line is indented with a tab", "indent with spaces; YAML does not allow tabs there"},
      {"illegal block entry", "a '- ' list item is not allowed here", "check the indentation of this list item"},
      {"block sequence entries are not allowed", "a '- ' list item is not allowed here",
       "put the list on its own lines, indented under its key"},
      {"illegal map key", "a key is not allowed here", "check the indentation and brackets around this line"},
      {"illegal flow end", "a closing ']' or '}' has no opening bracket", "remove it or add the opening bracket"},
      {"the referenced anchor is not defined", "an alias (*name) refers to an anchor (&name) that is not defined before it",
       "define the anchor before its first use, or fix the name"},
      {"unknown token", "this text cannot start a YAML value", "check for stray characters, or quote the value"},
      {"deep recursion", "the file nests too deeply to be a pathway", "flatten the nesting"},
  };
  for (const auto& entry : known) {
    if (std::string_view(parser_message).starts_with(entry.starts_with)) {
      return {fmt::format("not valid YAML: {} (parser: {})", entry.message, parser_message), std::string(entry.hint)};
    }
  }
  return {fmt::format("not valid YAML: {}", parser_message), "fix the YAML syntax at this spot"};
}

}  // namespace msklint
