// Reading .msklint.yaml: the located YAML tree of src/read (bounded, no alias
// expansion, duplicate keys seen), then a walk that accepts only what it
// understands and says where and why anything else is wrong.

#include <algorithm>
#include <array>
#include <system_error>
#include <unordered_map>

#include <fmt/format.h>

#include "config/config.h"
#include "config/paths.h"
#include "config/rule_groups.h"
#include "read/source.h"
#include "read/yaml_tree.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"
#include "util/utf8.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 4> setting_names{"fail-on", "include", "exclude", "rules"};
constexpr std::array<std::string_view, 4> severity_names{"error", "warning", "info", "off"};
constexpr std::array<std::string_view, 4> fail_level_names{"error", "warning", "info", "never"};

std::string_view kind_name(YamlNode::Kind kind) {
  switch (kind) {
    case YamlNode::Kind::null: return "nothing";
    case YamlNode::Kind::scalar: return "text";
    case YamlNode::Kind::sequence: return "a list";
    case YamlNode::Kind::mapping: return "a mapping";
    case YamlNode::Kind::alias: return "an alias";
  }
  return "something else";
}

// User text echoed in a message is cut to this many characters (util/utf8.h).
constexpr std::size_t most_echoed = 80;

// A rule's severity or `off`, and where that was written.
struct Level {
  bool off = false;
  Severity severity = Severity::error;
  std::string origin;
  Location at;  // of the key that set it
};

class ConfigReader {
 public:
  ConfigReader(const SourceText& source, const YamlTree& tree, Config& config)
      : source_(source), tree_(tree), config_(config) {}

