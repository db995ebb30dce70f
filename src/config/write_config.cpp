// --show-config: the configuration in effect, as a .msklint.yaml. Defaults
// are written commented out, so the output read back gives exactly the same
// settings, and a rule that picks its severity per finding keeps doing so.

#include <algorithm>
#include <cctype>
#include <utility>

#include <fmt/format.h>

#include "config/config.h"
#include "config/rule_groups.h"
#include "rules/rule_docs.h"
#include "rules/themes.h"
#include "util/visible.h"
#include "util/yaml_quote.h"

namespace msklint {

namespace {

constexpr std::size_t comment_column = 44;

// Plain when YAML would read the text back unchanged, else quoted.
std::string scalar(std::string_view text) {
  const bool plain =
      !text.empty() && std::isalnum(static_cast<unsigned char>(text.front())) && text.back() != ' ' && text != "null" &&
      text != "Null" && text != "NULL" && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '_' || c == '-' || c == '+';
      });
  return plain ? std::string(text) : yaml_double_quoted(text);
}

std::string glob_list(const std::vector<std::string>& globs) {
  std::vector<std::string> items;
  for (const auto& glob : globs) items.push_back(yaml_double_quoted(glob));
  return fmt::format("[{}]", fmt::join(items, ", "));
}

class ConfigWriter {
 public:
  ConfigWriter(std::ostream& out, const Config& config) : out_(out), config_(config) {}

  void write() {
    out_ << "# msklint configuration in effect (msklint check --show-config)\n";
    if (config_.file.empty()) {
      out_ << "# No " << config_file_name << " found: built-in defaults.\n";
    } else {
      // Comments end at the line's end: paths are written out visibly (util/visible.h).
      out_ << "# Read from: " << visible(config_.file.string()) << '\n';
    }
    // Said in words, not as an absolute path, so the output is the same on every machine.
    out_ << (config_.file.empty() ? "# Globs are relative to the working directory.\n"
                                  : "# Globs are relative to that file's directory.\n")
         << "# Lines commented out are defaults; remove the '# ' to change one.\n\n";
    const auto fail_on = config_.fail_on.value_or(FailLevel::error);
    line(0, config_.fail_on.has_value(), fmt::format("fail-on: {}", to_string(fail_on)), origin("fail-on"));
    line(0, !config_.include.empty(), fmt::format("include: {}", glob_list(config_.include)),
         config_.include.empty() ? "default: every *.yaml and *.yml file" : origin("include"));
    line(0, !config_.exclude.empty(), fmt::format("exclude: {}", glob_list(config_.exclude)),
         config_.exclude.empty() ? "default: nothing excluded" : origin("exclude"));
    out_ << "\nrules:\n";
    for (const Theme& theme : all_themes()) {
      out_ << fmt::format("  # --- theme '{}': {} ---\n", theme.id, theme.title);
      for (const RuleEntry& rule : all_rules()) {
        if (theme_of(rule.id) == theme.id) write_rule(rule);
      }
    }
    bool other_heading = false;
    for (const RuleEntry& rule : all_rules()) {
      if (find_theme(theme_of(rule.id)) != nullptr) continue;
      if (!std::exchange(other_heading, true)) out_ << "  # --- no theme ---\n";
      write_rule(rule);
    }
  }

 private:
  std::string origin(const std::string& key) const {
    const auto it = config_.origins.find(key);
    return it == config_.origins.end() ? "default" : visible(it->second);
  }

  void line(int indent, bool active, const std::string& text, const std::string& comment) {
    std::string written = std::string(static_cast<std::size_t>(indent), ' ') + (active ? "" : "# ") + text;
    written.resize(std::max(written.size() + 2, comment_column), ' ');
    out_ << written << "# " << comment << '\n';
  }

  void write_rule(const RuleEntry& rule) {
    const RuleDoc* doc = find_rule_doc(rule.id);
    const Severity default_severity = doc != nullptr ? doc->severity : Severity::error;
    if (is_file_rule(rule)) {
      line(2, false, fmt::format("{}: {}", rule.id, to_string(default_severity)),
           "default; a file msklint cannot read is always an error");
      return;
    }
    const std::string key = fmt::format("rules.{}", rule.id);
    const bool off = !config_.rules.enabled(rule.id);
    const auto set = config_.rules.severity.find(rule.id);
    const bool severity_is_default = !off && set == config_.rules.severity.end();
    const std::string severity(off ? "off" : to_string(severity_is_default ? default_severity : set->second));

    std::vector<const RuleOptionSpec*> options;
    for (const RuleOptionSpec& spec : rule_option_specs()) {
      if (spec.rule == rule.id) options.push_back(&spec);
    }
    if (options.empty()) {
      line(2, !severity_is_default, fmt::format("{}: {}", rule.id, severity), origin(key));
      return;
    }
    auto option_key = [&](const RuleOptionSpec* spec) { return fmt::format("{}.{}", key, spec->name); };
    const bool all_default = severity_is_default && std::none_of(options.begin(), options.end(), [&](auto* spec) {
                               return config_.origins.contains(option_key(spec));
                             });
    line(2, !all_default, fmt::format("{}:", rule.id), all_default ? "default" : "severity and options");
    const bool inner = !all_default;  // inner lines are active only inside an active mapping
    line(4, inner && !severity_is_default, fmt::format("severity: {}", severity), origin(key));
    for (const RuleOptionSpec* spec : options) {
      const bool is_default = !config_.origins.contains(option_key(spec));
      line(4, inner && !is_default, fmt::format("{}: {}", spec->name, scalar(spec->show(config_.rules.options))),
           origin(option_key(spec)));
    }
  }

  std::ostream& out_;
  const Config& config_;
};

}  // namespace

void write_config(std::ostream& out, const Config& config) { ConfigWriter(out, config).write(); }

}  // namespace msklint
