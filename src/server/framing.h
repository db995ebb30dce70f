#pragma once

// The base protocol of the Language Server Protocol (JSON-RPC over stdio):
// each message is a header ("Content-Length: N", blank line) and N bytes of
// JSON. For `msklint server` (issue 16); bounded, so a client cannot make
// msklint read without end or hold an unbounded message.

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

namespace msklint::server {

inline constexpr std::size_t max_header_line = 8 * 1024;
inline constexpr std::size_t max_message_bytes = 64 * 1024 * 1024;

struct Incoming {
  enum class Status {
    message,    // `body` holds one message
    end,        // the stream ended cleanly, between messages
    malformed,  // the stream cannot be read on: `error` says why
  };
  Status status = Status::end;
  std::string body;
  std::string error;
};

// Reads the next message. Header names are matched without regard to case;
// headers other than Content-Length (Content-Type) are read and ignored.
Incoming read_message(std::istream& in, std::size_t max_body = max_message_bytes);

// Writes one message with its Content-Length header, and flushes.
void write_message(std::ostream& out, std::string_view body);

}  // namespace msklint::server
