#pragma once

// A located YAML tree built from yaml-cpp's event API rather than YAML::Load:
// aliases stay aliases (no exponential expansion), every node keeps its own
// position, duplicate keys are seen, and only the first document is built.

#include <algorithm>
#include <cstddef>
#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/finding_budget.h"
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
  // tree's store (YamlTree::keep): a vector per collection cost an allocation each.
  std::span<const int> children;
};

// Copies of many small arrays packed into large blocks that never move, so a
// view of a copy stays valid; an array longer than a quarter of a block gets
// a block of its own. (One vector grown by doubling held up to three times
// its contents while it grew.) Each copy names the last node that needs it,
// so blocks can be freed in order once the reader is past them.
template <class T>
class BlockStore {
 public:
  std::span<const T> keep(std::span<const T> items, int needed_until) {
    if (items.empty()) return {};
    if (items.size() > block_size / 4) {  // compared with the largest block, so a long text never waits for growth
      blocks_.push_back({std::make_unique_for_overwrite<T[]>(items.size()), items.size(), false, needed_until});
      std::copy(items.begin(), items.end(), blocks_.back().items.get());
      return {blocks_.back().items.get(), items.size()};
    }
    if (shared_ == nullptr || room_ < items.size()) {
      // The last shared block's end is left unused. Blocks start small, as
      // most files are small, and double up to block_size.
      next_size_ = std::max(items.size(), std::min(block_size, next_size_ == 0 ? first_block_size : next_size_ * 2));
      blocks_.push_back({std::make_unique_for_overwrite<T[]>(next_size_), next_size_, true, needed_until});
      shared_ = &blocks_.back();
      next_ = shared_->items.get();
      room_ = next_size_;
    }
    shared_->needed_until = std::max(shared_->needed_until, needed_until);
    T* const start = next_;
    std::copy(items.begin(), items.end(), start);
    next_ += items.size();
    room_ -= items.size();
    return {start, items.size()};
  }

  // Frees the blocks, from the oldest on, that no node from `index` on needs
  // (never the shared block still being filled).
  void release_before(int index) {
    for (; released_ < blocks_.size(); ++released_) {
      Block& block = blocks_[released_];
      if (&block == shared_ || block.needed_until >= index) return;
      block.items.reset();
    }
  }

  // Where the next copy goes, to come back to with `rewind`.
  struct Mark {
    std::size_t blocks = 0;
    std::size_t next_size = 0;
    std::size_t shared = no_block;  // the index of the block being filled
    T* next = nullptr;
    std::size_t room = 0;
  };
  Mark mark() const {
    std::size_t shared = no_block;  // the newest block of short arrays, usually the last
    for (std::size_t i = blocks_.size(); i > 0 && shared_ != nullptr && shared == no_block; --i) {
      if (&blocks_[i - 1] == shared_) shared = i - 1;
    }
    return {blocks_.size(), next_size_, shared, next_, room_};
  }

  // Forgets every copy made since `at`. The newest block of short arrays
  // made since is kept and filled again, so a reader that rewinds after each
  // item of a list reuses the same memory rather than asking for more.
  void rewind(const Mark& at) {
    std::unique_ptr<T[]> reuse;
    std::size_t reuse_size = 0;
    for (std::size_t i = blocks_.size(); i > at.blocks; --i) {
      Block& block = blocks_[i - 1];
      if (!reuse && block.shared && block.items) {
        reuse = std::move(block.items);
        reuse_size = block.size;
      }
    }
    blocks_.resize(at.blocks);
    released_ = std::min(released_, blocks_.size());
    if (!reuse) {
      next_size_ = at.next_size;
      shared_ = at.shared == no_block ? nullptr : &blocks_[at.shared];
      next_ = at.next;
      room_ = at.room;
      return;
    }
    blocks_.push_back({std::move(reuse), reuse_size, true, -1});
    shared_ = &blocks_.back();
    next_ = shared_->items.get();
    room_ = next_size_ = reuse_size;
  }

 private:
  static constexpr std::size_t no_block = static_cast<std::size_t>(-1);
  struct Block {
    std::unique_ptr<T[]> items;
    std::size_t size;
    bool shared;       // holds short arrays (else one long one)
    int needed_until;  // the last node index whose view points into the block
  };
  static constexpr std::size_t block_size = 256 * 1024 / sizeof(T);
  static constexpr std::size_t first_block_size = 4 * 1024 / sizeof(T);
  std::size_t next_size_ = 0;    // the size of the newest shared block
  std::deque<Block> blocks_;     // a deque: adding a block leaves `shared_` valid
  Block* shared_ = nullptr;      // the newest block of short arrays
  T* next_ = nullptr;            // where the next short array goes in it
  std::size_t room_ = 0;         // items left there
  std::size_t released_ = 0;     // blocks before this are freed
};

class YamlTree {
 public:
  int root = -1;  // -1: no document
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
  // Room for nodes held now, used or not (the chunks and the spare).
  std::size_t nodes_reserved() const {
    std::size_t reserved = spare_.capacity();
    for (const std::vector<YamlNode>& chunk : chunks_) reserved += chunk.capacity();
    return reserved;
  }

  // Frees the nodes before `index`, whole chunks at a time, with the text and
  // children only they view, for a reader that has finished with them;
  // nothing when the tree has anchors. A freed node must not be read again.
  void release_before(int index) {
    if (has_anchors) return;
    const std::size_t before = chunk_of(index);  // chunks wholly before `index`
    for (; released_ < before && released_ < chunks_.size(); ++released_) {
      std::vector<YamlNode>().swap(chunks_[released_]);
    }
    text_.release_before(index);
    children_.release_before(index);
  }

