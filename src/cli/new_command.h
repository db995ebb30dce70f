#pragma once

// `msklint new NAME [--condition C]`: writes a commented starter pathway that
// lints clean and shows each part ARMA's guidance asks a pathway to record.
// It never overwrites a file.

#include <string>

namespace CLI {
class App;
}

namespace msklint {

struct NewOptions {
  std::string name;                      // "knee-pain" or "pathways/knee-pain.yaml"
  std::string condition = "general-msk";  // a word of the format's conditions
};

CLI::App* add_new_command(CLI::App& app, NewOptions& options);

// Returns the exit code: 0 written, 2 a bad name or condition, or a file
// that exists or cannot be written.
int run_new(const NewOptions& options);

// The starter pathway for the pathway `id` about `condition`, saved as `file`.
std::string starter_pathway(const std::string& id, const std::string& condition, const std::string& file);

}  // namespace msklint
