#pragma once

// `msklint server`: the language server for editors (src/server/). It speaks
// LSP over standard input and output; see docs/editors.md.

namespace CLI {
class App;
}

namespace msklint {

struct ServerCommandOptions {
  bool stdio = false;  // --stdio: accepted, as clients pass it; standard input and output is the only transport
};

CLI::App* add_server_command(CLI::App& app, ServerCommandOptions& options);

// Returns the exit code: 0 after the client's shutdown and exit, 1 when the
// client went away without them or the stream broke, 2 a usage problem.
int run_server(const ServerCommandOptions& options);

}  // namespace msklint
