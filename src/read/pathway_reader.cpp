#include "read/pathway_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "read/first_seen.h"
#include "read/format.h"
#include "read/values.h"
#include "read/yaml_mistakes.h"
#include "text/criterion_reading.h"
#include "util/did_you_mean.h"
#include "util/huge_pages.h"
#include "util/utf8.h"

namespace msklint {

namespace {

using format::KeySpec;
using format::ObjectSpec;
using format::ValueType;
using Kind = YamlNode::Kind;

// "a service", "an access".
std::string with_article(std::string_view noun) {
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::null: return "empty";
    case Kind::scalar: return "a single value";
    case Kind::sequence: return "a list";
    case Kind::mapping: return "a mapping";
    case Kind::alias: return "an alias";
  }
  return "a value";
}

// Who a problem is about: id() goes in the finding's subject field ("gp",
// "gp -> physio", "pathway"); label() starts its message ("service 'gp'").
// A service's or a route's are written out only when a problem is reported:
// most have none, and two strings made for every route cost more than
// reading it.
class Subject {
 public:
  constexpr Subject() = default;
  constexpr Subject(std::string_view id, std::string_view label) : id_(id), label_(label) {}
  static Subject of_service(const Service& service) {
    Subject subject;
    subject.service_ = &service;
    return subject;
  }
  static Subject of_route(const Route& route) {
    Subject subject;
    subject.route_ = &route;
    return subject;
  }

  std::string id() const {
    if (service_ != nullptr) return service_->id.value;
    if (route_ != nullptr) return route_subject(*route_);
    return std::string(id_);
  }
  std::string label() const {
    if (service_ != nullptr) return fmt::format("service '{}'", service_->id.value);
    if (route_ != nullptr) return "route " + route_subject(*route_);
    return std::string(label_);
  }

 private:
  std::string_view id_;
  std::string_view label_;
  const Service* service_ = nullptr;
  const Route* route_ = nullptr;
};

const Subject file_subject{};
const Subject pathway_subject{"pathway", "pathway"};
const Subject system_subject{"system", "system"};

// YAML's merge key, "<<: *defaults", unquoted ("'<<'" is an ordinary key).
bool is_merge_key(const YamlNode& key) { return key.kind == YamlNode::Kind::scalar && key.value == "<<" && !key.quoted; }

struct Entry {
  int key = -1;
  int value = -1;
};

// The entries of one mapping. Services and routes have a few keys each, held
// here without an allocation (two vectors a mapping were a third of the
// reader's allocations); a longer mapping moves them all to the heap.
class EntryList {
 public:
  void push_back(Entry entry) {
    if (size_ < inline_.size()) {
      inline_[size_] = entry;
    } else {
      if (heap_.empty()) heap_.assign(inline_.begin(), inline_.end());
      heap_.push_back(entry);
    }
    ++size_;
  }
  const Entry* begin() const { return size_ <= inline_.size() ? inline_.data() : heap_.data(); }
  const Entry* end() const { return begin() + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  std::array<Entry, 16> inline_;
  std::vector<Entry> heap_;
  std::size_t size_ = 0;
};

class Reader : public ItemListener {
 public:
  // `spent`: the same tree, when its nodes may be freed as they are read.
  Reader(const YamlTree& tree, const SourceText& source, const Limits& limits, Findings& problems,
         LeftOutFindings& left_out, YamlTree* spent = nullptr)
      : tree_(tree), source_(source), limits_(limits), problems_(problems), spent_(spent),
        left_out_(left_out), budget_(limits.max_findings_per_rule, left_out) {}

  void read_file(ReadPathway& out) {
    const int root = resolve(tree_.root);
    if (root < 0) return;
    if (node(root).kind != Kind::mapping) {
      report("schema", node(root).at, {},
             fmt::format("a pathway file must be a mapping with the keys 'pathway', 'services' and 'routes', "
                         "but this file holds {}",
                         kind_name(node(root).kind)),
             "start from the pathway 'msklint new NAME' writes");
      return;
    }
    // A system file is told apart by its top-level key; a file with both is
    // read as a pathway, whose format reports 'system' as unknown.
    if (find_entry(root, "system") && !find_entry(root, "pathway")) {
      out.system = read_system_file(root);
      return;
    }
    Pathway& pathway = out.pathway;
    const auto entries = checked_entries(root, format::top_level, file_subject);
    for (const auto& [key, value] : entries) {
      const std::string_view name = node(key).value;
      if (name == "pathway") {
        pathway.has_info = read_info(value, pathway.info);
      } else if (name == "services") {
        if (was_streamed(value)) continue;
        read_list(value, "services", "service", limits_.max_services,
                  [&](std::size_t count) { pathway.services.reserve(count); },
                  [&](int item) { read_service(item, pathway.services.emplace_back(), true); });
      } else if (name == "routes") {
        if (was_streamed(value)) continue;
        read_list(value, "routes", "route", limits_.max_routes,
                  [&](std::size_t count) { pathway.routes.reserve(count); },
                  [&](int item) { read_route(item, pathway.routes.emplace_back()); });
      }
    }
  }

  // Reads services and routes into `pathway` as the parser completes them
  // (parse_yaml with a listener), wherever reading the whole tree would read
  // the same items the same way; read_file then reads the rest.
  void stream_into(Pathway& pathway) { streamed_into_ = &pathway; }

  bool stream_list(std::span<const int> earlier, int key, int list) override {
    if (streamed_into_ == nullptr || node(key).kind != Kind::scalar) return false;
    const std::string_view name = node(key).value;
    if (name != "services" && name != "routes") return false;
    // read_file reads the first of a repeated key and lets merged keys give
    // way to written ones; a file without 'pathway' first may be a system file.
    bool is_pathway = false;
    for (std::size_t i = 0; i < earlier.size(); i += 2) {
      const int written = earlier[i];
      const YamlNode& earlier_key = node(written).kind == Kind::alias && node(written).alias_of >= 0
                                        ? node(node(written).alias_of)
                                        : node(written);
      if (earlier_key.kind != Kind::scalar) continue;
      if (earlier_key.value == name || is_merge_key(earlier_key)) return false;
      if (earlier_key.value == "pathway") is_pathway = true;
    }
    if (!is_pathway) return false;
    streamed_.push_back({list, name == "services"});
    // How many items come is not known yet: a guess from the file's size
    // saves growing by copying (which briefly holds the list twice). In a
    // large file the guess is generous, an item for every 16 bytes (a
    // service written '{id: s1, type: gp}' takes 20): a capacity never used
    // costs address space, not memory, as malloc maps it and the system gives
    // pages only when they are written. A small file's guess is near its
    // longer list (the examples spend 200 to 550 bytes on a service, 50 to 90
    // on a route), so its lists stay in the heap, reused file after file.
    const std::size_t bytes = source_.bytes().size();
    const std::size_t guess = bytes >= large_file ? bytes / 16 : bytes / 256;
    if (name == "services") {
      auto& services = streamed_into_->services;
      services.reserve(std::min(guess, limits_.max_services));
      prefer_huge_pages(services.data(), services.capacity() * sizeof(Service));
    }
    if (name == "routes") {
      auto& routes = streamed_into_->routes;
      routes.reserve(std::min(guess, limits_.max_routes));
      prefer_huge_pages(routes.data(), routes.capacity() * sizeof(Route));
    }
    return true;
  }

