#include "server/session.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "report/span.h"
#include "server/diagnostics.h"
#include "server/hover.h"
#include "server/uri.h"

namespace msklint::server {

using nlohmann::json;

namespace {

json notification_message(std::string method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", std::move(method)}, {"params", std::move(params)}};
}

json response(const json& id, json result) { return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}; }

const std::string& uri_of(const json& params) { return params.at("textDocument").at("uri").get_ref<const std::string&>(); }

struct Line {
  std::size_t start = 0;  // byte offset in the text
  std::string_view text;  // without its line break
};

// Line `number` (from 0) of `text`; nothing past its end.
std::optional<Line> line_of(const std::string& text, int number) {
  std::size_t start = 0;
  for (int i = 0; i < number; ++i) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) return std::nullopt;
    start = end + 1;
  }
  const std::string_view rest = std::string_view(text).substr(start);
  return Line{start, rest.substr(0, std::min(rest.find('\n'), rest.size()))};
}

// Byte offset of an LSP position in `text`; a position past a line's end or
// the text's end is taken as that end.
std::size_t offset_of(const std::string& text, const json& lsp_position, PositionEncoding encoding) {
  const auto line = line_of(text, lsp_position.at("line").get<int>());
  if (!line) return text.size();
  return line->start + byte_offset(line->text, column_of(line->text, lsp_position.at("character").get<int>(), encoding));
}

// A content change of textDocument/didChange: the whole text, or (should a
// client send one though msklint asks for whole texts) a range replaced.
void apply_change(std::string& text, const json& change, PositionEncoding encoding) {
  const std::string& new_text = change.at("text").get_ref<const std::string&>();
  if (!change.contains("range")) {
    text = new_text;
    return;
  }
  const std::size_t start = offset_of(text, change["range"].at("start"), encoding);
  const std::size_t end = std::max(start, offset_of(text, change["range"].at("end"), encoding));
  text.replace(start, end - start, new_text);
}

// msklint's location of an LSP position; unknown past the text's end.
Location location_of(const std::string& text, const json& lsp_position, PositionEncoding encoding) {
  const int number = lsp_position.at("line").get<int>();
  const auto line = line_of(text, number);
  if (!line) return {};
  return {number + 1, column_of(line->text, lsp_position.at("character").get<int>(), encoding)};
}

}  // namespace

