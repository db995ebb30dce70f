#include "config/config.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "rules/rule.h"
#include "rules/rule_docs.h"
#include "test_support.h"

namespace msklint {

namespace fs = std::filesystem;

namespace {

using TempDir = testing::ScratchDir;

// Restores the working directory when it goes.
class WorkingDirectory {
 public:
  explicit WorkingDirectory(const fs::path& to) : before_(fs::current_path()) { fs::current_path(to); }
  ~WorkingDirectory() { fs::current_path(before_); }

 private:
  fs::path before_;
};

Config load_text(const TempDir& dir, std::string_view text) { return load_config(dir.write(".msklint.yaml", text)); }

// The ConfigError for `text` as a .msklint.yaml, with the scratch directory
// taken out of the path so expectations read as users see them.
std::string config_error(std::string_view text) {
  const TempDir dir;
  const fs::path file = dir.write(".msklint.yaml", text);
  try {
    load_config(file);
  } catch (const ConfigError& error) {
    std::string message = error.what();
    const std::string prefix = (dir.path() / "").string();
    if (message.starts_with(prefix)) message.erase(0, prefix.size());
    return message;
  }
  return "(no error)";
}

std::string command_line_error(const std::vector<std::string>& select, const std::vector<std::string>& ignore) {
  Config config;
  try {
    apply_command_line(config, select, ignore);
  } catch (const ConfigError& error) {
    return error.what();
  }
  return "(no error)";
}

// The severity a finding of `rule` gets under `settings` when the rule does not choose one.
std::optional<Severity> effective(const RuleSettings& settings, std::string_view rule) {
  if (!settings.enabled(rule)) return std::nullopt;
  if (const auto it = settings.severity.find(rule); it != settings.severity.end()) return it->second;
  return find_rule_doc(rule)->severity;
}

constexpr std::string_view example = R"(fail-on: warning            # error | warning | info | never
include: ["pathways/**/*.yaml"]
exclude: ["drafts/", "**/*.draft.yaml"]
rules:
  gated-access: error
  health-coaching: off
  health-equalities: warning
  all: info
  measures-missing: error
  support-while-waiting:
    severity: warning
    long-wait: 6 weeks
)";

}  // namespace

TEST_CASE("config: the documented example") {
  const TempDir dir;
  const Config config = load_text(dir, example);
  CHECK(config.file == dir.path() / ".msklint.yaml");
  CHECK(config.base == dir.path());
  CHECK(config.fail_on == FailLevel::warning);
  CHECK(config.include == std::vector<std::string>{"pathways/**/*.yaml"});
  CHECK(config.exclude == std::vector<std::string>{"drafts/", "**/*.draft.yaml"});
  CHECK(effective(config.rules, "gated-access") == Severity::error);
  CHECK(effective(config.rules, "health-coaching") == std::nullopt);
  CHECK(effective(config.rules, "inequalities-missing") == Severity::warning);  // its theme
  CHECK(effective(config.rules, "measures-missing") == Severity::error);        // own beats theme
  CHECK(effective(config.rules, "dead-end") == Severity::info);                 // all
  CHECK(effective(config.rules, "support-while-waiting") == Severity::warning);
  CHECK(config.rules.options.long_wait.days == doctest::Approx(42));
  CHECK_FALSE(config.rules.options.long_wait.working_days);
  // File problems are not touched by `all`.
  CHECK(config.rules.enabled("yaml-syntax"));
  CHECK_FALSE(config.rules.severity.contains("yaml-syntax"));
  CHECK_FALSE(config.rules.severity.contains("health-coaching"));  // off rules carry no severity

  const std::string file = (dir.path() / ".msklint.yaml").string();
  CHECK(config.origins.at("fail-on") == file + ":1:1");
  CHECK(config.origins.at("include") == file + ":2:1");
  CHECK(config.origins.at("exclude") == file + ":3:1");
  CHECK(config.origins.at("rules.gated-access") == file + ":5:3");
  CHECK(config.origins.at("rules.health-coaching") == file + ":6:3");
  CHECK(config.origins.at("rules.inequalities-missing") == file + ":7:3");
  CHECK(config.origins.at("rules.dead-end") == file + ":8:3");
  CHECK(config.origins.at("rules.measures-missing") == file + ":9:3");
  CHECK(config.origins.at("rules.support-while-waiting") == file + ":11:5");
  CHECK(config.origins.at("rules.support-while-waiting.long-wait") == file + ":12:5");
  CHECK_FALSE(config.origins.contains("rules.yaml-syntax"));
}