  void item(int list, int child) override {
    const auto streamed = std::find_if(streamed_.begin(), streamed_.end(),
                                       [&](const StreamedList& each) { return each.list == list; });
    if (streamed == streamed_.end()) return;
    if (streamed->services) {
      auto read_item = [&](int item) { read_service(item, streamed_into_->services.emplace_back(), true); };
      read_list_item(child, streamed->count, "services", "service", limits_.max_services, read_item);
    } else {
      auto read_item = [&](int item) { read_route(item, streamed_into_->routes.emplace_back()); };
      read_list_item(child, streamed->count, "routes", "route", limits_.max_routes, read_item);
    }
  }

  void forget_from(int first) override {
    std::erase_if(merged_cache_, [&](const auto& known) { return known.first >= first; });
    std::erase_if(values_under_, [&](const auto& known) { return known.first >= first; });
  }

 private:
  const YamlNode& node(int index) const { return tree_.node(index); }

  // A list whose items were read as they were parsed: read_file passes over
  // it, unless it had none (then it reads the empty list, and says so).
  bool was_streamed(int list) const {
    return std::any_of(streamed_.begin(), streamed_.end(),
                       [&](const StreamedList& each) { return each.list == list && each.count > 0; });
  }

  // While reading a value reached through an alias, model positions point at
  // the alias (where the value is used), so a repeat made with `*name` is
  // reported where it repeats. Problems inside the anchored original are still
  // reported once, where they are written.
  class AliasSite {
   public:
    AliasSite(Reader& reader, int index) : reader_(reader), saved_(reader.alias_site_) {
      if (!reader.alias_site_ && index >= 0 && reader.node(index).kind == Kind::alias) {
        reader.alias_site_ = reader.node(index).at;
      }
    }
    ~AliasSite() { reader_.alias_site_ = saved_; }
    AliasSite(const AliasSite&) = delete;
    AliasSite& operator=(const AliasSite&) = delete;

   private:
    Reader& reader_;
    std::optional<Location> saved_;
  };

  Location model_at(int index) const { return alias_site_ ? *alias_site_ : node(index).at; }

  // One finding per rule and place: a mistake inside a mapping merged into
  // several services ("<<: *defaults") is reported once, where it is written.
  void report(std::string rule, Location at, std::string subject, std::string message, std::string hint = {},
              std::optional<Severity> severity = std::nullopt) {
    if (!admit(rule, at)) return;
    add_problem(std::move(rule), at, std::move(subject), std::move(message), std::move(hint), severity);
  }

  // Makes a finding `admit` let through.
  void add_problem(std::string rule, Location at, std::string subject, std::string message, std::string hint = {},
                   std::optional<Severity> severity = std::nullopt) {
    problems_.push_back(make_finding(std::move(rule), source_.path(), at, std::move(subject), std::move(message),
                                     std::move(hint)));
    problems_.back().severity = severity;
  }

  // Whether a finding of `rule` at `at` is to be made: not when the same one
  // is already made, nor past the rule's budget (then it is only counted).
  bool admit(std::string_view rule, Location at) {
    if (!reported_.emplace(std::string(rule), at.line, at.column).second) return false;
    if (budget_.full(rule)) return take_place_of_latest(rule, at);
    return budget_.admit(rule, at);
  }

  // Past a rule's budget the findings made are the first in the file, in
  // whatever order they are read (a streamed reading reads the top-level
  // keys after the services and routes): a finding before the latest one
  // made takes its place, and that one is counted as left out instead.
  bool take_place_of_latest(std::string_view rule, Location at) {
    auto latest = latest_made_.find(rule);
    if (latest == latest_made_.end()) latest = latest_made_.emplace(std::string(rule), latest_made(rule)).first;
    const auto made = !(at < latest->second) ? problems_.end()
                                              : std::find_if(problems_.begin(), problems_.end(), [&](const Finding& finding) {
                                                  return finding.rule == rule && finding.at == latest->second;
                                                });
    if (made == problems_.end()) {
      left_out_.add(rule, at);
      return false;
    }
    left_out_.add(rule, made->at);
    problems_.erase(made);
    latest->second = std::max(latest_made(rule), at);
    return true;
  }

  Location latest_made(std::string_view rule) const {
    Location latest;
    for (const Finding& finding : problems_) {
      if (finding.rule == rule && latest < finding.at) latest = finding.at;
    }
    return latest;
  }

  // "service 'gp': " before a message, so every problem names its subject.
  static std::string prefix(const Subject& subject) {
    std::string label = subject.label();
    return label.empty() ? label : label + ": ";
  }

  // Follows an alias to the node it names. Each use counts the values it
  // brings (an alias to a list of 300 words counts 301), so that what aliases
  // make the reader read is bounded, not only how often they are written: an
  // alias bomb, or a long list aliased into every service, costs bounded work.
  // Returns -1 when there is nothing to read.
  int resolve(int index) {
    if (index < 0) return -1;
    if (node(index).kind != Kind::alias) return index;
    const int target = node(index).alias_of;
    alias_values_ += target >= 0 ? values_under(target) : 1;
    if (alias_values_ > limits_.max_alias_uses) {
      if (!alias_limit_reported_) {
        alias_limit_reported_ = true;
        report("limit-exceeded", node(index).at, {},
               fmt::format("aliases (*name) here bring in more than {} values in all; msklint stops following them "
                           "here",
                           limits_.max_alias_uses),
               "write the values out, or raise the limit with --max-alias-uses");
      }
      return -1;
    }
    return target;
  }

  // How many nodes a value holds, itself included (aliases inside count one:
  // they are counted when followed). Worked out once per anchored node,
  // without recursion.
  std::size_t values_under(int top) {
    if (const auto known = values_under_.find(top); known != values_under_.end()) return known->second;
    std::size_t count = 0;
    std::vector<int> pending{top};
    while (!pending.empty()) {
      const int index = pending.back();
      pending.pop_back();
      ++count;
      if (node(index).kind == Kind::sequence || node(index).kind == Kind::mapping) {
        pending.insert(pending.end(), node(index).children.begin(), node(index).children.end());
      }
    }
    values_under_.emplace(top, count);
    return count;
  }