  void read() {
    if (tree_.root < 0) return;  // empty, or only comments: the defaults
    const YamlNode& root = resolved(tree_.root);
    if (root.kind != YamlNode::Kind::mapping) {
      fail(root, fmt::format("the configuration must be a mapping of settings ({}), not {}",
                             fmt::join(setting_names, ", "), kind_name(root.kind)));
    }
    check_unique_keys(root, "the configuration");
    for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
      const YamlNode& key = node(root.children[i]);
      const int value = root.children[i + 1];
      const std::string name(key_text(key));
      if (name == "fail-on") {
        read_fail_on(key, resolved(value));
      } else if (name == "include" || name == "exclude") {
        auto& globs = name == "include" ? config_.include : config_.exclude;
        globs = read_globs(name, key, resolved(value));
        if (!globs.empty()) config_.origins[name] = where(key);
      } else if (name == "rules") {
        read_rules(resolved(value));
      } else {
        fail(key, fmt::format("unknown setting '{}'{} (allowed: {})", clipped(name, most_echoed), suggestion(name, setting_names),
                              fmt::join(setting_names, ", ")));
      }
    }
    settle_rules();
  }

 private:
  const YamlNode& node(int index) const { return tree_.node(index); }

  // Aliases are followed one step: the tree points each at its anchored node.
  const YamlNode& resolved(int index) const {
    const YamlNode& found = node(index);
    if (found.kind == YamlNode::Kind::alias && found.alias_of >= 0) return node(found.alias_of);
    return found;
  }

  std::string where(const YamlNode& at) const {
    return fmt::format("{}:{}:{}", source_.path(), at.at.line, at.at.column);
  }

  [[noreturn]] void fail(const YamlNode& at, const std::string& message) const {
    throw ConfigError(source_.path(), at.at, message);
  }

  std::string_view key_text(const YamlNode& key) const {
    if (key.kind != YamlNode::Kind::scalar) fail(key, fmt::format("a key must be a name, not {}", kind_name(key.kind)));
    return key.value;
  }

  // The tree reports duplicate keys as problems; here they are errors that
  // say which mapping they are in.
  void check_unique_keys(const YamlNode& mapping, std::string_view mapping_name) const {
    std::unordered_map<std::string_view, int> first_line;
    for (std::size_t i = 0; i < mapping.children.size(); i += 2) {
      const YamlNode& key = node(mapping.children[i]);
      const auto [it, inserted] = first_line.emplace(key_text(key), key.at.line);
      if (!inserted) {
        fail(key, fmt::format("'{}' is set twice in {} (first at line {}); keep one", clipped(key.value, most_echoed), mapping_name,
                              it->second));
      }
    }
  }

  void read_fail_on(const YamlNode& key, const YamlNode& value) {
    if (value.kind != YamlNode::Kind::scalar) {
      fail(value.kind == YamlNode::Kind::null ? key : value,
           fmt::format("fail-on needs one of {}, not {}", fmt::join(fail_level_names, ", "), kind_name(value.kind)));
    }
    const auto level = parse_fail_level(value.value);
    if (!level) {
      fail(value, fmt::format("'{}' is not a fail-on level{} (allowed: {})", clipped(value.value, most_echoed),
                              suggestion(value.value, fail_level_names), fmt::join(fail_level_names, ", ")));
    }
    config_.fail_on = level;
    config_.origins["fail-on"] = where(key);
  }

  std::vector<std::string> read_globs(const std::string& name, const YamlNode& key, const YamlNode& value) const {
    std::vector<std::string> globs;
    switch (value.kind) {
      case YamlNode::Kind::null: return globs;  // written but empty: the default
      case YamlNode::Kind::scalar: globs.push_back(checked_glob(name, value)); return globs;
      case YamlNode::Kind::sequence:
        for (const int index : value.children) {
          const YamlNode& item = resolved(index);
          if (item.kind != YamlNode::Kind::scalar) {
            fail(item.kind == YamlNode::Kind::null ? key : item,
                 fmt::format("{}: each item must be a glob such as \"pathways/**/*.yaml\", not {}", name,
                             kind_name(item.kind)));
          }
          globs.push_back(checked_glob(name, item));
        }
        return globs;
      default:
        fail(value, fmt::format("{} must be a glob or a list of globs such as [\"pathways/**/*.yaml\"], not {}", name,
                                kind_name(value.kind)));
    }
  }

  std::string checked_glob(const std::string& name, const YamlNode& item) const {
    const std::string_view glob = item.value;
    const bool has_name = std::any_of(glob.begin(), glob.end(), [](char c) { return c != '/' && c != '.'; });
    if (!has_name)
      fail(item, fmt::format("{}: the glob '{}' names no file or directory; remove it", name, clipped(glob, most_echoed)));
    if (glob == ".." || glob.starts_with("../") || glob.ends_with("/..") || glob.find("/../") != std::string::npos) {
      fail(item, fmt::format("{}: the glob '{}' uses '..', but globs are relative to the directory of {} and match "
                             "only files below it",
                             name, clipped(glob, most_echoed), config_file_name));
    }
    return std::string(glob);
  }

  void read_rules(const YamlNode& rules) {
    if (rules.kind == YamlNode::Kind::null) return;
    if (rules.kind != YamlNode::Kind::mapping) {
      fail(rules, fmt::format("rules must be a mapping of rule ids, theme ids or 'all' to a severity, such as "
                              "'gated-access: warning', not {}",
                              kind_name(rules.kind)));
    }
    check_unique_keys(rules, "rules");
    for (std::size_t i = 0; i + 1 < rules.children.size(); i += 2) {
      const YamlNode& key = node(rules.children[i]);
      const YamlNode& value = resolved(rules.children[i + 1]);
      const std::string name(key_text(key));
      if (name == all_rules_name || find_theme(name) != nullptr) {
        if (value.kind == YamlNode::Kind::mapping || value.kind == YamlNode::Kind::sequence) {
          fail(value, fmt::format("'{}' stands for {}: give it a severity ({}); options belong to single rules", name,
                                  name == all_rules_name ? "every rule" : "every rule of a theme",
                                  fmt::join(severity_names, ", ")));
        }
        Level level = read_level(name, key, value);
        if (name == all_rules_name) {
          all_level_ = std::move(level);
        } else {
          theme_levels_[name] = std::move(level);
        }
        continue;
      }
      const RuleEntry* rule = find_rule(name);
      if (rule == nullptr) fail(key, unknown_rule_message(name));
      std::optional<Level> level = read_rule_entry(*rule, key, value);
      if (is_file_rule(*rule)) {
        check_file_rule_level(*rule, level);
      } else if (level) {
        own_levels_[std::string(rule->id)] = std::move(*level);
      }
    }
  }

  static std::string unknown_rule_message(const std::string& name) {
    const auto candidates = rule_group_names();
    std::string hint = suggestion(name, candidates);
    if (hint.empty()) {
      std::vector<std::string_view> themes;
      for (const Theme& theme : all_themes()) themes.push_back(theme.id);
      hint = fmt::format(" ('msklint rules' lists the rule ids; a theme ({}) or 'all' sets many rules at once)",
                         fmt::join(themes, ", "));
    }
    return fmt::format("unknown rule '{}'{}", clipped(name, most_echoed), hint);
  }

  Level read_level(std::string_view name, const YamlNode& key, const YamlNode& value) const {
    if (value.kind != YamlNode::Kind::scalar) {
      fail(value.kind == YamlNode::Kind::null ? key : value,
           fmt::format("'{}' needs a severity ({}), not {}", name, fmt::join(severity_names, ", "),
                       kind_name(value.kind)));
    }
    Level level;
    level.origin = where(key);
    level.at = key.at;
    if (value.value == "off") {
      level.off = true;
    } else if (const auto severity = parse_severity(value.value)) {
      level.severity = *severity;
    } else {
      fail(value, fmt::format("'{}' is not a severity for '{}'{} (allowed: {})", clipped(value.value, most_echoed), name,
                              suggestion(value.value, severity_names), fmt::join(severity_names, ", ")));
    }
    return level;
  }

  // `rule: severity`, or a mapping of `severity` (optional) and options.
  std::optional<Level> read_rule_entry(const RuleEntry& rule, const YamlNode& key, const YamlNode& value) {
    if (value.kind != YamlNode::Kind::mapping) {
      if (value.kind == YamlNode::Kind::sequence) {
        fail(value, fmt::format("'{}' needs a severity ({}) or a mapping of severity and options, not a list", rule.id,
                                fmt::join(severity_names, ", ")));
      }
      return read_level(rule.id, key, value);
    }
    check_unique_keys(value, fmt::format("'{}'", rule.id));
    std::optional<Level> level;
    for (std::size_t i = 0; i + 1 < value.children.size(); i += 2) {
      const YamlNode& option_key = node(value.children[i]);
      const YamlNode& option_value = resolved(value.children[i + 1]);
      const std::string option(key_text(option_key));
      if (option == "severity") {
        level = read_level(rule.id, option_key, option_value);
      } else {
        read_option(rule, option_key, option, option_value);
      }
    }
    return level;
  }

  void read_option(const RuleEntry& rule, const YamlNode& key, const std::string& option, const YamlNode& value) {
    const RuleOptionSpec* spec = find_rule_option(rule.id, option);
    if (spec == nullptr) {
      std::vector<std::string_view> known{"severity"};
      for (const RuleOptionSpec& candidate : rule_option_specs()) {
        if (candidate.rule == rule.id) known.push_back(candidate.name);
      }
      if (known.size() == 1) {
        fail(key, fmt::format("rule '{}' has no options, only a severity; write '{}: <severity>'{}", rule.id, rule.id,
                              suggestion(option, known)));
      }
      fail(key, fmt::format("unknown option '{}' for rule '{}'{} (allowed: {})", clipped(option, most_echoed), rule.id,
                            suggestion(option, known), fmt::join(known, ", ")));
    }
    if (value.kind != YamlNode::Kind::scalar) {
      fail(value.kind == YamlNode::Kind::null ? key : value,
           fmt::format("option '{}' of rule '{}' needs a value such as '{}', not {}", option, rule.id, spec->example,
                       kind_name(value.kind)));
    }
    if (!spec->set(config_.rules.options, value.value)) {
      fail(value, fmt::format("'{}' is not a valid {} for rule '{}'; write it like '{}' ({})", clipped(value.value, most_echoed),
                              option, rule.id, spec->example, spec->description));
    }
    config_.origins[fmt::format("rules.{}.{}", rule.id, option)] = where(key);
  }

  // A rule about the file itself may be named only at its own severity.
  void check_file_rule_level(const RuleEntry& rule, const std::optional<Level>& level) const {
    if (!level) return;
    const RuleDoc* doc = find_rule_doc(rule.id);
    const Severity fixed = doc != nullptr ? doc->severity : Severity::error;
    if (!level->off && level->severity == fixed) return;
    throw ConfigError(source_.path(), level->at,
                      fmt::format("rule '{}' reports a problem with the pathway file itself, and a file msklint cannot "
                                  "read is always an error: it cannot be turned off or given another severity than {}",
                                  rule.id, to_string(fixed)));
  }

  // A rule's own entry beats its theme's, which beats `all`, in any order written.
  void settle_rules() {
    for (const RuleEntry& rule : all_rules()) {
      if (is_file_rule(rule)) continue;
      const Level* level = nullptr;
      if (const auto own = own_levels_.find(rule.id); own != own_levels_.end()) {
        level = &own->second;
      } else if (const auto theme = theme_levels_.find(theme_of(rule.id)); theme != theme_levels_.end()) {
        level = &theme->second;
      } else if (all_level_) {
        level = &*all_level_;
      }
      if (level == nullptr) continue;
      if (level->off) {
        config_.rules.off.emplace(rule.id);
      } else {
        config_.rules.severity[std::string(rule.id)] = level->severity;
      }
      config_.origins[fmt::format("rules.{}", rule.id)] = level->origin;
    }
  }

  const SourceText& source_;
  const YamlTree& tree_;
  Config& config_;
  std::optional<Level> all_level_;
  std::map<std::string, Level, std::less<>> theme_levels_;
  std::map<std::string, Level, std::less<>> own_levels_;
};

}  // namespace