TEST_CASE("config: precedence does not depend on the order written") {
  const TempDir dir;
  for (const std::string_view text : {
           "rules:\n  measures-missing: error\n  health-equalities: warning\n  all: off\n",
           "rules:\n  all: off\n  health-equalities: warning\n  measures-missing: error\n",
           "rules:\n  health-equalities: warning\n  all: off\n  measures-missing: error\n",
       }) {
    CAPTURE(text);
    const Config config = load_text(dir, text);
    CHECK(effective(config.rules, "measures-missing") == Severity::error);
    CHECK(effective(config.rules, "waiting-only-measures") == Severity::warning);
    CHECK(effective(config.rules, "inequalities-missing") == Severity::warning);
    CHECK(effective(config.rules, "dead-end") == std::nullopt);
    CHECK(effective(config.rules, "unused-waiver") == std::nullopt);  // waiver rules are configurable
    CHECK(effective(config.rules, "schema") == Severity::error);      // file rules are not
  }
  // A theme turned off, one of its rules turned back on.
  const Config config = load_text(dir, "rules:\n  inequalities-missing: info\n  health-equalities: off\n");
  CHECK(effective(config.rules, "inequalities-missing") == Severity::info);
  CHECK(effective(config.rules, "measures-missing") == std::nullopt);
  // A mapping without a severity takes it from the theme.
  const Config options_only =
      load_text(dir, "rules:\n  wider-access: error\n  support-while-waiting: {long-wait: 3 working days}\n");
  CHECK(effective(options_only.rules, "support-while-waiting") == Severity::error);
  CHECK(options_only.rules.options.long_wait.working_days);
  CHECK(options_only.rules.options.long_wait.days == doctest::Approx(3));
}

TEST_CASE("config: empty files, comments and empty values give the defaults") {
  const TempDir dir;
  for (const std::string_view text : {"", "# nothing yet\n", "\n\n", "rules:\ninclude:\nexclude: []\n", "{}"}) {
    CAPTURE(text);
    const Config config = load_text(dir, text);
    CHECK(config.rules.off.empty());
    CHECK(config.rules.severity.empty());
    CHECK(config.include.empty());
    CHECK(config.exclude.empty());
    CHECK_FALSE(config.fail_on.has_value());
    CHECK(config.origins.empty());
  }
}

TEST_CASE("config: file rules keep their severity") {
  const TempDir dir;
  // Naming one at its own severity changes nothing and is allowed (--show-config writes them).
  const Config config = load_text(dir, "rules:\n  yaml-syntax: error\n  all: off\n");
  CHECK(config.rules.enabled("yaml-syntax"));
  CHECK(config.rules.enabled("schema"));
  CHECK_FALSE(config.rules.enabled("dead-end"));
  const std::string refused =
      "reports a problem with the pathway file itself, and a file msklint cannot read is always an error: it cannot "
      "be turned off or given another severity than error";
  CHECK(config_error("rules:\n  yaml-syntax: off\n") == ".msklint.yaml:2:3: rule 'yaml-syntax' " + refused);
  CHECK(config_error("rules:\n  schema: warning\n") == ".msklint.yaml:2:3: rule 'schema' " + refused);
  CHECK(config_error("rules:\n  encoding:\n    severity: info\n") == ".msklint.yaml:3:5: rule 'encoding' " + refused);
}