  // The entries of a mapping merged somewhere, worked out once: a mapping
  // merged into 10,000 services (or at the end of a chain of merges) is read
  // once, not once per use.
  const std::vector<Entry>& merged_entries(int into, int mapping) {
    if (const auto known = merged_cache_.find(mapping); known != merged_cache_.end()) return known->second;
    merging_.push_back(into);
    const EntryList found = entries(mapping);
    merging_.pop_back();
    return merged_cache_.emplace(mapping, std::vector<Entry>(found.begin(), found.end())).first->second;
  }

  // The key/value pairs of a mapping, with YAML merge keys ("<<: *defaults")
  // applied: the mapping's own keys win over merged ones. Only the first '<<'
  // counts (a second is a duplicate key, reported by the parser as ignored).
  EntryList entries(int map) {
    EntryList own;
    std::vector<Entry> merged;
    bool merged_once = false;
    const auto& children = node(map).children;
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
      const int key = resolve(children[i]);
      if (key >= 0 && is_merge_key(node(key))) {
        if (!merged_once) merge_into(merged, map, children[i + 1]);
        merged_once = true;
        continue;
      }
      own.push_back({key, children[i + 1]});
    }
    if (merged.empty()) return own;  // no merge key: the usual case, and nothing to weigh
    std::unordered_set<std::string_view> own_keys;
    for (const Entry& entry : own) {
      if (entry.key >= 0) own_keys.insert(node(entry.key).value);
    }
    for (const Entry& entry : merged) {
      if (entry.key >= 0 && !own_keys.contains(node(entry.key).value)) own.push_back(entry);
    }
    return own;
  }

  // "<<: *a" merges one mapping, "<<: [*a, *b]" several, the earlier ones
  // winning; a merged mapping's own merge keys are followed too.
  void merge_into(std::vector<Entry>& merged, int into, int value_index) {
    const int source = resolve(value_index);
    if (source < 0) return;
    std::vector<int> sources;
    if (node(source).kind == Kind::mapping) sources.push_back(source);
    if (node(source).kind == Kind::sequence) {
      for (const int item : node(source).children) sources.push_back(resolve(item));
    }
    if (sources.empty()) {
      report("schema", node(value_index).at, {}, "a merge key '<<' must name a mapping (<<: *defaults) or a list of them");
    }
    std::unordered_set<std::string_view> seen;
    for (const Entry& entry : merged) seen.insert(node(entry.key).value);
    for (const int mapping : sources) {
      if (mapping < 0) continue;
      if (node(mapping).kind != Kind::mapping) {
        report("schema", node(mapping).at, {}, "a merge key '<<' can only merge mappings");
        continue;
      }
      // An alias to the mapping being built, or a chain of merges that comes
      // back to it, would never end.
      if (mapping == into || std::find(merging_.begin(), merging_.end(), mapping) != merging_.end()) {
        report("schema", node(value_index).at, {}, "a merge key '<<' cannot merge a mapping into itself");
        continue;
      }
      // Each merge nests a level: a chain of merges ("a2: {<<: *a1}",
      // "a3: {<<: *a2}", ...) is bounded like any nesting, so the input never
      // decides how deep the reader recurses, nor how much it redoes.
      if (merging_.size() >= static_cast<std::size_t>(limits_.max_depth)) {
        if (!merge_depth_reported_) {
          merge_depth_reported_ = true;
          report("limit-exceeded", node(value_index).at, {},
                 fmt::format("merge keys ('<<') here merge mappings that merge others more than {} deep; msklint "
                             "stops following them",
                             limits_.max_depth),
                 "write the shared values in one mapping merged where they are used, or raise the limit with "
                 "--max-depth");
        }
        continue;
      }
      for (const Entry& entry : merged_entries(into, mapping)) {
        if (entry.key >= 0 && seen.insert(node(entry.key).value).second) merged.push_back(entry);
      }
    }
  }

  // Entries whose keys are known for `spec`; reports unknown keys, keys that are
  // not plain text, later duplicates (already reported by the parser) and
  // missing required keys.
  EntryList checked_entries(int map, const ObjectSpec& spec, const Subject& subject) {
    EntryList known;
    // The format's keys by their place in spec.keys, a bit each: met, and
    // met with a value. Other keys are kept by name, to pass over repeats.
    std::uint64_t seen_keys = 0;
    std::uint64_t written_keys = 0;
    FirstSeen<int> seen_unknown;
    const EntryList all = entries(map);
    std::optional<std::set<std::string_view>> key_names;  // every key written, made when a fix needs it
    for (const Entry& entry : all) {
      if (entry.key < 0) continue;
      const YamlNode& key = node(entry.key);
      if (key.kind != Kind::scalar) {
        report("schema", key.at, subject.id(),
               fmt::format("{}keys of {} must be plain words, not {}", prefix(subject), with_article(spec.name),
                           kind_name(key.kind)));
        continue;
      }
      const KeySpec* const key_spec = spec.find(key.value);
      if (key_spec == nullptr) {
        if (seen_unknown.insert(key.value, entry.key) != entry.key) continue;  // a later duplicate: the parser reported it
        // "x-" keys at the top of the file hold shared anchors, as in Docker
        // Compose; inside services and routes they hold what msklint does not read.
        const bool extension_allowed = &spec == &format::top_level || &spec == &format::system_file ||
                                       &spec == &format::service || &spec == &format::route;
        if (extension_allowed && key.value.starts_with("x-")) continue;
        // Past the budget the finding is only counted: no suggestion is looked for.
        if (!admit("unknown-key", key.at)) continue;
        add_problem("unknown-key", key.at, subject.id(),
               fmt::format("{}unknown key '{}' in {}{}", prefix(subject), key.value, with_article(spec.name),
                           did_you_mean(key.value, spec.key_names())),
               fmt::format("'msklint schema' lists the keys {} may have", with_article(spec.name)));
        // The right key, unless the object already has it (then the mistake is not the spelling).
        const std::string match = certain_match(key.value, spec.key_names());
        if (!match.empty() && !key_names) {
          key_names.emplace();
          for (const Entry& other : all) {
            if (other.key >= 0 && node(other.key).kind == Kind::scalar) key_names->insert(node(other.key).value);
          }
        }
        if (!match.empty() && !key_names->contains(match)) offer_fix(key.at, key.value, match);
        continue;
      }
      const std::uint64_t key_bit = std::uint64_t{1} << static_cast<std::size_t>(key_spec - spec.keys.data());
      if ((seen_keys & key_bit) != 0) continue;  // a later duplicate: the parser reported it
      seen_keys |= key_bit;
      // A single-value key with no value ("owner:") counts as not written; a
      // list left empty ("measures:") is read as an empty list.
      const int value = resolve(entry.value);
      const bool list = key_spec->type == ValueType::text_list || key_spec->type == ValueType::word_list ||
                        key_spec->type == ValueType::open_word_list || key_spec->type == ValueType::conditions;
      if (value < 0 || (node(value).kind == Kind::null && !list)) continue;
      if (node(value).kind == Kind::null) {
        known.push_back(entry);
        continue;
      }
      written_keys |= key_bit;
      known.push_back(entry);
    }
    // All missing required keys in one finding: one place, one message.
    std::vector<std::string> missing;
    std::vector<std::string> additions;
    for (std::size_t i = 0; i < spec.keys.size(); ++i) {
      const KeySpec& key_spec = spec.keys[i];
      if (key_spec.required && (written_keys & (std::uint64_t{1} << i)) == 0) {
        missing.push_back(fmt::format("'{}'", key_spec.key));
        additions.push_back(fmt::format("'{}: ...' ({})", key_spec.key, key_spec.description));
      }
    }
    if (!missing.empty()) {
      report("schema", node(map).at, subject.id(),
             fmt::format("{}the {} has no {}, which {} required", prefix(subject), spec.name,
                         fmt::join(missing, " or "), missing.size() == 1 ? "is" : "are"),
             fmt::format("add {}", fmt::join(additions, " and ")));
    }
    return known;
  }

