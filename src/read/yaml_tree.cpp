#include "read/yaml_tree.h"

#include <algorithm>
#include <istream>
#include <optional>
#include <streambuf>
#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "read/first_seen.h"

namespace msklint {

namespace {

// An istream over bytes we already hold, without copying them.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(const std::string& bytes) {
    char* begin = const_cast<char*>(bytes.data());  // read-only use: streambuf wants char*
    setg(begin, begin, begin + bytes.size());
  }
};

struct TooDeep {
  YAML::Mark mark;
};

struct UnclosedQuote {
  YAML::Mark mark;
};

// yaml-cpp 0.7 accepts a quoted scalar that runs to the end of the file
// without its closing quote; check that the quote opened at `offset` (if one
// is) closes. Each scan stops at its own closing quote, so the total is linear.
bool quote_is_closed(std::string_view bytes, std::size_t offset) {
  if (offset >= bytes.size()) return true;
  const char quote = bytes[offset];
  if (quote != '"' && quote != '\'') return true;  // a block scalar, or a tagged/anchored value
  for (std::size_t i = offset + 1; i < bytes.size(); ++i) {
    if (quote == '"' && bytes[i] == '\\') {
      ++i;
    } else if (bytes[i] == quote) {
      if (quote == '\'' && i + 1 < bytes.size() && bytes[i + 1] == '\'') {
        ++i;  // '' is an escaped single quote
      } else {
        return true;
      }
    }
  }
  return false;
}

// A block scalar ('|' or '>') is marked at its indicator, after any anchor
// or tag, but its text starts on a later line: returns the offset of the
// first character of that text, so findings point at the words and not at
// '>-'. Any other scalar, and a block scalar with no text, keeps `offset`.
// Scans the header and the blank lines before the text, which all belong to
// this scalar: linear in the file overall.
std::size_t block_scalar_text(std::string_view bytes, std::size_t offset, std::string_view value) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  std::size_t i = offset;
  while (i < bytes.size() && (bytes[i] == '&' || bytes[i] == '!')) {  // properties: &anchor, !tag
    while (i < bytes.size() && !blank(bytes[i]) && bytes[i] != '\n') ++i;
    while (i < bytes.size() && blank(bytes[i])) ++i;
  }
  if (i >= bytes.size() || (bytes[i] != '|' && bytes[i] != '>')) return offset;  // a plain or quoted scalar
  if (value.find_first_not_of(" \t\r\n") == std::string_view::npos) return offset;  // no text to point at
  for (i = bytes.find('\n', i); i != std::string_view::npos && i < bytes.size(); i = bytes.find('\n', i)) {
    ++i;
    while (i < bytes.size() && blank(bytes[i])) ++i;
    if (i < bytes.size() && bytes[i] != '\n') return i;
  }
  return offset;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceText& source, const Limits& limits, YamlTree& tree, Findings& problems)
      : source_(source), limits_(limits), tree_(tree), problems_(problems) {}

  YAML::Mark document_start;

  void OnDocumentStart(const YAML::Mark& mark) override { document_start = mark; }
  void OnDocumentEnd() override {}

  // Where the document's root is an empty value, if it is.
  std::size_t root_null_offset = static_cast<std::size_t>(-1);

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (open_.empty()) root_null_offset = static_cast<std::size_t>(mark.pos);
    add(YamlNode::Kind::null, mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const int index = add(YamlNode::Kind::alias, mark, 0);
    if (anchor < anchors_.size()) tree_.node(index).alias_of = anchors_[anchor];
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (tag == "!" && !quote_is_closed(source_.bytes(), static_cast<std::size_t>(mark.pos))) throw UnclosedQuote{mark};
    const int index = add(YamlNode::Kind::scalar, mark, anchor);
    YamlNode& node = tree_.node(index);
    if (const std::size_t text = block_scalar_text(source_.bytes(), static_cast<std::size_t>(mark.pos), value);
        text != static_cast<std::size_t>(mark.pos)) {
      node.at = locator_.at(text);
    }
    node.value = tree_.keep_text(index, value);
    node.quoted = tag == "!";  // yaml-cpp tags quoted scalars "!" and plain ones "?"
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(add(YamlNode::Kind::sequence, mark, anchor), mark);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(add(YamlNode::Kind::mapping, mark, anchor), mark);
  }
  void OnMapEnd() override {
    report_duplicate_keys();
    close();
  }

 private:
  // A collection being read: its children so far are pending_[first...].
  struct Open {
    int node;
    std::size_t first;
  };

  int add(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    const int index = tree_.size();
    YamlNode& node = tree_.add();
    node.kind = kind;
    node.at = locator_.at(static_cast<std::size_t>(mark.pos));
    if (anchor != YAML::NullAnchor) {
      tree_.has_anchors = true;
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, -1);
      anchors_[anchor] = index;
    }
    if (open_.empty()) {
      tree_.root = index;
    } else {
      pending_.push_back(index);
    }
    return index;
  }

  void open(int index, const YAML::Mark& mark) {
    if (static_cast<int>(open_.size()) >= limits_.max_depth) throw TooDeep{mark};
    open_.push_back({index, pending_.size()});
  }

  // Children are collected on one stack while their collection is open, then
  // kept by the tree in one piece.
  void close() {
    const Open done = open_.back();
    open_.pop_back();
    tree_.node(done.node).children = tree_.keep_children(std::span<const int>(pending_).subspan(done.first));
    pending_.resize(done.first);
  }

  // The keys of the mapping being closed, checked while its children are on the stack.
  void report_duplicate_keys() {
    const std::span<const int> keys_and_values(pending_.begin() + static_cast<std::ptrdiff_t>(open_.back().first),
                                               pending_.end());
    auto key_at = [&](std::size_t i) -> const YamlNode& {
      return tree_.node(keys_and_values[i]);
    };
    FirstSeen<std::size_t> first_at;
    for (std::size_t i = 0; i < keys_and_values.size(); i += 2) {
      const YamlNode& key = key_at(i);
      if (key.kind != YamlNode::Kind::scalar) continue;
      const std::size_t first = first_at.insert(key.value, i);
      if (first == i) continue;
      problems_.push_back(make_finding("duplicate-key", source_.path(), key.at, std::string(key.value),
                                       fmt::format("key '{}' is written twice in the same mapping (first at line {}); "
                                                   "msklint reads the first and ignores this one",
                                                   key.value, key_at(first).at.line),
                                       "keep one of the two entries, or merge them"));
    }
  }

  const SourceText& source_;
  const Limits& limits_;
  YamlTree& tree_;
  Findings& problems_;
  Locator locator_{source_};
  std::vector<Open> open_;
  std::vector<int> pending_;
  std::vector<int> anchors_;
};

