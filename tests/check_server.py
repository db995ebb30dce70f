#!/usr/bin/env python3
"""Drives `msklint server` as an editor does, over its standard input and
output: initialize, open a bundled example, diagnostics, a quick fix, a
hover, typing (debounced), a system's pathway, a broken stream, shutdown
and exit. Checks that no file is written.

    check_server.py MSKLINT SOURCE_DIR
"""

import hashlib
import pathlib
import sys
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from lsp_client import Server  # noqa: E402


def uri(path):
    return "file://" + urllib.parse.quote(str(path))


def fingerprint(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def check(condition, what):
    if not condition:
        raise SystemExit("FAILED: " + what)


def by_code(diagnostics, code):
    return [d for d in diagnostics if d.get("code") == code]


def main():
    msklint, source = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    examples = source / "examples"
    before = fingerprint(examples)
    server = Server(msklint, cwd=source)

    reply, _ = server.request("initialize", {"processId": None, "rootUri": uri(source), "capabilities": {}})
    capabilities = reply["result"]["capabilities"]
    check(capabilities["positionEncoding"] == "utf-16", "UTF-16 positions unless the client offers others")
    check(capabilities["hoverProvider"] and capabilities["codeActionProvider"], "hover and code actions offered")
    server.notify("initialized", {})

    # A broken example: a misspelt key and a misspelt service type, each with one certain correction.
    broken = examples / "fracture-liaison-broken.yaml"
    text = broken.read_text()
    lines = text.split("\n")
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri(broken), "languageId": "yaml", "version": 1,
                                                            "text": text}})
    published = server.wait_for("textDocument/publishDiagnostics", where=lambda p: p["uri"] == uri(broken))
    diagnostics = published["diagnostics"]
    check(all(d["source"] == "msklint" for d in diagnostics), "every diagnostic says it is msklint's")
    check({d["severity"] for d in diagnostics} <= {1, 2, 3}, "severities mapped")
    unknown_key = by_code(diagnostics, "unknown-key")
    check(len(unknown_key) == 1, "the misspelt key 'capacty' is found")
    key_line = next(i for i, line in enumerate(lines) if "capacty:" in line)
    start = lines[key_line].index("capacty")
    check(unknown_key[0]["range"] == {"start": {"line": key_line, "character": start},
                                      "end": {"line": key_line, "character": start + len("capacty")}},
          "the range is exactly the misspelt key")
    related = [r["message"] for r in unknown_key[0]["relatedInformation"]]
    check(related[0].startswith("Why it matters: ") and related[1].startswith("How to fix: "), "why and fix given")

    reply, _ = server.request("textDocument/codeAction", {"textDocument": {"uri": uri(broken)},
                                                          "range": unknown_key[0]["range"],
                                                          "context": {"diagnostics": unknown_key}})
    titles = [action["title"] for action in reply["result"]]
    check("Change 'capacty' to 'capacity'" in titles, f"a quick fix corrects the key ({titles})")
    fix = next(action for action in reply["result"] if action["title"] == "Change 'capacty' to 'capacity'")
    edit = fix["edit"]["changes"][uri(broken)][0]
    check(edit["newText"] == "capacity" and edit["range"] == unknown_key[0]["range"], "the fix replaces exactly the key")

    type_line = next(i for i, line in enumerate(lines) if "type: physiotherapi" in line)
    reply, _ = server.request("textDocument/hover", {"textDocument": {"uri": uri(broken)},
                                                     "position": {"line": type_line,
                                                                  "character": lines[type_line].index("physio") + 2}})
    hover = reply["result"]["contents"]["value"]
    check(hover.startswith("**schema** (error)") and "physiotherapy" in hover, "hover explains the finding there")
    reply, _ = server.request("textDocument/hover", {"textDocument": {"uri": uri(broken)},
                                                     "position": {"line": type_line,
                                                                  "character": lines[type_line].index("type") + 1}})
    check(reply["result"]["contents"]["value"].startswith("`type` (service)"), "hover explains the key")

    # Typing: three quick changes, then a pause: linted once typing pauses, at the last version.
    fixed = text.replace("capacty:", "capacity:")
    for version, change in ((2, fixed + "\n"), (3, fixed + "\n\n"), (4, fixed)):
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri(broken), "version": version},
                                                 "contentChanges": [{"text": change}]})
    published = server.wait_for("textDocument/publishDiagnostics",
                                where=lambda p: p["uri"] == uri(broken) and p.get("version") == 4)
    check(not by_code(published["diagnostics"], "unknown-key"), "the corrected key is no longer reported")
    server.drain(0.5)
    early = [m for m in server.notifications if m.get("method") == "textDocument/publishDiagnostics"
             and m["params"].get("version") in (2, 3)]
    check(len(early) < 2, f"typing is debounced: {len(early)} lints of versions being typed over")

    # A pathway of a system: linted with the system's other pathways and its shared services.
    member = examples / "northgate" / "pathways" / "spine.yaml"
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri(member), "languageId": "yaml", "version": 1,
                                                            "text": member.read_text()}})
    published = server.wait_for("textDocument/publishDiagnostics", where=lambda p: p["uri"] == uri(member))
    check(not by_code(published["diagnostics"], "unknown-service"), "shared services are known from the system file")

    # Nonsense in a well-framed message is answered, and the server goes on.
    server.send_raw(b"Content-Length: 9\r\n\r\nnot json!")
    message = server.read(30)
    check(message.get("error", {}).get("code") == -32700, "a message that is not JSON gets a parse error")

    reply, _ = server.request("shutdown", None)
    check(reply["result"] is None, "shutdown answered")
    server.notify("exit", None)
    code = server.process.wait(30)
    check(code == 0, f"exit after shutdown ends with 0, not {code}")
    check(fingerprint(examples) == before, "the server wrote no file")

    # A broken stream is said on standard error, and the server stops with 1.
    server = Server(msklint, cwd=source)
    server.send_raw(b"Content-Length: nine\r\n\r\n")
    code, stderr = server.finish()
    check(code == 1 and "msklint server:" in stderr, f"a malformed header stops the server ({code}, {stderr!r})")
    print("msklint server: every check passed")


if __name__ == "__main__":
    main()