TEST_CASE("config: error messages say where, what is wrong and what is allowed") {
  // Unknown names, with did-you-mean.
  CHECK(config_error("fail_on: warning\n") ==
        ".msklint.yaml:1:1: unknown setting 'fail_on'; did you mean 'fail-on'? "
        "(allowed: fail-on, include, exclude, rules)");
  CHECK(config_error("fail-on: warning\nrules:\n  dead-end: info\n  gated-acess: error\n") ==
        ".msklint.yaml:4:3: unknown rule 'gated-acess'; did you mean 'gated-access'?");
  CHECK(config_error("rules:\n  health-equality: off\n") ==
        ".msklint.yaml:2:3: unknown rule 'health-equality'; did you mean 'health-equalities'?");
  CHECK(config_error("rules:\n  xyzzy: off\n") ==
        ".msklint.yaml:2:3: unknown rule 'xyzzy' ('msklint rules' lists the rule ids; a theme (coproduction, "
        "msk-services, wider-access, workforce-and-funding, health-equalities, barriers-to-access, icb-leadership, "
        "structure) or 'all' sets many rules at once)");
  // Severities.
  CHECK(config_error("rules:\n  gated-access: warn\n") ==
        ".msklint.yaml:2:17: 'warn' is not a severity for 'gated-access'; did you mean 'warning'? "
        "(allowed: error, warning, info, off)");
  CHECK(config_error("rules:\n  all: never\n") ==
        ".msklint.yaml:2:8: 'never' is not a severity for 'all' (allowed: error, warning, info, off)");
  CHECK(config_error("rules:\n  gated-access:\n") ==
        ".msklint.yaml:2:3: 'gated-access' needs a severity (error, warning, info, off), not nothing");
  CHECK(config_error("rules:\n  gated-access: [error]\n") ==
        ".msklint.yaml:2:17: 'gated-access' needs a severity (error, warning, info, off) or a mapping of severity "
        "and options, not a list");
  CHECK(config_error("rules:\n  health-equalities: {severity: off}\n") ==
        ".msklint.yaml:2:22: 'health-equalities' stands for every rule of a theme: give it a severity (error, "
        "warning, info, off); options belong to single rules");
  // Options.
  CHECK(config_error("rules:\n  support-while-waiting:\n    long-wai: 6 weeks\n") ==
        ".msklint.yaml:3:5: unknown option 'long-wai' for rule 'support-while-waiting'; did you mean 'long-wait'? "
        "(allowed: severity, long-wait)");
  CHECK(config_error("rules:\n  gated-access:\n    severity: error\n    long-wait: 6 weeks\n") ==
        ".msklint.yaml:4:5: rule 'gated-access' has no options, only a severity; write 'gated-access: <severity>'");
  CHECK(config_error("rules:\n  support-while-waiting:\n    long-wait: six weeks\n") ==
        ".msklint.yaml:3:16: 'six weeks' is not a valid long-wait for rule 'support-while-waiting'; write it like "
        "'6 weeks' (A wait longer than this needs support while people wait (default: 28 days, ARMA's \"a few "
        "weeks\").)");
  CHECK(config_error("rules:\n  support-while-waiting:\n    long-wait: [6 weeks]\n") ==
        ".msklint.yaml:3:16: option 'long-wait' of rule 'support-while-waiting' needs a value such as '6 weeks', "
        "not a list");
  // fail-on.
  CHECK(config_error("fail-on: warnings\n") ==
        ".msklint.yaml:1:10: 'warnings' is not a fail-on level; did you mean 'warning'? "
        "(allowed: error, warning, info, never)");
  CHECK(config_error("fail-on:\n") ==
        ".msklint.yaml:1:1: fail-on needs one of error, warning, info, never, not nothing");
  // include and exclude.
  CHECK(
      config_error("include: {a: b}\n") ==
      ".msklint.yaml:1:10: include must be a glob or a list of globs such as [\"pathways/**/*.yaml\"], not a mapping");
  CHECK(config_error("exclude:\n  - drafts/\n  - [x]\n") ==
        ".msklint.yaml:3:5: exclude: each item must be a glob such as \"pathways/**/*.yaml\", not a list");
  CHECK(config_error("include: [\"\"]\n") ==
        ".msklint.yaml:1:11: include: the glob '' names no file or directory; remove it");
  CHECK(config_error("exclude: ../other\n") ==
        ".msklint.yaml:1:10: exclude: the glob '../other' uses '..', but globs are relative to the directory of "
        ".msklint.yaml and match only files below it");
  // Wrong types.
  CHECK(config_error("rules:\n  - gated-access\n") ==
        ".msklint.yaml:2:3: rules must be a mapping of rule ids, theme ids or 'all' to a severity, such as "
        "'gated-access: warning', not a list");
  CHECK(config_error("- rules\n") ==
        ".msklint.yaml:1:1: the configuration must be a mapping of settings (fail-on, include, exclude, rules), "
        "not a list");
  CHECK(config_error("just text\n") ==
        ".msklint.yaml:1:1: the configuration must be a mapping of settings (fail-on, include, exclude, rules), "
        "not text");
  // Duplicate keys, at each level.
  CHECK(config_error("fail-on: error\ninclude: a\nfail-on: never\n") ==
        ".msklint.yaml:3:1: 'fail-on' is set twice in the configuration (first at line 1); keep one");
  CHECK(config_error("rules:\n  dead-end: info\n  dead-end: off\n") ==
        ".msklint.yaml:3:3: 'dead-end' is set twice in rules (first at line 2); keep one");
  CHECK(config_error("rules:\n  support-while-waiting: {severity: info, severity: off}\n") ==
        ".msklint.yaml:2:43: 'severity' is set twice in 'support-while-waiting' (first at line 2); keep one");
}

