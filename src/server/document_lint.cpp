#include "server/document_lint.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "lint/system_index.h"

namespace msklint::server {

namespace fs = std::filesystem;

bool looks_like_msklint_file(std::string_view text) {
  for (const std::string_view key : top_level_keys(text)) {
    if (key == "pathway" || key == "services" || key == "routes" || key == "system") return true;
  }
  return false;
}

LintedDocument lint_document(const std::optional<std::string>& path, const std::string& name, const std::string& text,
                             const std::map<std::string, std::string>& open, const DocumentLintOptions& options) {
  LintedDocument linted;
  if (path && fs::path(*path).filename() == config_file_name) {
    linted.kind = LintedDocument::Kind::configuration;
    linted.report.source = SourceText(*path, text);
    try {
      load_config_text(*path, text);
    } catch (const ConfigError& error) {
      linted.config_error = error;
    }
    return linted;
  }
  if (!looks_like_msklint_file(text)) return linted;
  linted.kind = LintedDocument::Kind::pathway;
  if (!path) {
    linted.report = lint_bytes(name, text, options.limits);
    return linted;
  }
  // The configuration `check` would use. A broken one is said, and the file
  // is linted with the defaults meanwhile.
  ConfigFinder configs;
  const Config* config = nullptr;
  try {
    config = &configs.for_file(*path);
  } catch (const ConfigError& error) {
    linted.config_error = error;
  }
  // A file the configuration excludes is not linted by `check`: nothing to say.
  if (config != nullptr && !selects_file(*config, *path, true)) {
    linted.kind = LintedDocument::Kind::other;
    return linted;
  }
  SystemIndex systems(options.limits);
  systems.select_members_with([&](const fs::path& file, bool named) {
    try {
      return selects_file(configs.for_file(file), file, named);
    } catch (const ConfigError&) {
      return default_file_filter(file, named);
    }
  });
  for (const auto& [open_path, open_text] : open) systems.use_unsaved_text(open_path, open_text);
  LintRun run;
  run.systems = &systems;
  run.today = options.today;
  linted.report = lint_bytes(*path, text, options.limits, config != nullptr ? config->rules : RuleSettings{}, run);
  return linted;
}

}  // namespace msklint::server
