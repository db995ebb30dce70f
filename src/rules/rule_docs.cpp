#include "rules/rule_docs.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace msklint {

namespace {

// The bullets of the "## Questions to ask" section: a line starting "- "
// opens a question, indented lines continue it, the next "## " heading ends
// the section.
std::vector<std::string> questions_in(std::string_view body) {
  std::vector<std::string> questions;
  bool in_section = false;
  while (!body.empty()) {
    const auto end = body.find('\n');
    std::string_view line = body.substr(0, end);
    body = end == std::string_view::npos ? std::string_view() : body.substr(end + 1);
    if (line.starts_with("## ")) {
      in_section = line == "## Questions to ask";
      continue;
    }
    if (!in_section) continue;
    if (line.starts_with("- ")) {
      questions.emplace_back(line.substr(2));
    } else if (line.starts_with(" ") && !questions.empty()) {
      const auto text = line.find_first_not_of(' ');
      if (text != std::string_view::npos) (questions.back() += ' ') += line.substr(text);
    }
  }
  return questions;
}

}  // namespace

RuleDoc parse_rule_doc(std::string_view file, std::string_view text) {
  auto fail = [&](std::string_view why) {
    throw std::runtime_error(fmt::format("rule document {}: {}", file, why));
  };
  constexpr std::string_view fence = "---\n";
  if (!text.starts_with(fence)) fail("does not start with '---' front matter");
  const auto end = text.find("\n---\n", fence.size() - 1);
  if (end == std::string_view::npos) fail("front matter is not closed with '---'");
  const std::string front(text.substr(fence.size(), end + 1 - fence.size()));
  RuleDoc doc;
  try {
    const YAML::Node node = YAML::Load(front);
    auto field = [&](const char* key) {
      if (!node[key] || !node[key].IsScalar()) fail(fmt::format("front matter has no '{}'", key));
      return node[key].as<std::string>();
    };
    doc.id = field("id");
    const auto severity = parse_severity(field("severity"));
    if (!severity) fail("severity must be error, warning or info");
    doc.severity = *severity;
    doc.theme = field("theme");
    doc.guidance = field("guidance");
    doc.summary = field("summary");
    doc.why = field("why");
    doc.fix = field("fix");
    if (node["audience"]) {
      if (!node["audience"].IsScalar() || node["audience"].as<std::string>() != "team") {
        fail("audience, when given, must be 'team'");
      }
      doc.team_only = true;
    }
  } catch (const YAML::Exception& error) {
    fail(error.what());
  }
  doc.body = std::string(text.substr(end + 5));
  doc.questions = questions_in(doc.body);
  return doc;
}

namespace {

// One embedded document, parsed the first time it is asked for: parsing all
// sixty front matters with yaml-cpp took 49 million instructions, about 80 %
// of linting one small file, which needs the documents of the few rules that
// found something.
struct LazyRuleDoc {
  EmbeddedFile file;
  std::string_view id;  // the file's name without ".md" (rule_docs_test checks they agree)
  std::once_flag once;
  std::optional<RuleDoc> doc;

  const RuleDoc& parsed() {
    std::call_once(once, [this] { doc = parse_rule_doc(file.name, file.contents); });
    return *doc;
  }
};

// Sorted by id; never moved, so what find_rule_doc returns stays valid.
const std::vector<std::unique_ptr<LazyRuleDoc>>& lazy_rule_docs() {
  static const std::vector<std::unique_ptr<LazyRuleDoc>> docs = [] {
    std::vector<std::unique_ptr<LazyRuleDoc>> lazy;
    for (const EmbeddedFile& file : embedded_rule_docs()) {
      auto entry = std::make_unique<LazyRuleDoc>();
      entry->file = file;
      entry->id = std::string_view(file.name);
      if (entry->id.ends_with(".md")) entry->id.remove_suffix(3);
      lazy.push_back(std::move(entry));
    }
    std::sort(lazy.begin(), lazy.end(), [](const auto& a, const auto& b) { return a->id < b->id; });
    return lazy;
  }();
  return docs;
}

}  // namespace

const std::vector<RuleDoc>& rule_docs() {
  static const std::vector<RuleDoc> docs = [] {
    std::vector<RuleDoc> parsed;
    for (const auto& lazy : lazy_rule_docs()) parsed.push_back(lazy->parsed());
    return parsed;
  }();
  return docs;
}

const RuleDoc* find_rule_doc(std::string_view id) {
  const auto& docs = lazy_rule_docs();
  const auto it = std::lower_bound(docs.begin(), docs.end(), id,
                                   [](const auto& doc, std::string_view key) { return doc->id < key; });
  return it != docs.end() && (*it)->id == id ? &(*it)->parsed() : nullptr;
}

std::string fix_text(const Finding& finding) {
  if (!finding.hint.empty()) return finding.hint;
  const RuleDoc* doc = find_rule_doc(finding.rule);
  return doc != nullptr ? doc->fix : std::string();
}

std::string why_text(const Finding& finding) {
  const RuleDoc* doc = find_rule_doc(finding.rule);
  return doc != nullptr ? doc->why : std::string();
}

}  // namespace msklint
