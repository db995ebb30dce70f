// msklint's command line: check (the default), rules, explain, schema, graph, report,
// what-if, new, completion and server.

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/check_command.h"
#include "cli/command_table.h"
#include "cli/completion.h"
#include "cli/graph_command.h"
#include "cli/info_commands.h"
#include "cli/man_page.h"
#include "cli/new_command.h"
#include "cli/report_command.h"
#include "cli/server_command.h"
#include "cli/what_if_command.h"
#include "cli/say.h"
#include "rules/rule_docs.h"
#include "util/did_you_mean.h"

namespace {

// The commands people use (and are offered when they mistype one), then the
// words that are commands without being listed: `manual` writes the manual
// page at build time, and `help [COMMAND]` is `[COMMAND] --help`.
constexpr std::string_view commands[] = {"check", "rules", "explain", "schema", "graph", "report", "what-if", "new", "completion", "server"};
constexpr std::string_view unlisted_commands[] = {"manual", "help"};

bool is_command(std::string_view word) {
  return std::find(std::begin(commands), std::end(commands), word) != std::end(commands) ||
         std::find(std::begin(unlisted_commands), std::end(unlisted_commands), word) != std::end(unlisted_commands);
}

// `msklint PATH...` means `msklint check PATH...`. A first word that is not a
// command, an option or an existing path but is close to a command is a
// mistyped command ("msklint chek examples"), not a file to lint: the
// message says so, with the command meant, and nothing is linted.
std::vector<std::string> with_default_command(int argc, char** argv, std::string& mistyped) {
  static constexpr std::string_view global_options[] = {"-h", "--help", "-V", "--version"};
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "help") {  // `msklint help [COMMAND]`, as git and cargo take it
    args.erase(args.begin());
    args.push_back("--help");
    return args;
  }
  if (args.empty() || is_command(args[0]) ||
      std::find(std::begin(global_options), std::end(global_options), args[0]) != std::end(global_options)) {
    return args;
  }
  std::error_code error;
  if (!args[0].starts_with("-") && !std::filesystem::exists(args[0], error) &&
      !msklint::closest_match(args[0], commands).empty()) {
    mistyped = args[0];
    return {};
  }
  args.insert(args.begin(), "check");
  return args;
}

