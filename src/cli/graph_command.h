#pragma once

// `msklint graph FILE`: the pathway drawn as Mermaid, DOT or SVG, with its
// problems marked (docs/pictures.md).

#include <string>

namespace CLI {
class App;
}

namespace msklint {

struct GraphOptions {
  std::string file;
  std::string format = "mermaid";  // mermaid | dot | svg
  std::string output;              // empty: standard output
  std::string focus;               // a service id: draw it with what leads to it and what it leads to
};

// Adds the `graph` subcommand, filling `options` when it is parsed.
CLI::App* add_graph_command(CLI::App& app, GraphOptions& options);

// Returns the exit code: 0 drawn; 1 the file cannot be read as YAML (its
// findings go to standard error); 2 a bad configuration, a picture that
// cannot be drawn (too large for SVG) or written.
int run_graph(const GraphOptions& options);

}  // namespace msklint
