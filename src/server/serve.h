#pragma once

// `msklint server`: the Language Server Protocol over standard input and
// output. Messages are read on a thread of their own, so that a document
// being typed is linted once typing pauses (`debounce`), not on every key.

#include <chrono>
#include <iosfwd>

#include "server/session.h"

namespace msklint::server {

struct ServeOptions {
  ServerOptions server;
  std::chrono::milliseconds debounce{200};
};

// Serves until the client sends `exit` or the input ends; returns the exit
// code (0 after shutdown and exit, 1 otherwise). Problems reading the
// stream are said on `log` (standard error), never on `out`.
int serve(std::istream& in, std::ostream& out, std::ostream& log, const ServeOptions& options);

}  // namespace msklint::server
