// The LSP base protocol: messages framed by Content-Length, read within bounds.

#include "server/framing.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace msklint::server;
using Status = Incoming::Status;

TEST_CASE("lsp framing: messages back to back, headers in any case, other headers ignored") {
  std::istringstream in("Content-Length: 2\r\n\r\n{}"
                        "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  7 \r\n\r\n[1,2,3]");
  Incoming first = read_message(in);
  REQUIRE(first.status == Status::message);
  CHECK(first.body == "{}");
  Incoming second = read_message(in);
  REQUIRE(second.status == Status::message);
  CHECK(second.body == "[1,2,3]");
  CHECK(read_message(in).status == Status::end);
}

TEST_CASE("lsp framing: what is written reads back, bytes not characters") {
  std::stringstream pipe;
  const std::string body = R"({"text":"Physio — ünïcode"})";
  write_message(pipe, body);
  CHECK(pipe.str().starts_with("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n"));
  const Incoming incoming = read_message(pipe);
  REQUIRE(incoming.status == Status::message);
  CHECK(incoming.body == body);
}

TEST_CASE("lsp framing: a broken stream is malformed, never read without bound") {
  auto read = [](const std::string& text, std::size_t max_body = max_message_bytes) {
    std::istringstream in(text);
    return read_message(in, max_body);
  };
  CHECK(read("Content-Type: x\r\n\r\n{}").error == "a message has no Content-Length");
  CHECK(read("Content-Length: ten\r\n\r\n").error == "Content-Length is not a number");
  CHECK(read("Content-Length: -1\r\n\r\n").status == Status::malformed);
  CHECK(read("no colon here\r\n\r\n").error == "a header line has no ':'");
  CHECK(read("Content-Length: 10\r\n\r\n{}").error == "the stream ended inside a message");
  CHECK(read("Content-Length: 10").error == "the stream ended inside a message's header");
  // A huge length is refused before anything is allocated for it.
  CHECK(read("Content-Length: 99999999999\r\n\r\n", 1024).error.starts_with("a message of 99999999999 bytes"));
  CHECK(read(std::string(max_header_line + 10, 'x')).error.starts_with("a header line is longer"));
  CHECK(read("").status == Status::end);
  CHECK(read("\r\n\r\n").status == Status::end);
}