// Sees a later document without keeping it; notes whether it holds anything
// (a trailing '---' with nothing after it is harmless).
class DocumentSkipper : public YAML::EventHandler {
 public:
  YAML::Mark start;
  bool has_content = false;
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { has_content = true; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {
    has_content = true;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    has_content = true;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    has_content = true;
  }
  void OnMapEnd() override {}
};

Finding problem(const SourceText& source, std::string rule, Location at, std::string message, std::string hint) {
  return make_finding(std::move(rule), source.path(), at, {}, std::move(message), std::move(hint));
}

Location location_of_mark(const SourceText& source, const YAML::Mark& mark) {
  if (mark.pos < 0) return {};
  return source.location_of(static_cast<std::size_t>(mark.pos));
}

bool is_blank_document(const YamlTree& tree) {
  return tree.root < 0 || tree.node(tree.root).kind == YamlNode::Kind::null;
}

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

// At most `most` characters of `text`, cut between characters, "..." when cut:
// a suggestion quotes the start of the text, not all of a long criterion.
std::string shortened(std::string_view text, std::size_t most = 60) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++characters > most) return fmt::format("{}...", text.substr(0, i));
  }
  return std::string(text);
}

std::string double_quoted(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + '"';
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
    return {fmt::format("not valid YAML: the text '{}' contains ': ', which YAML reads as a key{}", shortened(whole),
                        note),
            fmt::format("quote the text: {}", quoted_suggestion(whole))};
  }
  const std::string shown_key = shortened(key, 40);
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
                    shortened(line.substr(open + 1, close - open - 1), 40), note);
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
                    shortened(doubled))};
  }
  return {};
}

}  // namespace

std::string quoted_suggestion(std::string_view text) { return double_quoted(shortened(text)); }

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

