#!/usr/bin/env python3
"""How quickly `msklint server` answers an editor on the bundled examples
(docs/editors.md promises 100 ms): for each example, the time from opening it
to its diagnostics, and the times of a hover, a code action and, after a
change, of the lint that follows (without the 200 ms pause for typing).
Prints a Markdown table; not a test, nothing here fails on a slow result.

    python3 bench/server_latency.py [MSKLINT] [RUNS]

MSKLINT: a Release build (default build/msklint, from scripts/lint-examples.sh).
"""

import pathlib
import statistics
import sys
import time
import urllib.parse

source = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(source / "tests"))
from lsp_client import Server  # noqa: E402

DEBOUNCE = 0.2  # seconds the server waits for typing to pause


def uri(path):
    return "file://" + urllib.parse.quote(str(path))


def main():
    msklint = sys.argv[1] if len(sys.argv) > 1 else str(source / "build" / "msklint")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    times = {"open → diagnostics": [], "hover": [], "code action": [], "change → diagnostics": []}
    examples = sorted((source / "examples").rglob("*.yaml"))
    for _ in range(runs):
        server = Server(msklint, cwd=source)
        server.request("initialize", {"processId": None, "capabilities": {}})
        server.notify("initialized", {})
        for version, path in enumerate(examples, start=1):
            text = path.read_text()
            middle = {"line": text.count("\n") // 2, "character": 6}
            start = time.monotonic()
            server.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "yaml",
                                                                    "version": 1, "text": text}})
            server.wait_for("textDocument/publishDiagnostics", where=lambda p: p["uri"] == uri(path))
            times["open → diagnostics"].append(time.monotonic() - start)
            _, seconds = server.request("textDocument/hover", {"textDocument": {"uri": uri(path)}, "position": middle})
            times["hover"].append(seconds)
            _, seconds = server.request("textDocument/codeAction", {"textDocument": {"uri": uri(path)},
                                                                    "range": {"start": middle, "end": middle},
                                                                    "context": {"diagnostics": []}})
            times["code action"].append(seconds)
            start = time.monotonic()
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": version + 1},
                                                     "contentChanges": [{"text": text + "\n"}]})
            server.wait_for("textDocument/publishDiagnostics",
                            where=lambda p: p["uri"] == uri(path) and p.get("version") == version + 1)
            times["change → diagnostics"].append(time.monotonic() - start - DEBOUNCE)
            server.notify("textDocument/didClose", {"textDocument": {"uri": uri(path)}})
        server.request("shutdown", None)
        server.notify("exit", None)
        server.process.wait(30)
    print(f"`msklint server` on the {len(examples)} bundled examples, {runs} runs each, in milliseconds:\n")
    print("| answer | median | slowest |")
    print("|---|---:|---:|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values) * 1000:.1f} | {max(values) * 1000:.1f} |")


if __name__ == "__main__":
    main()