  // Copies that live as long as the tree (moves included), until released:
  // the text of scalar `node`, and the children of a complete collection,
  // needed until its last child is read.
  std::string_view keep_text(int node, std::string_view text) {
    const std::span<const char> kept = text_.keep(text, node);
    return {kept.data(), kept.size()};
  }
  std::span<const int> keep_children(std::span<const int> children) {
    return children_.keep(children, children.empty() ? -1 : children.back());
  }

  // A new node at the end, default-initialised.
  YamlNode& add() {
    const std::size_t full = chunks_.size() == 1 ? first_chunk_size : chunk_size;
    if (chunks_.empty() || chunks_.back().size() == full) {
      if (!chunks_.empty() && spare_.capacity() == chunk_size) {
        chunks_.push_back(std::move(spare_));
        spare_ = {};
      } else {
        // Sized before it is added: asked after, every first chunk was a
        // mapped 192 KB, mapped and unmapped again for each small file.
        std::vector<YamlNode> chunk;
        chunk.reserve(chunks_.empty() ? first_chunk_size : chunk_size);
        chunks_.push_back(std::move(chunk));
      }
    }
    ++size_;
    return chunks_.back().emplace_back();
  }

  // The tree as it is now, to come back to with `rewind`.
  struct Mark {
    int size = 0;
    BlockStore<char>::Mark text;
    BlockStore<int>::Mark children;
  };
  Mark mark() const { return {size_, text_.mark(), children_.mark()}; }

  // Forgets every node added since `at`, with its text and children, and
  // reuses their memory for the next ones. No node kept may view them.
  void rewind(const Mark& at) {
    const std::size_t keep_chunks = at.size == 0 ? 0 : chunk_of(at.size - 1) + 1;
    if (chunks_.size() > keep_chunks) {
      std::vector<YamlNode>& last = chunks_.back();
      if (chunks_.size() - 1 > 0 && last.capacity() == chunk_size) {
        last.clear();
        spare_ = std::move(last);
      }
      chunks_.resize(keep_chunks);
    }
    if (keep_chunks > 0) chunks_.back().resize(slot_of(at.size - 1) + 1);
    released_ = std::min(released_, chunks_.size());
    size_ = at.size;
    text_.rewind(at.text);
    children_.rewind(at.children);
  }

 private:
  // Nodes live in chunks, so they never move: one vector grown by
  // doubling copied every node again and briefly held twice the memory.
  // The first chunk is small enough (96 KB) for malloc to serve from the heap,
  // which a small file needs no more; the rest are large enough (192 KB) to be
  // mapped and unmapped whole (main.cpp fixes the threshold), so a large
  // file's freed chunks go back to the system.
  static constexpr std::size_t first_chunk_size = 2048;
  static constexpr std::size_t chunk_size = 4096;
  static std::size_t chunk_of(int index) {
    const auto at = static_cast<std::size_t>(index);
    return at < first_chunk_size ? 0 : 1 + (at - first_chunk_size) / chunk_size;
  }
  static std::size_t slot_of(int index) {
    const auto at = static_cast<std::size_t>(index);
    return at < first_chunk_size ? at : (at - first_chunk_size) % chunk_size;
  }

  std::vector<std::vector<YamlNode>> chunks_;
  std::vector<YamlNode> spare_;  // a chunk emptied by rewind, for add to reuse
  BlockStore<char> text_;
  BlockStore<int> children_;
  std::size_t released_ = 0;  // chunks freed by release_before
  int size_ = 0;
};

struct ParsedYaml {
  YamlTree tree;
  Findings problems;  // yaml-syntax, duplicate-key, multiple-documents, empty-file, limit-exceeded
  // Findings past Limits::max_findings_per_rule (duplicate keys), counted but not made.
  LeftOutFindings left_out;
};

// Parses the first YAML document of `source`. Never throws on bad input.
ParsedYaml parse_yaml(const SourceText& source, const Limits& limits);

// Told of the items of a list at the top of the file as the parser completes
// them, so that a reader can read them and the tree reuse their nodes for the
// next: a pathway's services and routes are then never all held as a tree
// (read_pathway_file). Items are handed over in order, in batches of about
// `streamed_batch_nodes` nodes (one item at a time kept evicting the parser's
// code and the reader's from the processor's instruction cache).
inline constexpr int streamed_batch_nodes = 1024;  // well inside the tree's first chunk

class ItemListener {
 public:
  virtual ~ItemListener() = default;
  // A list starts as the value of `key` in the root mapping, after the root's
  // entries `earlier` (keys and values interleaved, all complete). Returns
  // whether its items go to `item` instead of becoming the list's children.
  virtual bool stream_list(std::span<const int> earlier, int key, int list) = 0;
  // An item of a streamed list, complete.
  virtual void item(int list, int child) = 0;
  // The nodes from `first` on are to be reused: anything remembered by
  // their index must be forgotten.
  virtual void forget_from(int first) = 0;
};

// parse_yaml into `parsed`, telling `listener` of the lists it streams. An
// item's nodes are reused unless the item defines an anchor (a later alias
// may lead back to it). When `parsed.tree.root` is -1 afterwards the
// document could not be read, and what the listener was told is void.
void parse_yaml(const SourceText& source, const Limits& limits, ItemListener& listener, ParsedYaml& parsed);

}  // namespace msklint