TEST_CASE("config: unreadable, invalid and hostile files are errors, never crashes") {
  // YAML syntax errors come from src/read, located.
  const std::string syntax = config_error("rules:\n  gated-access: error\n    dead-end: off\n");
  CHECK(syntax.starts_with(".msklint.yaml:3:13: not valid YAML"));
  CHECK(config_error("include: [\"a\"\n").starts_with(".msklint.yaml:"));
  CHECK(config_error("fail-on: \"error\n") ==
        ".msklint.yaml:1:10: not valid YAML: the quote opened here is never closed; add the closing quote at the end "
        "of the text");
  CHECK(config_error("fail-on: error\n---\nfail-on: never\n") ==
        ".msklint.yaml:2:1: a configuration is one YAML document, but the file holds more; remove the '---' line "
        "that starts the second");
  // Binary, deep, huge.
  CHECK(config_error(std::string("fail-on: error\n\0\x01\x02", 18))
            .starts_with(".msklint.yaml:2:1: the file contains a NUL byte"));
  CHECK(config_error(std::string(100000, '[') + std::string(100000, ']'))
            .starts_with(".msklint.yaml:1:65: the YAML nests more than 64 levels deep"));
  CHECK(config_error(std::string(17u * 1024 * 1024, '#')) ==
        ".msklint.yaml: the file is larger than 16777216 bytes, the most msklint reads");
  CHECK(config_error("fail-on: \xff\xfe\n")
            .starts_with(".msklint.yaml:1:10: this line has bytes that are not valid UTF-8"));
  // Huge text is cut short in the message.
  const std::string long_value = config_error("rules:\n  gated-access: " + std::string(100000, 'x') + "\n");
  CAPTURE(long_value.substr(0, 200));
  CHECK(long_value.starts_with(".msklint.yaml:2:17: '" + std::string(80, 'x') + "...' is not a severity"));
  CHECK(long_value.size() < 400);
  const std::string long_key = config_error("rules:\n  ? " + std::string(100000, 'x') + "\n  : off\n");
  CHECK(long_key.starts_with(".msklint.yaml:2:5: unknown rule '" + std::string(80, 'x') + "...' ("));
  CHECK(long_key.size() < 600);
  // Missing and a directory.
  const TempDir dir;
  CHECK_THROWS_WITH_AS(load_config(dir.path() / "missing.yaml"),
                       ((dir.path() / "missing.yaml").string() +
                        ": cannot read this file: No such file or directory; check the path and the file's permissions")
                           .c_str(),
                       ConfigError);
  CHECK_THROWS_AS(load_config(dir.path()), ConfigError);
}

TEST_CASE("config: aliases are read as their anchored values") {
  const TempDir dir;
  CHECK(config_error("defaults: &d warning\n") ==
        ".msklint.yaml:1:1: unknown setting 'defaults' (allowed: fail-on, include, exclude, rules)");
  const Config config = load_text(dir,
                                  "include: &globs [\"a/*.yaml\"]\nexclude: *globs\nrules:\n  dead-end: &sev info\n"
                                  "  gated-access: *sev\n");
  CHECK(config.exclude == std::vector<std::string>{"a/*.yaml"});
  CHECK(effective(config.rules, "gated-access") == Severity::info);
  CHECK(config_error("rules:\n  dead-end: &sev [info]\n  gated-access: *sev\n") ==
        ".msklint.yaml:2:13: 'dead-end' needs a severity (error, warning, info, off) or a mapping of severity and "
        "options, not a list");
}

TEST_CASE("config: find_config walks up to the nearest .msklint.yaml") {
  const TempDir dir;
  dir.write("repo/.msklint.yaml", "fail-on: never\n");
  const fs::path file = dir.write("repo/pathways/hip/a.yaml", "pathway: {}\n");
  CHECK(find_config(file) == dir.path() / "repo/.msklint.yaml");
  CHECK(find_config(dir.path() / "repo/pathways") == dir.path() / "repo/.msklint.yaml");
  CHECK(find_config(dir.path() / "repo") == dir.path() / "repo/.msklint.yaml");
  CHECK(find_config(dir.path() / "repo/pathways/hip/not-yet-written.yaml") == dir.path() / "repo/.msklint.yaml");
  dir.write("repo/pathways/.msklint.yaml", "");
  CHECK(find_config(file) == dir.path() / "repo/pathways/.msklint.yaml");
  // Above the repository there may be nothing (unless the machine has one higher up).
  const auto above = find_config(dir.path());
  CHECK((!above || above->parent_path() != dir.path()));
  // Below the working directory the path is relative, as users typed it.
  const WorkingDirectory here(dir.path() / "repo");
  CHECK(find_config("pathways/hip/a.yaml") == fs::path("pathways/.msklint.yaml"));
  CHECK(find_config("pathways/../a.yaml") == fs::path(".msklint.yaml"));
  CHECK(find_config(".") == fs::path(".msklint.yaml"));
}

