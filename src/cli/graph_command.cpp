#include "cli/file_name_option.h"
#include "cli/graph_command.h"

#include <algorithm>

#include <filesystem>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/config_errors.h"
#include "cli/say.h"
#include "config/config.h"
#include "lint/lint.h"
#include "lint/system_index.h"
#include "report/report.h"
#include "review/picture.h"
#include "util/atomic_write.h"
#include "util/did_you_mean.h"
#include "util/paths.h"

namespace msklint {

namespace {

std::string drawn(const Picture& picture, const std::string& format) {
  if (format == "svg") return render_svg(picture);
  std::ostringstream out;
  if (format == "dot") {
    write_dot(out, picture);
  } else {
    write_mermaid(out, picture);
  }
  return out.str();
}

int graph(const GraphOptions& options) {
  if (same_file_among(options.output, {options.file})) {
    say(fmt::format("will not write over '{}': it is the pathway being drawn", options.file));
    return 2;
  }
  // The nearest .msklint.yaml decides which rules run and how severe they
  // are, as `msklint check` would.
  ConfigFinder configs;
  SystemIndex systems;
  systems.select_members_with(
      [&](const std::filesystem::path& file, bool named) { return selects_file(configs.for_file(file), file, named); });
  LintRun run;
  run.systems = &systems;
  const FileReport report = lint_file(options.file, Limits{}, configs.for_file(options.file).rules, run);
  if (report.pathway == nullptr && report.system == nullptr) {
    write_text(std::cerr, std::span(&report, 1), {});
    say(fmt::format("cannot draw '{}': it cannot be read as a pathway", options.file));
    return 1;
  }

  Picture whole = report.system != nullptr ? make_system_picture(*report.system, report.findings)
                                           : make_picture(*report.pathway, report.findings);
  if (!options.focus.empty()) {
    auto focused = focus_picture(whole, options.focus);
    if (!focused) {
      std::vector<std::string_view> ids;
      for (const PictureNode& node : whole.nodes) ids.push_back(node.id);
      say(fmt::format("--focus '{}': '{}' has no service of that id{}", options.focus, options.file,
                      did_you_mean(options.focus, ids)));
      return 2;
    }
    whole = std::move(*focused);
  }
  if (options.focus.empty() && !fits_one_page(whole)) {
    // Drawn all the same (a screen can zoom), but say why a page cannot hold it.
    const auto entry = std::find_if(whole.nodes.begin(), whole.nodes.end(), [](const PictureNode& node) { return node.entry; });
    say(fmt::format("note: {}; it is drawn all the same, to read on a screen. On paper, draw one service at a time "
                    "with --focus ID (for example --focus {})",
                    too_large_note(whole), entry != whole.nodes.end() ? entry->id : whole.nodes.front().id));
  }
  std::string picture;
  try {
    picture = drawn(whole, options.format);
  } catch (const std::runtime_error& error) {  // too large for SVG, or Graphviz failed
    say(fmt::format("cannot draw '{}': {}", options.file, error.what()));
    return 2;
  }

  if (options.output.empty()) {
    std::cout << picture;
    std::cout.flush();
    if (std::cout) return 0;
    say("could not write the picture to standard output");
    return 2;
  }
  if (const std::string error = write_file_atomically(options.output, picture); !error.empty()) {
    say(error);
    return 2;
  }
  return 0;
}

}  // namespace

CLI::App* add_graph_command(CLI::App& app, GraphOptions& options) {
  auto* command = app.add_subcommand("graph", "Draw a pathway, with its problems marked: Mermaid, DOT or SVG");
  command->add_option("file", options.file, "The pathway file")->required();
  command->add_option("--format", options.format, "mermaid (GitHub and GitLab draw it in Markdown), dot or svg")
      ->check(CLI::IsMember({"mermaid", "dot", "svg"}))
      ->capture_default_str();
  command->add_option("--focus", options.focus,
                      "Draw only this service (its id), with what leads to it and what it leads to: a picture too "
                      "large to read whole, one service at a time");
  command->add_option("-o,--output", options.output,
                      "Write the picture to FILE (replaced whole, never half-written) instead of standard output")
      ->check(file_name_given());
  command->footer("Exit codes: 0 drawn (problems are marked, not failures), 1 the file cannot be read as a pathway, "
                  "2 usage, configuration or drawing error.");
  return command;
}

int run_graph(const GraphOptions& options) {
  return exit_2_on_config_error([&] { return graph(options); });
}

}  // namespace msklint
