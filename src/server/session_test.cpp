// The language server as an editor drives it: the messages of a real
// session, answered in process (tests/check_server.py drives the binary).

#include "server/session.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "server/uri.h"
#include "test_support.h"

using namespace msklint;
using namespace msklint::server;
using namespace msklint::testing;
using nlohmann::json;

namespace {

json request(int id, const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

json notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

json initialized_session_reply(Session& session, json capabilities = json::object()) {
  const auto out = session.handle(request(1, "initialize", {{"processId", nullptr}, {"capabilities", capabilities}}));
  REQUIRE(out.size() == 1);
  session.handle(notification("initialized", json::object()));
  return out[0];
}

json open(Session& session, const std::string& uri, const std::string& text) {
  const auto out = session.handle(notification(
      "textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["method"] == "textDocument/publishDiagnostics");
  CHECK(out[0]["params"]["uri"] == uri);
  return out[0]["params"]["diagnostics"];
}

const json* with_code(const json& diagnostics, std::string_view code) {
  const auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                               [&](const json& d) { return d.value("code", "") == code; });
  return it != diagnostics.end() ? &*it : nullptr;
}

json at(int line, int character) { return {{"line", line}, {"character", character}}; }
json range(int line, int from, int to) { return {{"start", at(line, from)}, {"end", at(line, to)}}; }

// Applies one TextEdit (ASCII text: characters are bytes) as an editor would.
std::string apply_edit(const std::string& text, const json& edit) {
  const auto offset = [&](const json& p) {
    std::size_t start = 0;
    for (int line = 0; line < p["line"].get<int>(); ++line) start = text.find('\n', start) + 1;
    return start + p["character"].get<std::size_t>();
  };
  std::string changed = text;
  const std::size_t from = offset(edit["range"]["start"]);
  changed.replace(from, offset(edit["range"]["end"]) - from, edit["newText"].get<std::string>());
  return changed;
}

const json* action_titled(const json& actions, std::string_view start) {
  const auto it = std::find_if(actions.begin(), actions.end(), [&](const json& action) {
    return action["title"].get<std::string>().starts_with(start);
  });
  return it != actions.end() ? &*it : nullptr;
}

}  // namespace

TEST_CASE("server session: initialize agrees the position encoding and offers hover and quick fixes") {
  Session session;
  const auto early = session.handle(request(7, "textDocument/hover", json::object()));
  REQUIRE(early.size() == 1);
  CHECK(early[0]["id"] == 7);
  CHECK(early[0]["error"]["code"] == server_not_initialized);
  const json reply = initialized_session_reply(session, {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}});
  CHECK(reply["id"] == 1);
  const json& capabilities = reply["result"]["capabilities"];
  CHECK(capabilities["positionEncoding"] == "utf-8");
  CHECK(capabilities["hoverProvider"] == true);
  CHECK(capabilities["codeActionProvider"]["codeActionKinds"] == json::array({"quickfix"}));
  CHECK(capabilities["textDocumentSync"]["change"] == 1);
  CHECK_FALSE(capabilities.contains("completionProvider"));  // completion is the schema's
  CHECK(reply["result"]["serverInfo"]["name"] == "msklint");
}

TEST_CASE("server session: diagnostics say the rule, severity, exact place, why and how to fix") {
  const ScratchDir dir("server-diagnostics");
  const std::string text = read_file(source_dir() / "tests/fixtures/fix/typos.yaml");
  const auto file = dir.write("knee.yaml", text);
  Session session;
  initialized_session_reply(session);
  const json diagnostics = open(session, uri_of_path(file.string()), text);
  const json* key = with_code(diagnostics, "unknown-key");
  REQUIRE(key != nullptr);
  CHECK((*key)["source"] == "msklint");
  CHECK((*key)["severity"] == 1);
  CHECK((*key)["range"] == range(4, 2, 6));  // "ownr" on line 5
  CHECK((*key)["message"].get<std::string>().find("ownr") != std::string::npos);
  const json& related = (*key)["relatedInformation"];
  REQUIRE(related.size() == 2);
  CHECK(related[0]["message"].get<std::string>().starts_with("Why it matters: "));
  CHECK(related[1]["message"].get<std::string>().starts_with("How to fix: "));
  CHECK(related[1]["location"]["uri"] == uri_of_path(file.string()));
  const json* dead_end = with_code(diagnostics, "dead-end");
  REQUIRE(dead_end != nullptr);
  CHECK((*dead_end)["severity"] == 2);
  CHECK((*dead_end)["range"] == range(11, 8, 14));  // the id "physio"
}

TEST_CASE("server session: a quick fix corrects a misspelling, and a waiver can be started") {
  const ScratchDir dir("server-actions");
  std::string text = read_file(source_dir() / "tests/fixtures/fix/typos.yaml");
  const std::string uri = uri_of_path(dir.write("knee.yaml", text).string());
  Session session;
  initialized_session_reply(session);
  open(session, uri, text);
  // The cursor on "general-practise".
  auto out = session.handle(request(2, "textDocument/codeAction",
                                    {{"textDocument", {{"uri", uri}}}, {"range", range(8, 12, 12)}, {"context", {{"diagnostics", json::array()}}}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["id"] == 2);
  const json* change = action_titled(out[0]["result"], "Change 'general-practise' to 'general-practice'");
  REQUIRE(change != nullptr);
  CHECK((*change)["kind"] == "quickfix");
  CHECK((*change)["isPreferred"] == true);
  CHECK((*change)["diagnostics"][0]["code"] == "schema");
  const json& edits = (*change)["edit"]["changes"][uri];
  REQUIRE(edits.size() == 1);
  text = apply_edit(text, edits[0]);
  CHECK(text.find("    type: general-practice\n") != std::string::npos);

  // The editor sends the changed text: nothing is linted until typing pauses.
  out = session.handle(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                                               {"contentChanges", {{{"text", text}}}}}));
  CHECK(out.empty());
  CHECK(session.has_pending());
  out = session.lint_pending();
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["version"] == 2);
  CHECK_FALSE(session.has_pending());

