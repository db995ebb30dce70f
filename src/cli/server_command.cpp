#include "cli/server_command.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/run_date.h"
#include "cli/say.h"
#include "server/serve.h"

namespace msklint {

CLI::App* add_server_command(CLI::App& app, ServerCommandOptions& options) {
  auto* command = app.add_subcommand(
      "server", "Run the language server for editors: findings as you type, hovers and quick fixes (LSP over stdio)");
  command->add_flag("--stdio", options.stdio, "Talk over standard input and output (the default and only way)");
  command->footer("Set your editor to start 'msklint server' for YAML files: see docs/editors.md.");
  return command;
}

int run_server(const ServerCommandOptions&) {
  std::string error;
  const auto today = run_day("", error);
  if (!today) {
    say(error);
    return 2;
  }
  server::ServeOptions options;
  options.server.lint.today = today;
  // The protocol's bytes go to standard output unchanged.
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  return server::serve(std::cin, std::cout, std::cerr, options);
}

}  // namespace msklint