TEST_CASE("config: ConfigFinder gives each file its nearest configuration, without merging") {
  const TempDir dir;
  dir.write(".msklint.yaml", "fail-on: warning\nrules:\n  dead-end: off\n");
  dir.write("nested/.msklint.yaml", "rules:\n  gated-access: info\n");
  const fs::path top = dir.write("a.yaml", "");
  const fs::path nested = dir.write("nested/deeper/b.yaml", "");
  const fs::path sibling = dir.write("other/c.yaml", "");
  ConfigFinder finder;
  const Config& for_top = finder.for_file(top);
  const Config& for_nested = finder.for_file(nested);
  CHECK(for_top.fail_on == FailLevel::warning);
  CHECK_FALSE(for_top.rules.enabled("dead-end"));
  CHECK(for_nested.file == dir.path() / "nested/.msklint.yaml");
  CHECK(for_nested.base == dir.path() / "nested");
  CHECK_FALSE(for_nested.fail_on.has_value());  // not merged with the parent's
  CHECK(for_nested.rules.enabled("dead-end"));
  CHECK(effective(for_nested.rules, "gated-access") == Severity::info);
  CHECK(&finder.for_file(sibling) == &for_top);  // loaded once, shared
  CHECK(&finder.for_file(nested) == &for_nested);
  CHECK(&finder.for_file(dir.path() / "nested") == &for_nested);  // a directory works too

  // Many threads at once get the same objects.
  ConfigFinder shared;
  std::vector<const Config*> seen(8);
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i) {
      threads.emplace_back([&, i] { seen[i] = &shared.for_file(i % 2 == 0 ? top : nested); });
    }
  }
  for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == seen[i % 2]);
  CHECK(seen[0] != seen[1]);

  // A forced configuration applies everywhere; command-line options apply to each.
  ConfigFinder forced(dir.path() / "nested/.msklint.yaml", {}, {"gated-access"});
  CHECK(&forced.for_file(top) == &forced.for_file(nested));
  CHECK_FALSE(forced.for_file(top).rules.enabled("gated-access"));
  ConfigFinder ignoring(std::nullopt, {}, {"gated-access"});
  CHECK_FALSE(ignoring.for_file(nested).rules.enabled("gated-access"));
  CHECK_FALSE(ignoring.for_file(top).rules.enabled("gated-access"));
  CHECK_FALSE(ignoring.for_file(top).rules.enabled("dead-end"));

  // Errors surface: a bad forced file or name at once, a bad found file when it is needed.
  CHECK_THROWS_AS(ConfigFinder(dir.path() / "missing.yaml"), ConfigError);
  CHECK_THROWS_WITH_AS(ConfigFinder(std::nullopt, {"dead-edn"}),
                       "--select: unknown rule or theme 'dead-edn'; did you mean 'dead-end'?", ConfigError);
  dir.write("broken/.msklint.yaml", "rules: [\n");
  ConfigFinder finding_broken;
  CHECK_THROWS_AS(finding_broken.for_file(dir.write("broken/d.yaml", "")), ConfigError);
  CHECK_NOTHROW(finding_broken.for_file(top));
}

TEST_CASE("config: ConfigFinder without any configuration uses the defaults from the working directory") {
  const TempDir dir;
  const fs::path file = dir.write("a.yaml", "");
  if (find_config(file)) return;  // the machine has a .msklint.yaml above the temporary directory
  ConfigFinder finder;
  const Config& config = finder.for_file(file);
  CHECK(config.file.empty());
  CHECK(config.base == fs::current_path());
  CHECK(config.rules.off.empty());
}

