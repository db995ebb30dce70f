#include "read/yaml_tree.h"

#include <algorithm>
#include <cstring>
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
#include "read/yaml_mistakes.h"

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
  // From quote to quote with memchr, many bytes at a time: every quoted
  // scalar of every file is looked at again here.
  const char* const data = bytes.data();
  for (std::size_t from = offset + 1; from < bytes.size();) {
    const auto* found = static_cast<const char*>(std::memchr(data + from, quote, bytes.size() - from));
    if (found == nullptr) return false;
    const auto at = static_cast<std::size_t>(found - data);
    if (quote == '"') {
      // Escaped by an odd run of backslashes before it ("\\" is one backslash).
      std::size_t backslashes = 0;
      while (at - backslashes > offset + 1 && data[at - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return true;
      from = at + 1;
    } else if (at + 1 < bytes.size() && data[at + 1] == '\'') {
      from = at + 2;  // '' is an escaped single quote
    } else {
      return true;
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
  TreeBuilder(const SourceText& source, const Limits& limits, YamlTree& tree, Findings& problems,
              LeftOutFindings& left_out, ItemListener* listener)
      : source_(source), limits_(limits), tree_(tree), problems_(problems),
        budget_(limits.max_findings_per_rule, left_out), listener_(listener) {}

  YAML::Mark document_start;

  void OnDocumentStart(const YAML::Mark& mark) override { document_start = mark; }
  void OnDocumentEnd() override {}

  // Where the document's root is an empty value, if it is.
  std::size_t root_null_offset = static_cast<std::size_t>(-1);

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (open_.empty()) root_null_offset = static_cast<std::size_t>(mark.pos);
    finish_if_item(add(YamlNode::Kind::null, mark, anchor));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const int index = add(YamlNode::Kind::alias, mark, YAML::NullAnchor);
    if (anchor < anchors_.size()) tree_.node(index).alias_of = anchors_[anchor];
    finish_if_item(index);
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
    finish_if_item(index);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    const int index = add(YamlNode::Kind::sequence, mark, anchor);
    // A list written as a value of the root mapping, neither of them
    // anchored (no alias may lead to them while they are incomplete): the
    // listener may take its items.
    const bool may_stream = listener_ != nullptr && anchor == YAML::NullAnchor && !root_anchored_ && streamed_list_ < 0 &&
                            open_.size() == 1 && tree_.node(open_.front().node).kind == YamlNode::Kind::mapping &&
                            (pending_.size() - open_.front().first) % 2 == 0;
    open(index, mark);
    if (may_stream) {
      const std::span<const int> entries = std::span<const int>(pending_).subspan(open_.front().first);
      if (listener_->stream_list(entries.first(entries.size() - 2), entries[entries.size() - 2], index)) {
        streamed_list_ = index;
      }
    }
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
    // An item of a streamed list is read when complete, not kept as a child.
    const bool starts_item = streamed_list_ >= 0 && open_.back().node == streamed_list_;
    if (starts_item && ready_.empty()) {
      batch_start_ = tree_.mark();
      anchors_before_batch_ = anchors_defined_;
    }
    const int index = tree_.size();
    YamlNode& node = tree_.add();
    node.kind = kind;
    node.at = locator_.at(static_cast<std::size_t>(mark.pos));
    if (anchor != YAML::NullAnchor) {
      tree_.has_anchors = true;
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, -1);
      anchors_[anchor] = index;
      ++anchors_defined_;
    }
    if (open_.empty()) {
      tree_.root = index;
      root_anchored_ = anchor != YAML::NullAnchor;
    } else if (!starts_item) {
      pending_.push_back(index);
    }
    return index;
  }

  // A complete item of the streamed list waits for the listener with the
  // ones before it. Items are handed over a batch at a time: parsing one item,
  // then reading it, then parsing the next had 9 times the parse floor's
  // instruction-cache misses (half as many in batches); a batch is bounded by
  // its nodes, so its memory is too.
  void finish_if_item(int index) {
    if (streamed_list_ < 0 || open_.empty() || open_.back().node != streamed_list_) return;
    ready_.push_back(index);
    if (tree_.size() - batch_start_.size >= streamed_batch_nodes) give_ready_items();
  }

  // Gives the waiting items to the listener, then reuses their nodes, unless
  // one of them defines an anchor (a later alias may lead to it).
  void give_ready_items() {
    for (const int item : ready_) listener_->item(streamed_list_, item);
    if (ready_.empty()) return;
    ready_.clear();
    if (anchors_defined_ == anchors_before_batch_) {
      listener_->forget_from(batch_start_.size);
      tree_.rewind(batch_start_);
    }
  }

  void open(int index, const YAML::Mark& mark) {
    if (static_cast<int>(open_.size()) >= limits_.max_depth) throw TooDeep{mark};
    open_.push_back({index, pending_.size()});
  }

  // Children are collected on one stack while their collection is open, then
  // kept by the tree in one piece.
  void close() {
    if (open_.back().node == streamed_list_) give_ready_items();
    const Open done = open_.back();
    open_.pop_back();
    tree_.node(done.node).children = tree_.keep_children(std::span<const int>(pending_).subspan(done.first));
    pending_.resize(done.first);
    if (done.node == streamed_list_) {
      streamed_list_ = -1;
    } else {
      finish_if_item(done.node);
    }
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
      // A key written as an alias (*k : value) is the anchored scalar's text,
      // as the reader reads it: a duplicate either way.
      const YamlNode& named =
          key.kind == YamlNode::Kind::alias && key.alias_of >= 0 ? tree_.node(key.alias_of) : key;
      if (named.kind != YamlNode::Kind::scalar) continue;
      const std::size_t first = first_at.insert(named.value, i);
      if (first == i) continue;
      if (!budget_.admit("duplicate-key", key.at)) continue;
      problems_.push_back(make_finding("duplicate-key", source_.path(), key.at, std::string(named.value),
                                       fmt::format("key '{}' is written twice in the same mapping (first at line {}); "
                                                   "msklint reads the first and ignores this one",
                                                   named.value, key_at(first).at.line),
                                       "keep one of the two entries, or merge them"));
    }
  }

  const SourceText& source_;
  const Limits& limits_;
  YamlTree& tree_;
  Findings& problems_;
  FindingBudget budget_;
  Locator locator_{source_};
  std::vector<Open> open_;
  std::vector<int> pending_;
  std::vector<int> anchors_;
  ItemListener* listener_;
  bool root_anchored_ = false;
  int streamed_list_ = -1;            // the list whose items go to the listener, while it is open
  std::vector<int> ready_;            // complete items of the streamed list, not yet given
  YamlTree::Mark batch_start_;        // the tree before the first of them
  std::size_t anchors_defined_ = 0;
  std::size_t anchors_before_batch_ = 0;
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

void parse_into(const SourceText& source, const Limits& limits, ItemListener* listener, ParsedYaml& parsed) {
  ViewBuffer buffer(source.bytes());
  std::istream stream(&buffer);
  TreeBuilder builder(source, limits, parsed.tree, parsed.problems, parsed.left_out, listener);
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
    return;
  } catch (const UnclosedQuote& unclosed) {
    parsed.tree = {};
    parsed.problems.push_back(problem(source, "yaml-syntax", location_of_mark(source, unclosed.mark),
                                      "not valid YAML: the quote opened here is never closed",
                                      "add the closing quote at the end of the text"));
    return;
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
    return;
  } catch (const YAML::Exception& error) {
    parsed.problems.push_back(problem(source, "yaml-syntax", location_of_mark(source, error.mark),
                                      fmt::format("not valid YAML: {}", error.msg), "fix the YAML syntax at this spot"));
    parsed.tree = {};
    return;
  }
  if (is_blank_document(parsed.tree)) {
    parsed.tree = {};
    // yaml-cpp reads a stray flow ',' as an empty document (and LoadAll loops
    // on it forever, upstream issue 1040): that is broken YAML, not an empty file.
    if (builder.root_null_offset < source.bytes().size() && source.bytes()[builder.root_null_offset] == ',') {
      parsed.problems.push_back(problem(source, "yaml-syntax", source.location_of(builder.root_null_offset),
                                        "not valid YAML: a ',' cannot start a YAML value",
                                        "remove the stray ',', or quote the text"));
      return;
    }
    parsed.problems.push_back(problem(source, "empty-file", {1, 1}, "the file is empty: it holds no pathway",
                                      "write a pathway ('msklint new NAME' writes a starter), or remove the file"));
  }
}

}  // namespace

ParsedYaml parse_yaml(const SourceText& source, const Limits& limits) {
  ParsedYaml parsed;
  parse_into(source, limits, nullptr, parsed);
  return parsed;
}

void parse_yaml(const SourceText& source, const Limits& limits, ItemListener& listener, ParsedYaml& parsed) {
  parse_into(source, limits, &listener, parsed);
}

}  // namespace msklint