ParsedYaml parse_yaml(const SourceText& source, const Limits& limits) {
  ParsedYaml parsed;
  ViewBuffer buffer(source.bytes());
  std::istream stream(&buffer);
  TreeBuilder builder(source, limits, parsed.tree, parsed.problems);
  bool got_document = false;
  try {
    YAML::Parser parser(stream);
    got_document = parser.HandleNextDocument(builder);
    if (got_document) {
      // Look for a second document, once; a document that does not advance
      // the stream is yaml-cpp looping on its own input (upstream issue 1040).
      DocumentSkipper skipper;
      if (parser.HandleNextDocument(skipper) && skipper.has_content &&
          skipper.start.pos > builder.document_start.pos) {
        parsed.problems.push_back(problem(
            source, "multiple-documents", location_of_mark(source, skipper.start),
            "the file holds more than one YAML document; msklint reads only the first",
            "put each pathway in its own file, or remove the '---' line that starts this document"));
      }
    }
  } catch (const TooDeep& too_deep) {
    parsed.tree = {};
    parsed.problems.push_back(problem(
        source, "limit-exceeded", location_of_mark(source, too_deep.mark),
        fmt::format("the YAML nests more than {} levels deep, far deeper than any pathway", limits.max_depth),
        "flatten the nesting, or raise the limit with --max-depth"));
    return parsed;
  } catch (const UnclosedQuote& unclosed) {
    parsed.tree = {};
    parsed.problems.push_back(problem(source, "yaml-syntax", location_of_mark(source, unclosed.mark),
                                      "not valid YAML: the quote opened here is never closed",
                                      "add the closing quote at the end of the text"));
    return parsed;
  } catch (const YAML::ParserException& error) {
    // A syntax error in the first document means the tree is incomplete; a
    // syntax error in a later one still leaves the first usable.
    const Location at = location_of_mark(source, error.mark);
    auto [message, hint] = explain_syntax_error(error.msg);
    // A commissioner's usual mistakes, told by the line itself: ': ' in
    // unquoted text, an apostrophe inside single quotes.
    if (const std::string_view line = source.line(at.line); !line.empty()) {
      // The line is a view into the bytes: where it starts gives the error's place in it.
      const auto line_start = static_cast<std::size_t>(line.data() - source.bytes().data());
      const auto offset = static_cast<std::size_t>(error.mark.pos);
      if (auto cause = explain_syntax_cause(line, offset >= line_start ? offset - line_start : 0, error.msg)) {
        message = std::move(cause->message);
        hint = std::move(cause->hint);
      }
    }
    // yaml-cpp often blames the next token when the real problem is a tab
    // used for indentation; say so when the line starts with one.
    if (const auto line = source.line(at.line); line.find_first_not_of(" \t") != std::string_view::npos &&
                                                line.substr(0, line.find_first_not_of(" \t")).find('\t') !=
                                                    std::string_view::npos) {
      message = fmt::format("not valid YAML: this line is indented with a tab (parser: {})", error.msg);
      hint = "indent with spaces; YAML does not allow tabs for indentation";
    }
    parsed.problems.push_back(problem(source, "yaml-syntax", at, std::move(message), std::move(hint)));
    if (!got_document || is_blank_document(parsed.tree)) parsed.tree = {};
    return parsed;
  } catch (const YAML::Exception& error) {
    parsed.problems.push_back(problem(source, "yaml-syntax", location_of_mark(source, error.mark),
                                      fmt::format("not valid YAML: {}", error.msg), "fix the YAML syntax at this spot"));
    parsed.tree = {};
    return parsed;
  }
  if (is_blank_document(parsed.tree)) {
    parsed.tree = {};
    // yaml-cpp reads a stray flow ',' as an empty document (and LoadAll loops
    // on it forever, upstream issue 1040): that is broken YAML, not an empty file.
    if (builder.root_null_offset < source.bytes().size() && source.bytes()[builder.root_null_offset] == ',') {
      parsed.problems.push_back(problem(source, "yaml-syntax", source.location_of(builder.root_null_offset),
                                        "not valid YAML: a ',' cannot start a YAML value",
                                        "remove the stray ',', or quote the text"));
      return parsed;
    }
    parsed.problems.push_back(problem(source, "empty-file", {1, 1}, "the file is empty: it holds no pathway",
                                      "write a pathway ('msklint new NAME' writes a starter), or remove the file"));
  }
  return parsed;
}

}  // namespace msklint