ConfigError::ConfigError(const std::string& file, Location where, std::string what_is_wrong)
    : std::runtime_error(where.known() ? fmt::format("{}:{}:{}: {}", file, where.line, where.column, what_is_wrong)
                                       : fmt::format("{}: {}", file, what_is_wrong)),
      at(where),
      problem(std::move(what_is_wrong)) {}

namespace {

Config read_config(const fs::path& file, const LoadedSource& loaded) {
  Config config;
  config.file = file;
  config.base = absolute_normal(file).parent_path();
  Findings problems = loaded.problems;
  ParsedYaml parsed;
  if (loaded.parseable) {
    parsed = parse_yaml(loaded.source, Limits{});
    problems.insert(problems.end(), parsed.problems.begin(), parsed.problems.end());
  }
  // An empty file is the defaults; duplicate keys get a clearer message from
  // the reader, which sees which mapping they are in.
  for (const Finding& problem : problems) {
    if (problem.rule == "empty-file" || problem.rule == "duplicate-key") continue;
    if (problem.rule == "multiple-documents") {
      throw ConfigError(file.string(), problem.at,
                        "a configuration is one YAML document, but the file holds more; remove the '---' line that "
                        "starts the second");
    }
    // The hints about raising limits are for pathways, not for this file.
    const bool hint = !problem.hint.empty() && problem.rule != "limit-exceeded";
    throw ConfigError(file.string(), problem.at,
                      fmt::format("{}{}{}", problem.message, hint ? "; " : "", hint ? problem.hint : ""));
  }
  ConfigReader(loaded.source, parsed.tree, config).read();
  return config;
}

}  // namespace

Config load_config(const fs::path& file) { return read_config(file, load_source(file.string(), Limits{})); }

Config load_config_text(const fs::path& file, std::string text) {
  return read_config(file, check_source(file.string(), std::move(text)));
}

}  // namespace msklint