  // Calls reserve(count) with the number of items it will read, then
  // read_item(item) for each item that is a mapping.
  template <class Reserve, class ReadItem>
  void read_list(int value_index, std::string_view key, std::string_view item_name, std::size_t max_items,
                 Reserve reserve, ReadItem read_item) {
    const int list = resolve(value_index);
    if (list < 0) return;
    const bool empty = node(list).kind == Kind::null ||
                       (node(list).kind == Kind::sequence && node(list).children.empty());
    if (empty) {
      if (key == "services") {
        report("schema", node(value_index).at, {}, "'services' is empty: a pathway needs at least one service",
               "list the services a person can use, each with an id and a type");
      }
      return;
    }
    if (node(list).kind != Kind::sequence) {
      report("schema", node(value_index).at, {},
             fmt::format("'{}' must be a list of {} entries (each starting with '- '), but it is {}", key, item_name,
                         kind_name(node(list).kind)));
      return;
    }
    // A copy of the view: the list's own node may be freed while it is read.
    const std::span<const int> items = node(list).children;
    reserve(std::min(items.size(), max_items));
    std::size_t count = 0;
    for (const int child : items) {
      // Nodes come in document order and, without anchors, nothing leads
      // back: all before this item (the items read so far) are done with.
      if (spent_ != nullptr) spent_->release_before(child);
      if (!read_list_item(child, count, key, item_name, max_items, read_item)) return;
    }
  }

  // One item of a list: read_item(item) if it is a mapping. Returns false
  // past `max_items`, reported at the first item past it.
  template <class ReadItem>
  bool read_list_item(int child, std::size_t& count, std::string_view key, std::string_view item_name,
                      std::size_t max_items, ReadItem& read_item) {
    if (++count > max_items) {
      if (count == max_items + 1) {
        report("limit-exceeded", node(child).at, {},
               fmt::format("more than {} {} entries; msklint reads the first {}", max_items, item_name, max_items),
               fmt::format("split the pathway, or raise the limit with --max-{}", key));
      }
      return false;
    }
    const int item = resolve(child);
    if (item < 0) return true;
    if (node(item).kind != Kind::mapping) {
      report("schema", node(child).at, {},
             fmt::format("each entry of '{}' must be a mapping of keys (id: ..., type: ...), but this one is {}", key,
                         kind_name(node(item).kind)));
      return true;
    }
    const AliasSite site(*this, child);
    read_item(item);
    return true;
  }

  // Text holding ': ' left unquoted where text belongs ("- Adults only: no
  // children"): YAML reads a mapping of one plain key to one plain value, on
  // one line. Returns the text as written, or nothing for any other mapping.
  std::optional<std::string> text_read_as_mapping(int map) const {
    if (map < 0 || node(map).kind != Kind::mapping || node(map).children.size() != 2) return std::nullopt;
    const YamlNode& key = node(node(map).children[0]);
    const YamlNode& value = node(node(map).children[1]);
    if (key.kind != Kind::scalar || key.quoted || value.kind != Kind::scalar || value.quoted) return std::nullopt;
    // A block mapping starts at its first key; "{en: Knee pain}" at its brace, and was meant.
    if (node(map).at != key.at || value.at.line != key.at.line || value.value.empty()) return std::nullopt;
    return fmt::format("{}: {}", key.value, value.value);
  }

  void report_text_read_as_mapping(int value_index, const std::string& text, std::string_view what,
                                   const Subject& subject) {
    report("schema", node(value_index).at, subject.id(),
           fmt::format("{}the text '{}'{} contains ': ', which YAML reads as a key and its value", prefix(subject),
                       text, what),
           fmt::format("quote the text: {}", quoted_suggestion(text)));
  }

  // A scalar as text; reports and returns false for anything else.
  bool scalar(int value_index, const KeySpec& spec, const Subject& subject, Text& out, Location key_at) {
    out.key = key_at;
    out.at = model_at(value_index);
    const int value = resolve(value_index);
    if (value < 0) return false;
    if (const auto text = text_read_as_mapping(value)) {
      report_text_read_as_mapping(value_index, *text, fmt::format(" in '{}'", spec.key), subject);
      return false;
    }
    if (node(value).kind != Kind::scalar) {
      report("schema", node(value_index).at, subject.id(),
             fmt::format("{}'{}' must be a single value, but it is {}", prefix(subject), spec.key,
                         kind_name(node(value).kind)),
             fmt::format("write one value here ('{}': {})", spec.key, spec.description));
      return false;
    }
    out.value = node(value).value;
    out.present = true;
    return true;
  }

  void check_word(Text& text, const KeySpec& spec, const Subject& subject) {
    const auto& vocabulary = *spec.vocabulary;
    if (vocabulary.contains(text.value)) return;
    report("schema", text.at, subject.id(),
           fmt::format("{}unknown {} '{}'{}", prefix(subject), vocabulary.name, text.value,
                       did_you_mean(text.value, vocabulary.words)),
           vocabulary.words.size() <= 8
               ? fmt::format("use one of: {}", fmt::join(vocabulary.words, ", "))
               : fmt::format("'msklint schema' lists the {}s msklint knows", vocabulary.name));
    offer_fix(text.at, text.value, certain_match(text.value, vocabulary.words));
    text.present = false;
  }

  // The certain correction of the finding just reported: `written` should read `right`.
  void offer_fix(Location at, std::string_view written, const std::string& right) {
    if (right.empty() || problems_.empty() || problems_.back().at != at) return;
    problems_.back().fix = Fix{at, std::string(written), right};
  }

