#include "server/hover.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "read/format.h"
#include "read/yaml_tree.h"
#include "report/span.h"
#include "rules/rule_docs.h"
#include "util/markdown.h"

namespace msklint::server {

namespace {

bool covers(const SourceText& source, Location start, Location at) {
  return start.known() && start.line == at.line && start.column <= at.column && at.column < end_column(source, start);
}

std::string finding_text(const Finding& finding) {
  const RuleDoc* doc = find_rule_doc(finding.rule);
  std::string text = fmt::format("**{}** ({})", finding.rule, to_string(finding.severity.value_or(Severity::error)));
  if (doc != nullptr && !doc->guidance.empty()) text += fmt::format(" · ARMA: {}", doc->guidance);
  text += "\n\n" + markdown_text(finding.message);
  if (doc != nullptr && !doc->summary.empty()) text += fmt::format("\n\n*{}*", doc->summary);
  if (const std::string why = why_text(finding); !why.empty()) text += "\n\n**Why it matters.** " + why;
  if (const std::string fix = fix_text(finding); !fix.empty()) text += "\n\n**How to fix.** " + markdown_text(fix);
  return text;
}

std::string key_text(const format::KeySpec& key, const format::ObjectSpec& in) {
  return fmt::format("`{}` ({}): {}", key.key, in.name, key.description);
}

std::string word_text(const format::Vocabulary& vocabulary, std::string_view word) {
  for (std::size_t i = 0; i < vocabulary.words.size() && i < vocabulary.meanings.size(); ++i) {
    if (vocabulary.words[i] == word) return fmt::format("`{}` ({}): {}", word, vocabulary.name, vocabulary.meanings[i]);
  }
  return {};
}

// The key or vocabulary word under `at`, found by walking the document's
// YAML with the format's description of each level. The walk keeps its own
// stack: how deep a file nests does not decide how deep msklint recurses.
std::string meaning_at(const SourceText& source, bool system_file, Location at) {
  const ParsedYaml parsed = parse_yaml(source, Limits{});
  const YamlTree& tree = parsed.tree;
  if (tree.root < 0) return {};
  struct Visit {
    int node;
    const format::ObjectSpec* object;  // the node is (a list of) this object
    const format::KeySpec* key;        // the node is the value of this key
  };
  std::vector<Visit> pending{{tree.root, system_file ? &format::system_file : &format::top_level, nullptr}};
  while (!pending.empty()) {
    const Visit visit = pending.back();
    pending.pop_back();
    const YamlNode& node = tree.node(visit.node);
    if (node.at.known() && node.at.line > at.line) continue;  // starts after the place: nothing there
    switch (node.kind) {
      case YamlNode::Kind::mapping: {
        if (visit.object == nullptr) break;
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
          const YamlNode& key = tree.node(node.children[i]);
          if (key.kind != YamlNode::Kind::scalar) continue;
          const format::KeySpec* spec = visit.object->find(key.value);
          if (spec == nullptr) continue;
          if (covers(source, key.at, at)) return key_text(*spec, *visit.object);
          pending.push_back({node.children[i + 1], spec->object, spec});
        }
        break;
      }
      case YamlNode::Kind::sequence:
        for (const int item : node.children) pending.push_back({item, visit.object, visit.key});
        break;
      case YamlNode::Kind::scalar:
        if (visit.key != nullptr && visit.key->vocabulary != nullptr && covers(source, node.at, at)) {
          return word_text(*visit.key->vocabulary, node.value);
        }
        break;
      case YamlNode::Kind::null:
      case YamlNode::Kind::alias: break;  // an alias is explained where its anchor is
    }
  }
  return {};
}

}  // namespace

std::string hover_text(const LintedDocument& document, Location at) {
  if (document.kind != LintedDocument::Kind::pathway) return {};
  const FileReport& report = document.report;
  std::vector<std::string> parts;
  for (const Finding& finding : report.findings) {
    if (covers(report.source, finding.at, at)) parts.push_back(finding_text(finding));
  }
  if (std::string meaning = meaning_at(report.source, report.system != nullptr, at); !meaning.empty()) {
    parts.push_back(std::move(meaning));
  }
  return fmt::format("{}", fmt::join(parts, "\n\n---\n\n"));
}

}  // namespace msklint::server