json error_response(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

Session::Session(ServerOptions options) : options_(std::move(options)) {}

bool Session::has_pending() const {
  return std::any_of(documents_.begin(), documents_.end(), [](const auto& entry) { return entry.second.pending; });
}

std::map<std::string, std::string> Session::open_texts() const {
  std::map<std::string, std::string> texts;
  for (const auto& [uri, document] : documents_) {
    if (document.path) texts[*document.path] = document.text;
  }
  return texts;
}

json Session::publish(const std::string& uri, Document& document) {
  document.linted = lint_document(document.path, uri, document.text, open_texts(), options_.lint);
  document.pending = false;
  return notification_message("textDocument/publishDiagnostics",
                              {{"uri", uri},
                               {"version", document.version},
                               {"diagnostics", diagnostics_of(document.linted, uri, encoding_)}});
}

std::vector<json> Session::lint_pending() {
  std::vector<json> out;
  for (auto& [uri, document] : documents_) {
    if (document.pending) out.push_back(publish(uri, document));
  }
  return out;
}

std::vector<json> Session::handle(const json& message) {
  if (!message.is_object()) return {error_response(nullptr, invalid_request, "a message must be a JSON object")};
  const json id = message.contains("id") ? message["id"] : json();
  const bool is_request = message.contains("id");
  if (!message.contains("method") || !message["method"].is_string()) {
    // A response to a request msklint never sends, or nonsense: nothing to answer unless asked.
    return is_request && !message.contains("result") && !message.contains("error")
               ? std::vector<json>{error_response(id, invalid_request, "a request needs a method")}
               : std::vector<json>{};
  }
  const std::string& method = message["method"].get_ref<const std::string&>();
  const json params = message.contains("params") ? message["params"] : json::object();
  try {
    if (is_request) {
      std::vector<json> out = request(method, params);
      // The last message is the response: give it the request's id.
      if (!out.empty() && out.back().contains("id")) out.back()["id"] = id;
      return out;
    }
    std::vector<json> out;
    notification(method, params, out);
    return out;
  } catch (const json::exception& error) {
    if (!is_request) return {};
    return {error_response(id, invalid_params, fmt::format("the parameters of '{}' are not as LSP defines: {}", method, error.what()))};
  } catch (const std::exception& error) {
    if (!is_request) return {};
    return {error_response(id, internal_error, fmt::format("msklint could not answer '{}': {}", method, error.what()))};
  }
}

json Session::initialize_result(const json& params) {
  std::vector<std::string> offered;
  if (params.contains("capabilities")) {
    const json& general = params["capabilities"].value("general", json::object());
    if (general.contains("positionEncodings") && general["positionEncodings"].is_array()) {
      for (const json& name : general["positionEncodings"]) {
        if (name.is_string()) offered.push_back(name.get<std::string>());
      }
    }
  }
  encoding_ = choose_encoding(offered);
  return {{"capabilities",
           {{"positionEncoding", encoding_name(encoding_)},
            // Whole texts: pathway files are small, and a whole text cannot drift.
            {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
            {"hoverProvider", true},
            {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}}},
          {"serverInfo", {{"name", "msklint"}, {"version", MSKLINT_VERSION}}}};
}

Session::Document* Session::linted_document(const json& params, std::vector<json>& out) {
  const auto it = documents_.find(uri_of(params));
  if (it == documents_.end()) return nullptr;
  if (it->second.pending) out.push_back(publish(it->first, it->second));
  return &it->second;
}

std::vector<json> Session::request(const std::string& method, const json& params) {
  if (method == "initialize") {
    if (initialized_) return {error_response(nullptr, invalid_request, "initialize was already sent")};
    initialized_ = true;
    return {response(nullptr, initialize_result(params))};
  }
  if (!initialized_) return {error_response(nullptr, server_not_initialized, "initialize first")};
  if (shut_down_) return {error_response(nullptr, invalid_request, "the server is shutting down")};
  if (method == "shutdown") {
    shut_down_ = true;
    return {response(nullptr, nullptr)};
  }
  std::vector<json> out;
  if (method == "textDocument/hover") {
    Document* document = linted_document(params, out);
    json result = nullptr;
    if (document != nullptr) {
      const Location at = location_of(document->text, params.at("position"), encoding_);
      if (const std::string text = hover_text(document->linted, at); !text.empty()) {
        result = {{"contents", {{"kind", "markdown"}, {"value", text}}}};
      }
    }
    out.push_back(response(nullptr, std::move(result)));
    return out;
  }
  if (method == "textDocument/codeAction") {
    Document* document = linted_document(params, out);
    json result = json::array();
    if (document != nullptr) {
      result = code_actions_for(document->linted, uri_of(params), params.at("range"), encoding_);
      const json only = params.value("context", json::object()).value("only", json::array());
      const bool wants_quickfix = only.empty() || std::any_of(only.begin(), only.end(), [](const json& kind) {
        return kind.is_string() && std::string_view("quickfix").starts_with(kind.get<std::string>());
      });
      if (!wants_quickfix) result = json::array();
    }
    out.push_back(response(nullptr, std::move(result)));
    return out;
  }
  return {error_response(nullptr, method_not_found, fmt::format("msklint does not answer '{}'", method))};
}

void Session::notification(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shut_down_) return;
  if (method == "textDocument/didOpen") {
    const json& item = params.at("textDocument");
    const std::string& uri = item.at("uri").get_ref<const std::string&>();
    Document& document = documents_[uri];
    document.path = path_of_uri(uri);
    document.text = item.at("text").get<std::string>();
    document.version = item.value("version", 0);
    out.push_back(publish(uri, document));  // at once: the file was just opened
  } else if (method == "textDocument/didChange") {
    const auto it = documents_.find(uri_of(params));
    if (it == documents_.end()) return;
    for (const json& change : params.at("contentChanges")) apply_change(it->second.text, change, encoding_);
    it->second.version = params.at("textDocument").value("version", it->second.version);
    it->second.pending = true;
  } else if (method == "textDocument/didSave") {
    // The configuration or another pathway of a system may have changed on
    // disk: every open document is linted again.
    for (auto& [uri, document] : documents_) document.pending = true;
    for (json& published : lint_pending()) out.push_back(std::move(published));
  } else if (method == "textDocument/didClose") {
    const std::string uri = uri_of(params);
    if (documents_.erase(uri) > 0) {
      out.push_back(notification_message("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
    }
  }
}

}  // namespace msklint::server