  Text read_text(int value_index, const KeySpec& spec, const Subject& subject, Location key_at) {
    Text text;
    if (!scalar(value_index, spec, subject, text, key_at)) return text;
    if (spec.type == ValueType::word) check_word(text, spec, subject);
    // A sentence ("discharged back to the GP after two missed appointments") is read as words.
    if (spec.type == ValueType::word_or_text && text.present &&
        text.value.find_first_of(" \t\n") == std::string::npos) {
      check_word(text, spec, subject);
    }
    if (spec.type == ValueType::date && text.present && !parse_iso_date(text.value)) {
      report("schema", text.at, subject.id(),
             fmt::format("{}'{}' must be a date written YYYY-MM-DD, such as '2026-05-14'; got '{}'", prefix(subject),
                         spec.key, text.value));
      text.present = false;
    }
    if (spec.type == ValueType::slug && text.value.size() > max_id_length) {
      report("schema", text.at, subject.id(),
             fmt::format("{}'{}' is longer than an id may be (at most {} characters, such as 'community-physio'); got "
                         "'{}'",
                         prefix(subject), spec.key, max_id_length, clipped(text.value, 40)),
             "give it a short id of letters, digits and '-'; the service's name can be as long as it needs");
      // Not an id, and cut short: rules that name the service quote it clipped.
      text.present = false;
      text.value = clipped(text.value, 40);
      return text;
    }
    if (spec.type == ValueType::slug && !is_slug(text.value)) {
      // "from: gp, fcp" or "to: physio, fcp": several ids in one value.
      std::string hint;
      if (text.value.find(',') != std::string::npos && spec.key == "from") {
        hint = "a route starts at one service: write one route for each service it starts at";
      } else if (text.value.find(',') != std::string::npos && spec.key == "to") {
        hint = fmt::format("to lead to several services, write them as a list: 'to: [{}]'",
                           text.value.size() <= 60 ? std::string_view(text.value) : "first, second");
      }
      report("schema", text.at, subject.id(),
             fmt::format("{}'{}' must be a lower-case id made of letters, digits and '-', such as 'community-physio'; "
                         "got '{}'",
                         prefix(subject), spec.key, text.value),
             std::move(hint));
      text.present = false;
    }
    return text;
  }

  // A word an open list does not know is kept, and not an error: close to a
  // known word it is likely a typo (a warning); otherwise msklint notes that
  // it does not read it.
  void note_unknown_word(const Text& text, const KeySpec& spec, const Subject& subject) {
    const auto& vocabulary = *spec.vocabulary;
    if (vocabulary.contains(text.value)) return;
    std::string suggestion = did_you_mean(text.value, vocabulary.words);
    if (suggestion.empty()) {
      // "bone-health-check" for "bone-health-assessment": the same words before the last hyphen.
      const auto stem_end = text.value.rfind('-');
      const std::string_view stem = std::string_view(text.value).substr(0, stem_end == std::string::npos ? 0 : stem_end + 1);
      const auto same_stem = std::find_if(vocabulary.words.begin(), vocabulary.words.end(),
                                          [&](std::string_view word) { return stem.size() >= 6 && word.starts_with(stem); });
      if (same_stem != vocabulary.words.end()) suggestion = fmt::format("; did you mean '{}'?", *same_stem);
    }
    if (!suggestion.empty()) {
      report("unknown-word", text.at, subject.id(),
             fmt::format("{}'{}' is not {} msklint knows{}", prefix(subject), text.value, with_article(vocabulary.name),
                         suggestion),
             "correct the spelling so the rules that look for this offer can see it", Severity::warning);
      offer_fix(text.at, text.value, certain_match(text.value, vocabulary.words));
      return;
    }
    report("unknown-word", text.at, subject.id(),
           fmt::format("{}msklint does not read the {} '{}', so no rule counts it", prefix(subject), vocabulary.name,
                       text.value),
           fmt::format("keep it if it helps readers; 'msklint schema' lists the {}s msklint reads",
                       vocabulary.name),
           Severity::info);
  }

  // A list's items, viewed in the tree: a sequence's children, or a single
  // value standing for a list of one. Iterate it where it is kept.
  struct ListItems {
    std::span<const int> children;
    int single = -1;
    const int* begin() const { return single >= 0 ? &single : children.data(); }
    const int* end() const { return single >= 0 ? &single + 1 : children.data() + children.size(); }
    std::size_t size() const { return single >= 0 ? 1 : children.size(); }
  };

  // Starts a list field and returns its items.
  template <class List>
  ListItems list_items(int value_index, Location key_at, List& list) {
    list.key = key_at;
    list.at = model_at(value_index);
    const int value = resolve(value_index);
    if (value < 0) return {};
    list.present = true;  // an empty list ("measures:" or "measures: []") is written, and says nothing
    if (node(value).kind == Kind::null) return {};
    if (node(value).kind == Kind::sequence) return {node(value).children};
    return {{}, value_index};
  }

  TextList read_text_list(int value_index, const KeySpec& spec, const Subject& subject, Location key_at) {
    TextList list;
    const AliasSite site(*this, value_index);
    if (const int value = resolve(value_index); value >= 0 && node(value).kind == Kind::mapping) {
      if (const auto text = text_read_as_mapping(value)) {
        report_text_read_as_mapping(value_index, *text, fmt::format(" in '{}'", spec.key), subject);
        return list;
      }
      report("schema", node(value_index).at, subject.id(),
             fmt::format("{}'{}' must be a list of values (or a single value), but it is a mapping", prefix(subject),
                         spec.key),
             fmt::format("write it as a list: '{}: [first, second]'", spec.key));
      return list;
    }
    const ListItems items = list_items(value_index, key_at, list);
    list.value.reserve(items.size());  // exact: a growing list left spare room in every service
    for (const int item : items) {
      Text text = read_text(item, spec, subject, key_at);
      if (spec.type == ValueType::open_word_list && text.present) note_unknown_word(text, spec, subject);
      if (spec.type == ValueType::word_list && text.present) {
        check_word(text, spec, subject);
        // An unknown word stays in the list, not present: rules then know the
        // list holds something they cannot read ("delivery: [online, phone]").
        if (!text.present) {
          list.value.push_back(std::move(text));
          continue;
        }
      }
      if (text.present) list.value.push_back(std::move(text));
    }
    return list;
  }