TEST_CASE("config: --select and --ignore") {
  const TempDir dir;
  Config config = load_text(dir,
                            "rules:\n  gated-access: error\n  dead-end: off\n  health-coaching: off\n"
                            "  support-while-waiting: {severity: warning, long-wait: 2 weeks}\n");
  apply_command_line(config, {"gated-access", "dead-end", "wider-access"}, {"health-coaching"});
  // --select decides what runs, whatever the file turned off...
  CHECK(effective(config.rules, "gated-access") == Severity::error);  // ...keeping the file's severity
  CHECK(effective(config.rules, "dead-end") == Severity::warning);    // off in the file: back at its default
  CHECK(effective(config.rules, "support-while-waiting") == Severity::warning);
  CHECK(effective(config.rules, "talking-therapies-link").has_value());
  CHECK(effective(config.rules, "health-coaching") == std::nullopt);  // --ignore after --select
  CHECK(effective(config.rules, "unreachable-service") == std::nullopt);
  CHECK(effective(config.rules, "unused-waiver") == std::nullopt);
  CHECK(config.rules.enabled("yaml-syntax"));  // file rules always run
  CHECK(config.rules.options.long_wait.days == doctest::Approx(14));
  CHECK(config.origins.at("rules.dead-end") == "--select");
  CHECK(config.origins.at("rules.unreachable-service") == "--select");
  CHECK(config.origins.at("rules.health-coaching") == "--ignore");
  CHECK(config.origins.at("rules.gated-access").ends_with(".msklint.yaml:2:3"));
  CHECK_FALSE(config.origins.contains("rules.talking-therapies-link"));

  // Without --select, the file's on/off stands; --ignore of a group skips file rules.
  Config ignored;
  apply_command_line(ignored, {}, {"structure", "health-equalities"});
  CHECK_FALSE(ignored.rules.enabled("dead-end"));
  CHECK_FALSE(ignored.rules.enabled("measures-missing"));
  CHECK(ignored.rules.enabled("yaml-syntax"));
  CHECK(ignored.rules.enabled("gated-access"));
  Config all;
  apply_command_line(all, {"all"}, {"dead-end"});
  CHECK(all.rules.enabled("gated-access"));
  CHECK_FALSE(all.rules.enabled("dead-end"));
  // A severity set by the file does not outlive --ignore.
  Config set = load_text(dir, "rules:\n  dead-end: info\n");
  apply_command_line(set, {}, {"dead-end"});
  CHECK_FALSE(set.rules.severity.contains("dead-end"));
  // --select of a file rule alone runs only the file rules.
  Config only_file;
  apply_command_line(only_file, {"yaml-syntax"}, {});
  CHECK_FALSE(only_file.rules.enabled("dead-end"));
  CHECK(only_file.rules.enabled("yaml-syntax"));

  CHECK(command_line_error({"gated-acess"}, {}) ==
        "--select: unknown rule or theme 'gated-acess'; did you mean 'gated-access'?");
  CHECK(command_line_error({}, {"health-equality"}) ==
        "--ignore: unknown rule or theme 'health-equality'; did you mean 'health-equalities'?");
  CHECK(command_line_error({}, {"xyzzy"}) ==
        "--ignore: unknown rule or theme 'xyzzy' ('msklint rules' lists the rule ids and their themes)");
  CHECK(command_line_error({""}, {}) ==
        "--select: an empty name; give rule ids, theme ids or 'all', separated by commas");
  CHECK(command_line_error({}, {"schema"}) ==
        "--ignore: rule 'schema' reports a problem with the pathway file itself, and a file msklint cannot read is "
        "always an error: it cannot be turned off");
  // Nothing changes when a name is bad.
  Config untouched;
  CHECK_THROWS_AS(apply_command_line(untouched, {"dead-end"}, {"nope"}), ConfigError);
  CHECK(untouched.rules.off.empty());
}

TEST_CASE("config: selects_file applies include and exclude relative to the configuration") {
  const TempDir dir;
  const Config config = load_text(dir, example);
  const fs::path& base = dir.path();
  CHECK(selects_file(config, base / "pathways/hip.yaml", false));
  CHECK(selects_file(config, base / "pathways/x/knee.yaml", false));
  CHECK_FALSE(selects_file(config, base / "pathways/hip.yml", false));  // include says *.yaml
  CHECK_FALSE(selects_file(config, base / "other/hip.yaml", false));    // not included
  CHECK_FALSE(selects_file(config, base / "pathways/drafts/a.yaml", false));
  CHECK_FALSE(selects_file(config, base / "pathways/a.draft.yaml", false));
  // Named on the command line: include does not apply, exclude does.
  CHECK(selects_file(config, base / "other/hip.yaml", true));
  CHECK(selects_file(config, base / "notes.txt", true));
  CHECK_FALSE(selects_file(config, base / "drafts/a.yaml", true));
  CHECK_FALSE(selects_file(config, base / "x/a.draft.yaml", true));
  // Non-normal paths are normalised; outside the base no glob matches.
  CHECK(selects_file(config, base / "pathways/x/../hip.yaml", false));
  CHECK_FALSE(selects_file(config, base / "../elsewhere/pathways/hip.yaml", false));
  CHECK(selects_file(config, base / "../elsewhere/drafts/a.yaml", true));  // exclude does not reach outside
  // The configuration file itself is never a pathway.
  CHECK_FALSE(selects_file(config, base / ".msklint.yaml", true));

  // Relative paths are taken from the working directory.
  const WorkingDirectory here(base);
  CHECK(selects_file(config, "pathways/hip.yaml", false));
  CHECK(selects_file(config, "./pathways/hip.yaml", false));
  CHECK_FALSE(selects_file(config, "drafts/a.yaml", true));

  // An included directory brings in the pathway files below it, not every file.
  const Config directory = load_text(dir, "include: [pathways, \"notes/*.txt\", \"data/**\"]\n");
  CHECK(selects_file(directory, "pathways/x/a.yml", false));
  CHECK_FALSE(selects_file(directory, "pathways/README.md", false));
  CHECK(selects_file(directory, "notes/a.txt", false));    // matched by name
  CHECK(selects_file(directory, "data/x/a.json", false));  // `**` matches the name too
  CHECK_FALSE(selects_file(directory, "other/a.yaml", false));

  // Without include: every .yaml / .yml, even outside the base.
  const Config defaults = load_text(dir, "exclude: old\n");
  CHECK(selects_file(defaults, "a.yaml", false));
  CHECK(selects_file(defaults, "x/a.yml", false));
  CHECK_FALSE(selects_file(defaults, "x/a.json", false));
  CHECK_FALSE(selects_file(defaults, "x/old/a.yaml", false));
  CHECK(selects_file(defaults, "/elsewhere/old/a.yaml", false));
}

