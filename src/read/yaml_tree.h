#pragma once

// A located YAML tree built from yaml-cpp's event API rather than YAML::Load:
// aliases stay aliases (no exponential expansion), every node keeps its own
// position, duplicate keys are seen, and only the first document is built.

#include <algorithm>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "read/limits.h"
#include "read/source.h"

namespace msklint {

// Members are ordered so a node takes 48 bytes: a pathway of 100,000
// services has about five million of them.
struct YamlNode {
  enum class Kind : unsigned char { null, scalar, sequence, mapping, alias };
  Kind kind = Kind::null;
  bool quoted = false;        // scalar was written in quotes (so "true" is text)
  int alias_of = -1;          // alias: index of the anchored node
  Location at;
  // Scalar text, kept in the tree's text store (YamlTree::keep): a string
  // each cost 32 bytes and, past 15 characters, an allocation of its own.
  std::string_view value;
  // Sequence items; mapping keys and values interleaved. A view into the
  // tree's one list of children: a vector per collection cost an allocation each.
  std::span<const int> children;
};

class YamlTree {
 public:
  int root = -1;  // -1: no document
  std::vector<int> child_lists;  // what the nodes' `children` view, back to back
  bool has_anchors = false;      // an &anchor is defined: aliases may lead back to any earlier node

  YamlTree() = default;
  // Moving keeps nodes and views where they are; a copy would point into the original.
  YamlTree(YamlTree&&) = default;
  YamlTree& operator=(YamlTree&&) = default;
  YamlTree(const YamlTree&) = delete;
  YamlTree& operator=(const YamlTree&) = delete;

  const YamlNode& node(int index) const { return chunks_[chunk_of(index)][slot_of(index)]; }
  YamlNode& node(int index) { return chunks_[chunk_of(index)][slot_of(index)]; }
  int size() const { return size_; }

  // Frees the nodes before `index`, whole chunks at a time, for a reader
  // that has finished with them; nothing when the tree has anchors. A freed
  // node must not be read again.
  void release_before(int index) {
    if (has_anchors) return;
    const auto before = static_cast<std::size_t>(index) / chunk_size;  // chunks wholly before `index`
    for (; released_ < before && released_ < chunks_.size(); ++released_) {
      std::vector<YamlNode>().swap(chunks_[released_]);
    }
  }

  // A copy of `text` that lives as long as the tree (moves included), for
  // scalar values. Texts are packed into large blocks, never moved.
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > text_block_size / 4) {  // a long text gets a block of its own
      text_blocks_.push_back(std::make_unique_for_overwrite<char[]>(text.size()));
      std::copy(text.begin(), text.end(), text_blocks_.back().get());
      return {text_blocks_.back().get(), text.size()};
    }
    if (text_next_ == nullptr || text_room_ < text.size()) {
      // A new block; the last one's unused end (under a quarter) is left.
      text_blocks_.push_back(std::make_unique_for_overwrite<char[]>(text_block_size));
      text_next_ = text_blocks_.back().get();
      text_room_ = text_block_size;
    }
    char* const start = text_next_;
    std::copy(text.begin(), text.end(), start);
    text_next_ += text.size();
    text_room_ -= text.size();
    return {start, text.size()};
  }

  // A new node at the end, default-initialised.
  YamlNode& add() {
    if (chunks_.empty() || chunks_.back().size() == chunk_size) chunks_.emplace_back().reserve(chunk_size);
    ++size_;
    return chunks_.back().emplace_back();
  }

 private:
  // Nodes live in fixed-size chunks, so they never move: one vector grown by
  // doubling copied every node again and briefly held twice the memory.
  static constexpr std::size_t chunk_size = 1024;
  static std::size_t chunk_of(int index) { return static_cast<std::size_t>(index) / chunk_size; }
  static std::size_t slot_of(int index) { return static_cast<std::size_t>(index) % chunk_size; }

  std::vector<std::vector<YamlNode>> chunks_;
  static constexpr std::size_t text_block_size = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> text_blocks_;
  char* text_next_ = nullptr;  // where the next short text goes, in the newest block of short texts
  std::size_t text_room_ = 0;  // bytes left there
  std::size_t released_ = 0;  // chunks freed by release_before
  int size_ = 0;
};

struct ParsedYaml {
  YamlTree tree;
  Findings problems;  // yaml-syntax, duplicate-key, multiple-documents, empty-file, limit-exceeded
};

// Parses the first YAML document of `source`. Never throws on bad input.
ParsedYaml parse_yaml(const SourceText& source, const Limits& limits);

// Plain-words explanation of a yaml-cpp parser message, with a hint.
struct SyntaxExplanation {
  std::string message;
  std::string hint;
};
SyntaxExplanation explain_syntax_error(const std::string& parser_message);

}  // namespace msklint