  ConditionList read_conditions(int value_index, const KeySpec& spec, const Subject& subject, Location key_at,
                                TextRole role = TextRole::criterion) {
    ConditionList list;
    const AliasSite site(*this, value_index);
    const ListItems items = list_items(value_index, key_at, list);
    list.value.reserve(items.size());
    for (const int item_index : items) {
      const int item = resolve(item_index);
      if (item < 0) continue;
      Condition condition;
      condition.at = model_at(item_index);
      // "- Adults only: no children" is text with ': ', not a criterion with
      // the key "Adults only"; a key close to 'text' or 'basis' is a typo.
      if (const auto text = text_read_as_mapping(item); text && !is_condition_key_typo(item)) {
        report_text_read_as_mapping(item_index, *text, fmt::format(" in '{}'", spec.key), subject);
        continue;
      }
      if (node(item).kind == Kind::mapping) {
        for (const auto& [key, inner] : checked_entries(item, format::condition, subject)) {
          const KeySpec& inner_spec = *format::condition.find(node(key).value);
          const std::string_view name = node(key).value;
          Text& target = name == "text" ? condition.text : name == "basis" ? condition.basis : condition.measure;
          target = read_text(inner, inner_spec, subject, node(key).at);
        }
      } else if (!scalar(item_index, spec, subject, condition.text, key_at)) {
        continue;
      }
      if (!condition.text.present) continue;
      condition.meaning = read_criterion(condition.text.value, role);
      list.value.push_back(std::move(condition));
    }
    return list;
  }

  // Whether the one key of condition mapping `item` is a criterion's key, or close to one.
  bool is_condition_key_typo(int item) const {
    const std::string_view key = node(node(item).children[0]).value;
    return format::condition.find(key) != nullptr || !closest_match(key, format::condition.key_names()).empty();
  }

  std::vector<Waiver> read_waivers(int value_index, const Subject& subject) {
    std::vector<Waiver> waivers;
    const int value = resolve(value_index);
    if (value < 0 || node(value).kind == Kind::null) return waivers;
    if (node(value).kind != Kind::mapping) {
      report("schema", node(value_index).at, subject.id(),
             fmt::format("{}'waive' must map rule ids to reasons, e.g. 'waive: {{dead-end: \"hands over to the "
                         "regional pathway\"}}'",
                         prefix(subject)));
      return waivers;
    }
    for (const auto& [key_index, reason_index] : entries(value)) {
      if (key_index < 0) continue;
      const int reason = resolve(reason_index);
      const bool no_reason = reason < 0 || node(reason).kind == Kind::null;
      if (node(key_index).kind != Kind::scalar || (!no_reason && node(reason).kind != Kind::scalar)) {
        report("schema", node(key_index).at, subject.id(),
               fmt::format("{}a waiver needs a rule id and a reason in words", prefix(subject)),
               "write 'rule-id: \"why this finding does not apply here\"'");
        continue;
      }
      // A missing reason is not a reading problem: waiver-reason-missing reports it.
      const Location reason_at = no_reason ? node(key_index).at : node(reason_index).at;
      waivers.push_back({std::string(node(key_index).value), no_reason ? std::string() : std::string(node(reason).value), subject.id(),
                         node(key_index).at, reason_at});
    }
    return waivers;
  }

  template <class T, class Parse>
  Field<std::optional<T>> read_parsed(int value_index, const KeySpec& spec, const Subject& subject, Location key_at,
                                      Parse parse, std::string_view example, Text* raw = nullptr) {
    Field<std::optional<T>> field;
    field.key = key_at;
    field.at = node(value_index).at;
    Text text;
    if (!scalar(value_index, spec, subject, text, key_at)) return field;
    if (raw != nullptr) *raw = text;
    field.value = parse(text.value);
    if (!field.value) {
      report("schema", text.at, subject.id(),
             fmt::format("{}'{}' cannot be read from '{}': write it as {}", prefix(subject), spec.key, text.value,
                         example));
      return field;
    }
    field.present = true;
    return field;
  }

  Field<bool> read_bool(int value_index, const KeySpec& spec, const Subject& subject, Location key_at) {
    Field<bool> field;
    field.key = key_at;
    field.at = node(value_index).at;
    Text text;
    if (!scalar(value_index, spec, subject, text, key_at)) return field;
    // YAML 1.2's booleans; quoted "true" is text, not a boolean.
    const bool is_true = text.value == "true" || text.value == "True" || text.value == "TRUE";
    const bool is_false = text.value == "false" || text.value == "False" || text.value == "FALSE";
    if ((is_true || is_false) && !node(resolve(value_index)).quoted) {
      field.value = is_true;
      field.present = true;
    } else {
      report("schema", text.at, subject.id(),
             fmt::format("{}'{}' must be true or false, not '{}'", prefix(subject), spec.key, text.value));
    }
    return field;
  }