TEST_CASE("config: write_config lists everything and reads back to the same settings") {
  const TempDir dir;
  const Config config = [&] {
    Config loaded = load_text(dir, R"(fail-on: info
include: ["pathways/**/*.yaml", "odd \"name\".yaml"]
exclude: drafts/
rules:
  health-equalities: warning
  gated-access: info
  support-while-waiting: {long-wait: 3 working days}
)");
    apply_command_line(loaded, {}, {"dead-end"});
    return loaded;
  }();
  std::ostringstream out;
  write_config(out, config);
  const std::string text = out.str();
  CAPTURE(text);
  const std::string file = (dir.path() / ".msklint.yaml").string();
  CHECK(text.find("fail-on: info                               # " + file + ":1:1\n") != std::string::npos);
  CHECK(text.find("include: [\"pathways/**/*.yaml\", \"odd \\\"name\\\".yaml\"]  # " + file + ":2:1\n") !=
        std::string::npos);
  CHECK(text.find("  gated-access: info                        # " + file + ":6:3\n") != std::string::npos);
  CHECK(text.find("  measures-missing: warning                 # " + file + ":5:3\n") != std::string::npos);
  CHECK(text.find("  dead-end: off                             # --ignore\n") != std::string::npos);
  CHECK(text.find("  # no-entry-point: error                   # default\n") != std::string::npos);
  CHECK(text.find("  # yaml-syntax: error                      # default; a file msklint cannot read is always an "
                  "error\n") != std::string::npos);
  CHECK(text.find("  support-while-waiting:                    # severity and options\n"
                  "    # severity: info                        # default\n"
                  "    long-wait: 3 working days               # " +
                  file + ":7:27\n") != std::string::npos);
  CHECK(text.find("  # --- theme 'health-equalities': Health equalities ---\n") != std::string::npos);
  // Every rule is listed.
  for (const RuleEntry& rule : all_rules()) {
    CAPTURE(rule.id);
    CHECK(text.find(fmt::format(" {}:", rule.id)) != std::string::npos);
  }

  const TempDir other;
  const Config reread = load_text(other, text);
  CHECK(reread.fail_on == config.fail_on);
  CHECK(reread.include == config.include);
  CHECK(reread.exclude == config.exclude);
  CHECK(reread.rules.off == config.rules.off);
  CHECK(reread.rules.severity == config.rules.severity);
  CHECK(reread.rules.options.long_wait.days == doctest::Approx(config.rules.options.long_wait.days));
  CHECK(reread.rules.options.long_wait.working_days == config.rules.options.long_wait.working_days);

  // The defaults read back as the defaults.
  Config defaults;
  std::ostringstream default_out;
  write_config(default_out, defaults);
  CHECK(default_out.str().find("# No .msklint.yaml found: built-in defaults.\n") != std::string::npos);
  CHECK(default_out.str().find("# fail-on: error                            # default\n") != std::string::npos);
  CHECK(default_out.str().find("  # support-while-waiting:                  # default\n"
                               "    # severity: info                        # default\n"
                               "    # long-wait: 28 days                    # default\n") != std::string::npos);
  const Config reread_defaults = load_text(other, default_out.str());
  CHECK(reread_defaults.rules.off.empty());
  CHECK(reread_defaults.rules.severity.empty());
  CHECK_FALSE(reread_defaults.fail_on.has_value());
  CHECK(reread_defaults.origins.empty());
}