  // Waive physio's dead end: the waiver is written with TODO for its reason.
  out = session.handle(request(3, "textDocument/codeAction",
                               {{"textDocument", {{"uri", uri}}}, {"range", range(11, 8, 8)}, {"context", json::object()}}));
  const json* waive = action_titled(out.back()["result"], "Waive 'dead-end' on 'physio'");
  REQUIRE(waive != nullptr);
  CHECK_FALSE(waive->contains("isPreferred"));
  text = apply_edit(text, (*waive)["edit"]["changes"][uri][0]);
  CHECK(text.find("    type: physiotherapy\n    waive:\n      dead-end: \"TODO\"\n") != std::string::npos);
  session.handle(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 3}}},
                                                          {"contentChanges", {{{"text", text}}}}}));
  // A request about a changed document lints it first, and says so before answering.
  out = session.handle(request(4, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", at(0, 0)}}));
  REQUIRE(out.size() == 2);
  const json& diagnostics = out[0]["params"]["diagnostics"];
  CHECK(with_code(diagnostics, "dead-end") != nullptr);  // TODO is not a reason
  CHECK(with_code(diagnostics, "waiver-reason-missing") != nullptr);
  CHECK(out[1]["id"] == 4);
  // An editor that asks only for refactorings gets no quick fixes.
  out = session.handle(request(5, "textDocument/codeAction",
                               {{"textDocument", {{"uri", uri}}}, {"range", range(8, 12, 12)}, {"context", {{"only", {"refactor"}}}}}));
  CHECK(out.back()["result"] == json::array());
}

TEST_CASE("server session: hover explains a finding, a key and a vocabulary word") {
  const ScratchDir dir("server-hover");
  const std::string text = read_file(source_dir() / "tests/fixtures/fix/typos.yaml");
  const std::string uri = uri_of_path(dir.write("knee.yaml", text).string());
  Session session;
  initialized_session_reply(session);
  open(session, uri, text);
  const auto hover = [&](int line, int character) {
    const auto out = session.handle(request(9, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", at(line, character)}}));
    const json& result = out.back()["result"];
    return result.is_null() ? std::string() : result["contents"]["value"].get<std::string>();
  };
  const std::string word = hover(12, 12);  // physiotherapy
  CHECK(word.starts_with("`physiotherapy` (service type): "));
  const std::string key = hover(12, 5);  // type
  CHECK(key.starts_with("`type` (service): "));
  const std::string finding = hover(11, 9);  // the dead end at the id "physio"
  CHECK(finding.starts_with("**dead-end** (warning)"));
  CHECK(finding.find("**Why it matters.**") != std::string::npos);
  CHECK(finding.find("**How to fix.**") != std::string::npos);
  CHECK(finding.find("ARMA: ") != std::string::npos);
  CHECK(hover(0, 3).empty());  // a comment
  CHECK(hover(200, 0).empty());  // past the end
}

TEST_CASE("server session: the configuration applies, and a broken one is shown where it is broken") {
  const ScratchDir dir("server-config");
  const std::string text = read_file(source_dir() / "tests/fixtures/fix/typos.yaml");
  const auto pathway = dir.write("knee.yaml", text);
  dir.write(".msklint.yaml", "rules:\n  dead-end: off\n");
  Session session;
  initialized_session_reply(session);
  const json diagnostics = open(session, uri_of_path(pathway.string()), text);
  CHECK(with_code(diagnostics, "dead-end") == nullptr);
  CHECK(with_code(diagnostics, "unknown-key") != nullptr);
  // The configuration being edited is checked as its text stands.
  const json config = open(session, uri_of_path((dir.path() / ".msklint.yaml").string()), "rules:\n  dead-nd: off\n");
  REQUIRE(config.size() == 1);
  CHECK(config[0]["range"]["start"] == at(1, 2));
  CHECK(config[0]["message"].get<std::string>().find("did you mean 'dead-end'?") != std::string::npos);
  // A YAML file that is not a pathway (a CI workflow) gets nothing.
  const json other = open(session, uri_of_path((dir.path() / "ci.yaml").string()), "on: push\njobs:\n  lint: {}\n");
  CHECK(other.empty());
  // An unsaved buffer is linted alone.
  const json untitled = open(session, "untitled:Untitled-1", text);
  CHECK(with_code(untitled, "dead-end") != nullptr);
}

TEST_CASE("server session: closing clears, bad messages are answered, shutdown then exit ends cleanly") {
  Session session;
  initialized_session_reply(session);
  const std::string uri = "untitled:x";
  open(session, uri, "pathway: {id: a, title: A}\nservices: []\n");
  auto out = session.handle(notification("textDocument/didClose", {{"textDocument", {{"uri", uri}}}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["diagnostics"] == json::array());
  out = session.handle(request(5, "textDocument/hover", {{"textDocument", {{"uri", 5}}}}));  // a number for a URI
  CHECK(out.back()["error"]["code"] == invalid_params);
  out = session.handle(request(6, "workspace/symbol", json::object()));
  CHECK(out.back()["error"]["code"] == method_not_found);
  CHECK(session.handle(notification("$/cancelRequest", {{"id", 5}})).empty());
  CHECK(session.handle(notification("textDocument/didChange", json::object())).empty());  // no crash, no answer
  CHECK(session.handle(json::array()).front()["error"]["code"] == invalid_request);
  out = session.handle(request(8, "shutdown", nullptr));
  CHECK(out.back()["result"].is_null());
  CHECK(session.handle(request(9, "textDocument/hover", json::object())).back()["error"]["code"] == invalid_request);
  CHECK_FALSE(session.exit_received());
  session.handle(notification("exit", nullptr));
  CHECK(session.exit_received());
  CHECK(session.exit_code() == 0);
  Session abandoned;
  abandoned.handle(notification("exit", nullptr));
  CHECK(abandoned.exit_code() == 1);
}

TEST_CASE("server session: control characters from a pathway never reach the editor raw") {
  Session session;
  initialized_session_reply(session);
  const std::string text =
      "pathway: {id: a, title: A}\nservices:\n  - id: \"gp\\e[2J\\u202E\"\n    type: \"general-practise\\a\"\n    entry: true\n";
  const auto out = session.handle(notification(
      "textDocument/didOpen", {{"textDocument", {{"uri", "untitled:x"}, {"version", 1}, {"text", text}}}}));
  REQUIRE(out.size() == 1);
  CHECK_FALSE(out[0]["params"]["diagnostics"].empty());
  const std::string sent = out[0].dump();
  CHECK(sent.find("\\u001b") == std::string::npos);  // ESC, as JSON would escape it
  CHECK(sent.find("\\u0007") == std::string::npos);  // BEL
  CHECK(sent.find("\xE2\x80\xAE") == std::string::npos);  // U+202E raw
  const auto hover = session.handle(request(2, "textDocument/hover",
                                            {{"textDocument", {{"uri", "untitled:x"}}}, {"position", at(3, 12)}}));
  const std::string hovered = hover.back().dump();
  CHECK(hovered.find("\\u0007") == std::string::npos);
}
