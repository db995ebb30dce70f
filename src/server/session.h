#pragma once

// `msklint server`'s conversation with one editor: the Language Server
// Protocol's messages in, the messages to send back out. Holds the open
// documents and their last lint; never writes a file (fixes and waivers are
// edits the editor applies). The loop that reads and writes, and waits for
// typing to pause, is in server/serve.h.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/document_lint.h"
#include "server/positions.h"

namespace msklint::server {

struct ServerOptions {
  DocumentLintOptions lint;
};

class Session {
 public:
  explicit Session(ServerOptions options = {});

  // Handles one message; returns what to send, in order. A document that
  // changed is not linted here but by lint_pending(), once typing pauses;
  // a request about it (hover, code actions) lints it first.
  std::vector<nlohmann::json> handle(const nlohmann::json& message);

  // Lints the documents changed since they were last linted; returns their
  // textDocument/publishDiagnostics notifications.
  std::vector<nlohmann::json> lint_pending();
  bool has_pending() const;

  bool exit_received() const { return exited_; }
  // LSP: 0 when `shutdown` came before `exit`, else 1.
  int exit_code() const { return shut_down_ ? 0 : 1; }

 private:
  struct Document {
    std::optional<std::string> path;  // for file: URIs
    std::string text;
    int version = 0;
    bool pending = true;  // changed since last linted
    LintedDocument linted;
  };

  std::vector<nlohmann::json> request(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params, std::vector<nlohmann::json>& out);
  nlohmann::json initialize_result(const nlohmann::json& params);
  nlohmann::json publish(const std::string& uri, Document& document);
  Document* linted_document(const nlohmann::json& params, std::vector<nlohmann::json>& out);
  std::map<std::string, std::string> open_texts() const;

  ServerOptions options_;
  PositionEncoding encoding_ = PositionEncoding::utf16;
  bool initialized_ = false;
  bool shut_down_ = false;
  bool exited_ = false;
  std::map<std::string, Document> documents_;  // by URI
};

// LSP error codes used here.
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;

nlohmann::json error_response(const nlohmann::json& id, int code, const std::string& message);

}  // namespace msklint::server