  bool read_info(int value_index, PathwayInfo& info) {
    const int map = resolve(value_index);
    if (map < 0) return false;
    if (node(map).kind != Kind::mapping) {
      report("schema", node(value_index).at, pathway_subject.id(),
             fmt::format("'pathway' must be a mapping with at least 'id' and 'title', but it is {}",
                         kind_name(node(map).kind)));
      return false;
    }
    info.at = node(map).at;
    for (const auto& [key, value] : checked_entries(map, format::pathway, pathway_subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::pathway.find(name);
      const Location key_at = node(key).at;
      if (name == "id") info.id = read_text(value, spec, pathway_subject, key_at);
      else if (name == "title") info.title = read_text(value, spec, pathway_subject, key_at);
      else if (name == "owner") info.owner = read_text(value, spec, pathway_subject, key_at);
      else if (name == "version") info.version = read_text(value, spec, pathway_subject, key_at);
      else if (name == "msk_lead") info.msk_lead = read_text(value, spec, pathway_subject, key_at);
      else if (name == "conditions") info.conditions = read_text_list(value, spec, pathway_subject, key_at);
      else if (name == "coproduction") info.coproduction = read_text_list(value, spec, pathway_subject, key_at);
      else if (name == "equalities") info.equalities = read_text_list(value, spec, pathway_subject, key_at);
      else if (name == "measures") info.measures = read_text_list(value, spec, pathway_subject, key_at);
      else if (name == "waive") info.waivers = read_waivers(value, pathway_subject);
      else if (name == "population") read_population(value, key_at, info.population);
    }
    return true;
  }

  System read_system_file(int root) {
    System system;
    for (const auto& [key, value] : checked_entries(root, format::system_file, file_subject)) {
      const std::string_view name = node(key).value;
      if (name == "system") {
        system.has_info = read_system_info(value, system.info);
      } else if (name == "services") {
        read_list(value, "services", "service", limits_.max_services,
                  [&](std::size_t count) { system.services.reserve(count); },
                  [&](int item) { read_service(item, system.services.emplace_back(), false); });
      }
    }
    return system;
  }

  bool read_system_info(int value_index, SystemInfo& info) {
    const int map = resolve(value_index);
    if (map < 0) return false;
    if (node(map).kind != Kind::mapping) {
      report("schema", node(value_index).at, system_subject.id(),
             fmt::format("'system' must be a mapping with at least 'id' and 'title', but it is {}",
                         kind_name(node(map).kind)));
      return false;
    }
    info.at = node(map).at;
    for (const auto& [key, value] : checked_entries(map, format::system, system_subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::system.find(name);
      const Location key_at = node(key).at;
      if (name == "id") info.id = read_text(value, spec, system_subject, key_at);
      else if (name == "title") info.title = read_text(value, spec, system_subject, key_at);
      else if (name == "owner") info.owner = read_text(value, spec, system_subject, key_at);
      else if (name == "msk_lead") info.msk_lead = read_text(value, spec, system_subject, key_at);
      else if (name == "priorities") info.priorities = read_text_list(value, spec, system_subject, key_at);
      else if (name == "board_discussed") info.board_discussed = read_text(value, spec, system_subject, key_at);
      else if (name == "pathways") info.pathways = read_text_list(value, spec, system_subject, key_at);
      else if (name == "waive") info.waivers = read_waivers(value, system_subject);
      else if (name == "population") read_population(value, key_at, info.population, system_subject);
    }
    return true;
  }

  void read_population(int value_index, Location key_at, Field<Population>& population,
                       const Subject& owner = pathway_subject) {
    population.key = key_at;
    population.at = node(value_index).at;
    const int map = resolve(value_index);
    if (map < 0 || node(map).kind == Kind::null) return;
    if (node(map).kind != Kind::mapping) {
      report("schema", node(value_index).at, owner.id(),
             fmt::format("{}'population' must be a mapping such as {{ages: [adults]}}", prefix(owner)));
      return;
    }
    population.present = true;
    for (const auto& [key, value] : checked_entries(map, format::population, owner)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::population.find(name);
      if (name == "ages") population.value.ages = read_text_list(value, spec, owner, node(key).at);
      else if (name == "need") population.value.need = read_text_list(value, spec, owner, node(key).at);
      else if (name == "children") population.value.children = read_text(value, spec, owner, node(key).at);
    }
  }

  // Reads into `service`, a new element of the pathway's list: no copy to move in.
  // `may_use`: a pathway's list, where `- uses: ID` names a system's service.
  void read_service(int map, Service& service, bool may_use) {
    service.at = model_at(map);
    if (const auto uses = find_entry(map, "uses"); uses && may_use) {
      read_used_service(map, service);
      return;
    }
    // Read the id first so every later problem can name the service.
    Subject subject{"", "service"};
    if (const auto id = find_entry(map, "id")) {
      service.id = read_text(id->value, *format::service.find("id"), subject, node(id->key).at);
    }
    if (service.id.present) subject = Subject::of_service(service);
    for (const auto& [key, value] : checked_entries(map, format::service, subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::service.find(name);
      const Location key_at = node(key).at;
      if (name == "name") service.name = read_text(value, spec, subject, key_at);
      else if (name == "type") service.type = read_text(value, spec, subject, key_at);
      else if (name == "setting") service.setting = read_text(value, spec, subject, key_at);
      else if (name == "entry") service.entry = read_bool(value, spec, subject, key_at);
      else if (name == "capacity") service.capacity = read_parsed<Rate>(value, spec, subject, key_at, parse_rate, "'400/month'");
      else if (name == "throughput") service.throughput = read_parsed<Rate>(value, spec, subject, key_at, parse_rate, "'120/month'");
      else if (name == "delivery") service.delivery = read_text_list(value, spec, subject, key_at);
      else if (name == "staff") service.staff = read_text_list(value, spec, subject, key_at);
      else if (name == "offers") service.offers = read_text_list(value, spec, subject, key_at);
      else if (name == "waive") service.waivers = read_waivers(value, subject);
      else if (name == "access") read_access(value, subject, service.access);
      else if (name == "serves") service.serves = read_text(value, spec, subject, key_at);
      else if (name == "measures") service.measures = read_text_list(value, spec, subject, key_at);
    }
    if (!service.setting.present && service.type.present) {
      if (const auto* type = format::find_service_type(service.type.value)) {
        service.setting.value = std::string(type->setting);  // defaulted: `present` stays false
      }
    }
  }

  // `- uses: ID`: the pathway names a service of its system. The id is the
  // same, so routes refer to it; the records come from the system file.
  void read_used_service(int map, Service& service) {
    Subject subject{"", "service"};
    for (const auto& [key, value] : checked_entries(map, format::used_service, subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::used_service.find(name);
      if (name == "uses") {
        service.uses = read_text(value, spec, subject, node(key).at);
        if (service.uses.present) {
          service.id = service.uses;
          subject = Subject::of_service(service);
        }
      } else if (name == "waive") {
        service.waivers = read_waivers(value, subject);
      }
    }
  }

  // The entry for `key` in a mapping, if written.
  std::optional<Entry> find_entry(int map, std::string_view key) {
    // Most mappings have neither merge keys nor keys written as aliases: their
    // own keys are their entries, found without listing them (a list for every
    // look-up cost 600 instructions a route).
    const auto& children = node(map).children;
    std::optional<Entry> found;
    bool plain = true;
    for (std::size_t i = 0; plain && i + 1 < children.size(); i += 2) {
      const YamlNode& written = node(children[i]);
      plain = written.kind != Kind::alias && !is_merge_key(written);
      if (!found && written.kind == Kind::scalar && written.value == key) found = Entry{children[i], children[i + 1]};
    }
    if (plain) return found;
    for (const Entry& entry : entries(map)) {
      if (entry.key >= 0 && node(entry.key).kind == Kind::scalar && node(entry.key).value == key) return entry;
    }
    return std::nullopt;
  }

  void read_access(int value_index, const Subject& subject, Access& access) {
    const int map = resolve(value_index);
    if (map < 0 || node(map).kind == Kind::null) return;
    if (node(map).kind != Kind::mapping) {
      report("schema", node(value_index).at, subject.id(),
             fmt::format("{}'access' must be a mapping with criteria, did_not_attend or wait", prefix(subject)));
      return;
    }
    for (const auto& [key, value] : checked_entries(map, format::access, subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::access.find(name);
      const Location key_at = node(key).at;
      if (name == "criteria") access.criteria = read_conditions(value, spec, subject, key_at);
      else if (name == "excludes") access.excludes = read_conditions(value, spec, subject, key_at, TextRole::exclusion);
      else if (name == "did_not_attend") {
        access.did_not_attend = read_text(value, spec, subject, key_at);
        if (access.did_not_attend.present && !format::did_not_attend_actions.contains(access.did_not_attend.value)) {
          access.did_not_attend_meaning = read_criterion(access.did_not_attend.value, TextRole::attendance_policy);
        }
      }
      else if (name == "wait") {
        access.wait = read_parsed<Duration>(value, spec, subject, key_at, parse_duration, "'6 weeks'", &access.wait_text);
      }
    }
  }

  void read_route(int map, Route& route) {
    route.at = model_at(map);
    route.kind.value = RouteKind::referral;
    // Read both ends first so every later problem can name the route.
    Subject subject{"", "route"};
    if (const auto from = find_entry(map, "from")) {
      if (const int starts = resolve(from->value); starts >= 0 && node(starts).kind == Kind::sequence) {
        report_from_list(map, from->value, starts);
      } else {
        route.from = read_text(from->value, *format::route.find("from"), subject, node(from->key).at);
      }
    }
    if (const auto to = find_entry(map, "to")) {
      KeySpec id_spec = *format::route.find("to");
      id_spec.type = ValueType::slug;
      route.to = std::move(read_text_list(to->value, id_spec, subject, node(to->key).at).value);
      const int targets = resolve(to->value);
      if (targets >= 0 && node(targets).kind == Kind::sequence && node(targets).children.empty()) {
        report("schema", node(to->value).at, subject.id(), "route: 'to' names no service",
               "write the id of the service the route leads to, or a list of ids");
      }
    }
    if (route.from.present) subject = Subject::of_route(route);
    for (const auto& [key, value] : checked_entries(map, format::route, subject)) {
      const std::string_view name = node(key).value;
      const KeySpec& spec = *format::route.find(name);
      const Location key_at = node(key).at;
      if (name == "kind") {
        const Text kind = read_text(value, spec, subject, key_at);
        route.kind.key = key_at;
        route.kind.at = kind.at;
        if (kind.present) {
          route.kind.present = true;
          for (const RouteKind candidate : {RouteKind::referral, RouteKind::self_referral, RouteKind::signpost,
                                            RouteKind::urgent, RouteKind::emergency}) {
            if (to_string(candidate) == kind.value) route.kind.value = candidate;
          }
        }
      } else if (name == "share") {
        route.share = read_parsed<double>(value, spec, subject, key_at, parse_share,
                                          "a percentage up to 100% ('80%') or a fraction from 0 to 1 (0.8)");
      } else if (name == "requires") {
        route.requires_ = read_conditions(value, spec, subject, key_at);
      } else if (name == "within") {
        route.within = read_parsed<Duration>(value, spec, subject, key_at, parse_duration, "'3 days' or '2 weeks'",
                                             &route.within_text);
      } else if (name == "waive") {
        route.waivers = read_waivers(value, subject);
      }
    }
  }

  // "from: [gp, fcp]": a route starts at one service, while its 'to' may list
  // several. The hint writes out one route per starting service.
  void report_from_list(int map, int value_index, int list) {
    constexpr std::size_t shown = 3;
    auto scalars = [&](int index) {
      std::vector<std::string> values;
      const int resolved = resolve(index);
      if (resolved < 0) return values;
      const Kind kind = node(resolved).kind;
      const std::span<const int> items = kind == Kind::scalar     ? std::span<const int>(&resolved, 1)
                                         : kind == Kind::sequence ? node(resolved).children
                                                                  : std::span<const int>();
      for (const int item : items.first(std::min(items.size(), shown + 1))) {
        const int value = resolve(item);
        if (value >= 0 && node(value).kind == Kind::scalar && !node(value).value.empty()) {
          values.push_back(std::string(node(value).value.substr(0, 40)));
        }
      }
      return values;
    };
    std::vector<std::string> starts = scalars(list);
    std::string to = "...";
    if (const auto target = find_entry(map, "to")) {
      const int resolved = resolve(target->value);
      std::vector<std::string> targets = scalars(target->value);
      if (resolved >= 0 && node(resolved).kind == Kind::scalar && targets.size() == 1) {
        to = targets[0];
      } else if (!targets.empty() && targets.size() <= shown) {
        to = fmt::format("[{}]", fmt::join(targets, ", "));
      }
    }
    std::string hint = "write the id of the one service the route starts at; 'to' may list several services";
    if (!starts.empty()) {
      std::vector<std::string> routes;
      for (std::size_t i = 0; i < std::min(starts.size(), shown); ++i) {
        routes.push_back(fmt::format("'- {{from: {}, to: {}}}'", starts[i], to));
      }
      hint = fmt::format("write one route for each service it starts at: {}{} ('to' may list several services)",
                         fmt::join(routes, ", "), starts.size() > shown ? ", ..." : "");
    }
    report("schema", node(value_index).at, "",
           "route: 'from' must be a single service id, but it is a list: a route starts at one service",
           std::move(hint));
  }

  const YamlTree& tree_;
  const SourceText& source_;
  const Limits& limits_;
  Findings& problems_;
  YamlTree* spent_;
  std::size_t alias_values_ = 0;                        // see resolve
  std::unordered_map<int, std::size_t> values_under_;  // by anchored node
  bool alias_limit_reported_ = false;
  bool merge_depth_reported_ = false;
  std::set<std::tuple<std::string, int, int>> reported_;
  LeftOutFindings& left_out_;
  FindingBudget budget_;
  std::map<std::string, Location, std::less<>> latest_made_;  // by rule, once its budget is full
  std::vector<int> merging_;  // mappings whose merge keys are being followed
  std::unordered_map<int, std::vector<Entry>> merged_cache_;  // see merged_entries
  std::optional<Location> alias_site_;
  struct StreamedList {
    int list;
    bool services;  // else routes
    std::size_t count = 0;
  };
  Pathway* streamed_into_ = nullptr;  // see stream_into
  static constexpr std::size_t large_file = 64 * 1024;  // see stream_list
  std::vector<StreamedList> streamed_;
};

}  // namespace

ReadPathway read_pathway(const YamlTree& tree, const SourceText& source, const Limits& limits) {
  ReadPathway result;
  Reader reader(tree, source, limits, result.problems, result.left_out);
  reader.read_file(result);
  return result;
}

ParsedPathway read_pathway_file(const SourceText& source, const Limits& limits) {
  ParsedYaml parsed;
  ReadPathway read;
  Reader reader(parsed.tree, source, limits, read.problems, read.left_out, &parsed.tree);
  reader.stream_into(read.pathway);
  parse_yaml(source, limits, reader, parsed);
  ParsedPathway result{std::move(parsed.problems), parsed.left_out, std::nullopt};
  if (parsed.tree.root < 0) return result;  // what was streamed is void: the document could not be read
  reader.read_file(read);
  result.read = std::move(read);
  return result;
}

ReadPathway read_pathway(YamlTree&& tree, const SourceText& source, const Limits& limits) {
  ReadPathway result;
  Reader reader(tree, source, limits, result.problems, result.left_out, &tree);
  reader.read_file(result);
  return result;
}

}  // namespace msklint