TEST_CASE("config: write_config writes a hostile path in its comments escaped, on one line") {
  const TempDir dir;
  Config config = load_text(dir, "fail-on: warning\n");
  config.origins["fail-on"] = "dir\nfail-on: never\x1b[2J \xE2\x80\xAE.yaml:1:1";
  std::ostringstream out;
  write_config(out, config);
  const std::string text = out.str();
  CAPTURE(text);
  CHECK(text.find("# dir\\nfail-on: never\\e[2J U+202E.yaml:1:1\n") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
  // Read back, the comment stays a comment.
  CHECK(load_text(dir, text).fail_on == FailLevel::warning);
}

TEST_CASE("fails_at: the failure level decides which severities fail a run") {
  CHECK(fails_at(Severity::error, FailLevel::error));
  CHECK_FALSE(fails_at(Severity::warning, FailLevel::error));
  CHECK(fails_at(Severity::warning, FailLevel::warning));
  CHECK_FALSE(fails_at(Severity::info, FailLevel::warning));
  CHECK(fails_at(Severity::info, FailLevel::info));
  CHECK_FALSE(fails_at(Severity::error, FailLevel::never));
  CHECK(fails_at(std::nullopt, FailLevel::error));  // a finding without a severity counts as an error
}

TEST_CASE("config: text an editor holds is read as the file would be, and errors keep their place apart") {
  const Config config = load_config_text("/nowhere/.msklint.yaml", "fail-on: warning\nrules:\n  dead-end: info\n");
  CHECK(config.fail_on == FailLevel::warning);
  CHECK(config.base == std::filesystem::path("/nowhere"));
  try {
    load_config_text("/nowhere/.msklint.yaml", "rules:\n  gated-acess: error\n");
    FAIL("an unknown rule was accepted");
  } catch (const ConfigError& error) {
    CHECK(std::string(error.what()) == "/nowhere/.msklint.yaml:2:3: unknown rule 'gated-acess'; did you mean 'gated-access'?");
    CHECK(error.at == Location{2, 3});
    CHECK(error.problem == "unknown rule 'gated-acess'; did you mean 'gated-access'?");
  }
  try {
    load_config_text("/nowhere/.msklint.yaml", "rules: [\n");
    FAIL("a YAML error was accepted");
  } catch (const ConfigError& error) {
    CHECK(error.at.known());
    CHECK_FALSE(error.problem.empty());
  }
  try {
    load_config_text("/nowhere/.msklint.yaml", "rules:\n  yaml-syntax: off\n");
    FAIL("a file rule was turned off");
  } catch (const ConfigError& error) {
    CHECK(error.at == Location{2, 3});
  }
}

}  // namespace msklint

namespace msklint {

TEST_CASE("config: the search stops at the top of the git work tree") {
  const TempDir dir;
  dir.write(".msklint.yaml", "rules:\n  dead-end: off\n");
  dir.write("repo/.git/HEAD", "ref: refs/heads/main\n");
  const fs::path pathway = dir.write("repo/pathways/knee.yaml", "pathway: {id: knee, title: Knee}\n");
  CHECK_FALSE(find_config(pathway).has_value());
  ConfigFinder configs;
  CHECK(configs.for_file(pathway).file.empty());  // the defaults, not the file above the repository
  // Inside the repository it is found as before.
  dir.write("repo/.msklint.yaml", "fail-on: warning\n");
  ConfigFinder inside;
  CHECK(inside.for_file(pathway).fail_on == FailLevel::warning);
}

TEST_CASE("config: a configuration another user owns and others can write is ignored, with a warning") {
  const TempDir dir;
  const fs::path config = dir.write("shared/.msklint.yaml", "rules:\n  all: off\n");
  const fs::path pathway = dir.write("shared/checkout/knee.yaml", "pathway: {id: knee, title: Knee}\n");
  fs::permissions(config, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_write |
                              fs::perms::others_read | fs::perms::group_read);
  const bool root = ::geteuid() == 0;
  // As root, the file is given to another user; otherwise it is judged as another user would see it.
  if (root) REQUIRE(::chown(config.c_str(), 65534, 65534) == 0);
  const uid_t reader = root ? ::geteuid() : ::geteuid() + 1;
  const std::string reason = untrusted_config_reason(config, reader);
  CHECK(reason.find("another user") != std::string::npos);
  CHECK(reason.find("--config") != std::string::npos);
  // Not writable by others: trusted, as a shared read-only configuration should be.
  fs::permissions(config, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  fs::permissions(dir.path() / "shared", fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  CHECK(untrusted_config_reason(config, reader).empty());
  CHECK(untrusted_config_reason(config, root ? 65534 : ::geteuid()).empty());  // its owner trusts it
  // Its folder writable by others is as bad: anyone could have put it there.
  fs::permissions(dir.path() / "shared", fs::perms::all);
  CHECK_FALSE(untrusted_config_reason(config, reader).empty());
  if (root) {
    ConfigFinder configs;
    CHECK(configs.for_file(pathway).file.empty());
    REQUIRE(configs.warnings().size() == 1);
    CHECK(configs.warnings()[0].starts_with("ignoring the configuration"));
    CHECK_FALSE(find_config(pathway).has_value());
  }
}

}  // namespace msklint