int run(int argc, char** argv) {
  using namespace msklint;
  CLI::App app{"msklint: lint musculoskeletal (MSK) care pathways against ARMA's guidance", "msklint"};
  app.set_version_flag("-V,--version", "msklint " MSKLINT_VERSION);
  app.require_subcommand(0, 1);
  CheckOptions check;
  auto* check_command = add_check_command(app, check);

  RulesOptions rules;
  auto* rules_command = app.add_subcommand("rules", "List every rule: id, default severity, theme, summary");
  rules_command
      ->add_option("--format", rules.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->default_str("text");

  std::string explain_id;
  auto* explain_command = app.add_subcommand("explain", "Show a rule's document: what, why, how to fix, examples");
  explain_command->add_option("rule", explain_id, "Rule id, e.g. dead-end")->required();

  app.add_subcommand("schema", "Print a JSON Schema of the pathway format (for editors)");

  ReportOptions report;
  auto* report_command = add_report_command(app, report);

  GraphOptions graph;
  auto* graph_command = add_graph_command(app, graph);

  WhatIfOptions what_if;
  auto* what_if_command = add_what_if_command(app, what_if);

  NewOptions new_pathway;
  auto* new_command = add_new_command(app, new_pathway);

  std::string shell;
  auto* completion_command = app.add_subcommand("completion", "Print a shell completion script: bash, zsh or fish");
  completion_command->add_option("shell", shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(completion_shells), std::end(completion_shells))));
  completion_command->footer(
      "Installed by 'cmake --install'. By hand: msklint completion bash > ~/.local/share/bash-completion/completions/msklint");

  ServerCommandOptions server;
  auto* server_command = add_server_command(app, server);

  // Hidden (no group): the build writes the manual page with it.
  auto* manual_command = app.add_subcommand("manual", "Print the manual page msklint(1), in roff")->group("");

  // Set after the commands are added, so that only the top-level help shows it.
  app.footer("Run 'msklint COMMAND --help' for a command's options. 'msklint PATH...' is 'msklint check PATH...'.\n"
             "Exit codes of check: 0 no findings at or above --fail-on, 1 findings, 2 a usage, configuration or "
             "internal error.");
  std::string mistyped;
  const auto args = with_default_command(argc, argv, mistyped);
  if (!mistyped.empty()) {
    say(fmt::format("unknown command '{}'{}", mistyped, did_you_mean(mistyped, commands)));
    say_line("Run 'msklint --help' for the commands; to lint a file of that name, write 'msklint check " +
             mistyped + "'.");
    return 2;
  }
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    // --help and --version arrive as "errors" that exit 0; every real error
    // on the command line is exit 2, whatever CLI11's own code for it.
    return app.exit(error) == 0 ? 0 : 2;
  }
  if (*check_command) return run_check(check);
  if (*rules_command) return print_rules(rules);
  if (*explain_command) return explain_rule(explain_id);
  if (app.got_subcommand("schema")) return print_schema();
  if (*report_command) return run_report(report);
  if (*graph_command) return run_graph(graph);
  if (*what_if_command) return run_what_if(what_if);
  if (*new_command) return run_new(new_pathway);
  if (*server_command) return run_server(server);
  if (*completion_command || *manual_command) {
    std::vector<CommandSpec> table = describe_commands(app);
    if (*manual_command) {
      std::cout << man_page(table, MSKLINT_VERSION);
    } else {
      // `explain` takes any text and suggests the nearest rule itself; completion offers the rule ids.
      for (CommandSpec& command : table) {
        if (command.name != "explain") continue;
        for (const auto& doc : rule_docs()) command.positional_choices.push_back(doc.id);
      }
      std::cout << completion_script(shell, table);
    }
    return 0;
  }
  std::cout << app.help();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // glibc raises its threshold for serving large blocks with mmap once the
  // first such block is freed, after which the YAML tree's chunks, freed as
  // the model is read, stay in the heap rather than go back to the system.
  // A fixed threshold keeps a large pathway's peak memory a third lower
  // (docs/performance.md). At 4 MiB rather than glibc's first 128 KiB, the
  // rules' working arrays (a few hundred KiB for 10,000 services) reuse the
  // heap instead of being mapped and faulted in afresh by each rule: a fifth
  // fewer page faults, for 1 to 3 % more peak memory.
  mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
  // A fixed threshold also fixes the one for giving the heap's free top back
  // (128 KiB): each small file's memory, freed as the next is read, went back
  // to the system and was faulted in again, page by page, for the next file.
  // Kept up to 32 MiB, it is reused instead; the peak is no higher.
  mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
  // Past a file-size limit (ulimit -f) a write fails with EFBIG, which
  // msklint reports (exit 2, the temporary file removed), instead of the
  // signal killing it half-way.
  std::signal(SIGXFSZ, SIG_IGN);
  // Into a file or a pipe, output goes in 64 KiB writes rather than stdio's
  // 4 KiB (1,000 files' findings took 1,900 writes); a terminal keeps its
  // line buffering, and whatever must go out at once is flushed already.
  // (glibc ignores the size unless it is given the buffer.)
  static char output_buffer[64 * 1024];
  if (isatty(STDOUT_FILENO) == 0) std::setvbuf(stdout, output_buffer, _IOFBF, sizeof output_buffer);
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    msklint::say(fmt::format("internal error: {}", error.what()));
    msklint::say_line("This is a bug in msklint; please report it with the file that caused it.");
  } catch (...) {
    msklint::say("internal error");
  }
  return 2;
}
