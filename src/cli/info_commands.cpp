// The commands that describe msklint itself: rules, explain, schema.

#include "cli/info_commands.h"

#include <iostream>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "read/json_schema.h"
#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "util/did_you_mean.h"

namespace msklint {

int print_rules(const RulesOptions& options) {
  const auto& docs = rule_docs();
  if (options.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& doc : docs) {
      list.push_back({{"id", doc.id},
                      {"severity", to_string(doc.severity)},
                      {"theme", doc.theme},
                      {"guidance", doc.guidance},
                      {"summary", doc.summary}});
    }
    std::cout << list.dump(2) << '\n';
  } else if (options.format == "markdown") {
    std::cout << "| Rule | Severity | Theme | Summary |\n|---|---|---|---|\n";
    for (const auto& doc : docs) {
      std::cout << fmt::format("| [`{}`](rules/{}.md) | {} | {} | {} |\n", doc.id, doc.id, to_string(doc.severity),
                               doc.theme, doc.summary);
    }
  } else {
    std::size_t width = 0;
    for (const auto& doc : docs) width = std::max(width, doc.id.size());
    for (const auto& doc : docs) {
      std::cout << fmt::format("{:<{}}  {:<7}  {:<10}  {}\n", doc.id, width, to_string(doc.severity), doc.theme,
                               doc.summary);
    }
  }
  return 0;
}

int explain_rule(const std::string& id) {
  const RuleDoc* doc = find_rule_doc(id);
  if (doc == nullptr) {
    std::vector<std::string_view> ids;
    for (const auto& known : rule_docs()) ids.push_back(known.id);
    std::cerr << fmt::format("msklint: no rule '{}'{}\nRun 'msklint rules' to list them.\n", id, did_you_mean(id, ids));
    return 2;
  }
  std::cout << fmt::format("# {}\n\n{}\n\nDefault severity: {}. Theme: {}. Guidance: {}.\n\n{}", doc->id, doc->summary,
                           to_string(doc->severity), doc->theme, doc->guidance, doc->body);
  return 0;
}

int print_schema() {
  std::cout << pathway_json_schema();
  return 0;
}

}  // namespace msklint
