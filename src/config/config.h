#pragma once

// The configuration of one pathway repository: `.msklint.yaml`, found in the
// directory of the linted file or the nearest parent, plus what the command
// line adds (--select, --ignore). The format is public: see README.md and
// docs; in brief
//
//   fail-on: warning                      # error | warning | info | never
//   include: ["pathways/**/*.yaml"]       # globs (config/glob.h); default: every *.yaml / *.yml
//   exclude: ["drafts/"]
//   rules:
//     gated-access: error                 # error | warning | info | off
//     health-equalities: warning          # a theme: each of its rules
//     all: info                           # every rule
//     support-while-waiting: {severity: warning, long-wait: 6 weeks}
//
// A rule's own entry beats its theme's, which beats `all`. Rules of stage
// `file` (the file cannot be read properly) always run at their severity.

#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lint/settings.h"
#include "model/location.h"
#include "model/severity.h"

namespace msklint {

inline constexpr std::string_view config_file_name = ".msklint.yaml";

// The lowest severity that makes `msklint check` exit with 1.
enum class FailLevel { error, warning, info, never };

std::string_view to_string(FailLevel level);
std::optional<FailLevel> parse_fail_level(std::string_view text);

// Whether a finding of `severity` (unset: error) makes a run at `level` fail:
// the exit code and the JUnit report's failed tests both ask this.
bool fails_at(std::optional<Severity> severity, FailLevel level);

// A bad configuration file or command line. what() is the complete message,
// located: ".msklint.yaml:4:3: unknown rule 'gated-acess'; did you mean 'gated-access'?"
// An error in a configuration file also says where, apart, for an editor
// (`msklint server` underlines `at` with `problem`).
struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
  ConfigError(const std::string& file, Location where, std::string what_is_wrong);

  Location at;          // in the configuration file; unknown for the command line or the file as a whole
  std::string problem;  // the message without its place; empty: what() is all there is
};

struct Config {
  std::filesystem::path file;  // as found or given; empty: no file, built-in defaults
  std::filesystem::path base;  // absolute directory the globs are relative to (the file's, else the working directory)
  RuleSettings rules;          // rules turned off never have an entry in rules.severity
  std::optional<FailLevel> fail_on;
  std::vector<std::string> include, exclude;  // empty include: every *.yaml / *.yml
  // Where each setting that is not a default came from: ".msklint.yaml:5:3"
  // (the key that set it), "--select" or "--ignore". Keys: "fail-on",
  // "include", "exclude", "rules.<rule>" (severity or off) and
  // "rules.<rule>.<option>".
  std::map<std::string, std::string> origins;
};

// Reads a configuration file. Throws ConfigError for a file that cannot be
// read, is not valid YAML, or holds anything msklint does not understand.
// An empty file (or one holding only comments) gives the defaults.
Config load_config(const std::filesystem::path& file);
// The same for the text an editor holds for `file` (never read from disk).
Config load_config_text(const std::filesystem::path& file, std::string text);

// The nearest .msklint.yaml in `start` (a directory, or a file's directory)
// or a parent of it, up to the top of its git work tree (else the root); a
// configuration that is not trusted (untrusted_config_reason) is passed over. The path is relative to the working
// directory when it lies below it, so messages stay short; else absolute.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// Why the configuration `file` is not trusted, or "" when it is: another
// user (not root) owns it and others can write to it or to its folder, so
// anyone could have planted it above a checkout (git guards against the same
// with safe.directory).
// `reader`: the user msklint runs as.
std::string untrusted_config_reason(const std::filesystem::path& file, uid_t reader = ::geteuid());

// --select and --ignore, each a list of rule ids, theme ids or "all". With
// --select, exactly the selected rules run (whatever the file turns on or
// off); --ignore then turns rules off. The file's severities and options
// still apply; a rule the file turned off and --select turns on runs at its
// default severity. Rules of stage `file` always run: naming one in --ignore
// is an error, in --select it changes nothing. Throws ConfigError naming the
// option for an unknown name.
void apply_command_line(Config& config, const std::vector<std::string>& select, const std::vector<std::string>& ignore);

// The configuration for each linted file, loaded once per configuration file
// and shared by the threads that lint. Without `forced`, each file gets its
// nearest .msklint.yaml (no merging with configurations further up), or the
// defaults; with `forced` (--config FILE), every file gets that one.
// --select and --ignore are applied to each. Throws ConfigError, from the
// constructor for a bad forced file or bad --select/--ignore names.
class ConfigFinder {
 public:
  explicit ConfigFinder(std::optional<std::filesystem::path> forced = std::nullopt,
                        std::vector<std::string> select = {}, std::vector<std::string> ignore = {});

  // `file` may also be a directory: the configuration that applies inside it.
  const Config& for_file(const std::filesystem::path& file);

  // The configurations passed over because they are not trusted, each said
  // once (for the command to show).
  std::vector<std::string> warnings();

 private:
  std::unique_ptr<const Config> load(const std::optional<std::filesystem::path>& file) const;

  std::vector<std::string> select_, ignore_;
  std::mutex mutex_;
  std::unique_ptr<const Config> forced_;
  std::unique_ptr<const Config> defaults_;
  std::map<std::filesystem::path, std::unique_ptr<const Config>> by_config_file_;  // absolute path -> config
  std::map<std::filesystem::path, const Config*> by_directory_;                    // absolute directory -> config
  std::vector<std::string> warnings_;
};

// Whether a file is linted. A file found by searching a directory must match
// an include glob (with no include: end in .yaml or .yml); an include glob
// that matches only a directory above the file (`pathways`) takes in the
// .yaml / .yml files below it, not its README. A file the user named
// (`named`) is linted whatever its name. Either way no exclude glob may match
// it (a directory matched excludes everything below it), and a .msklint.yaml
// is never linted as a pathway. Paths may be relative to the working
// directory or absolute; they are matched relative to config.base
// (lexically: links are not followed), and a file outside it matches no glob.
bool selects_file(const Config& config, const std::filesystem::path& file, bool named);

// The configuration in effect as YAML that load_config reads back to the same
// settings (--show-config). Every rule is listed under its theme with its
// severity or `off` and, as a trailing comment, where that came from
// ("# default", "# .msklint.yaml:7:3", "# --ignore"). Settings at their
// default are written commented out, so that saving the output keeps them
// defaults (some rules choose a severity per finding unless one is set).
void write_config(std::ostream& out, const Config& config);

}  // namespace msklint
