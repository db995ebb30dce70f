#!/usr/bin/env python3
"""A real editor as the client: Debian's Neovim, headless, with its built-in
LSP client started on `msklint server` (tests/neovim_client.lua). Checks
that Neovim shows msklint's diagnostics and offers and applies its quick fix,
on a copy of a bundled example (Neovim never saves it; the copy keeps the
original safe all the same).

    check_neovim.py MSKLINT SOURCE_DIR
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile


def check(condition, what):
    if not condition:
        raise SystemExit("FAILED: " + what)


def main():
    msklint, source = os.path.abspath(sys.argv[1]), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as scratch:
        pathway = pathlib.Path(scratch) / "fracture-liaison-broken.yaml"
        shutil.copy(source / "examples" / "fracture-liaison-broken.yaml", pathway)
        before = pathway.read_bytes()
        result_file = pathlib.Path(scratch) / "result.json"
        environment = dict(os.environ, MSKLINT=msklint, PATHWAY=str(pathway), RESULT=str(result_file),
                           HOME=scratch, XDG_CONFIG_HOME=scratch, XDG_DATA_HOME=scratch, XDG_STATE_HOME=scratch)
        subprocess.run(["nvim", "--headless", "--clean", "-n", "-c", f"luafile {source / 'tests' / 'neovim_client.lua'}"],
                       cwd=scratch, env=environment, check=True, timeout=240, capture_output=True)
        result = json.loads(result_file.read_text())
        check("error" not in result, result.get("error", ""))
        codes = {d["code"] for d in result["diagnostics"]}
        check({"unknown-key", "schema"} <= codes, f"Neovim shows msklint's findings ({sorted(codes)})")
        check(all(d["source"] == "msklint" for d in result["diagnostics"]), "each diagnostic is msklint's")
        check("Change 'capacty' to 'capacity'" in result["actions"], f"the quick fix is offered ({result['actions']})")
        check(result["fixed_line"].strip() == "capacity: 100/month", f"Neovim applied it ({result['fixed_line']!r})")
        check(result["hover"].startswith("`capacity` (service)"), f"hover on the corrected key ({result['hover'][:60]!r})")
        check(pathway.read_bytes() == before, "nothing was written to the file")
    print("Neovim: diagnostics, quick fix and hover from msklint server")


if __name__ == "__main__":
    main()
