#!/usr/bin/env python3
"""Prints the review notes of the bundled examples to PDF as a consultant
would (Debian's headless Chromium) and checks what can be checked by
machine: page numbers on every page, at most two pages a pathway in the
board notes, no file:line or rule id in them, a contents list, and the
pictures' lanes and panel of problems in the team notes.

    check_print.py MSKLINT SOURCE_DIR [OUT_DIR]

OUT_DIR keeps the PDFs (scripts/render-report.sh); without it they go to a
temporary folder.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

DATE = "2026-12-01"


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=300, **kwargs)


def print_to_pdf(html, pdf, scratch):
    profile = tempfile.mkdtemp(dir=scratch)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", f"file://{html}"])
    if not os.path.getsize(pdf):
        raise SystemExit(f"chromium wrote no PDF to {pdf}")


def pages_of(pdf):
    count = int(re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", pdf]).stdout, re.M).group(1))
    text = run(["pdftotext", "-layout", pdf, "-"]).stdout
    pages = text.split("\f")[:count]
    if len(pages) != count:
        raise SystemExit(f"{pdf}: pdftotext found {len(pages)} pages, pdfinfo {count}")
    return pages


def main():
    msklint, source = sys.argv[1], sys.argv[2]
    out_dir = sys.argv[3] if len(sys.argv) > 3 else None
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    with tempfile.TemporaryDirectory() as scratch:
        where = out_dir or scratch
        os.makedirs(where, exist_ok=True)
        pdfs = {}
        for audience in ("team", "board"):
            html = os.path.join(scratch, f"{audience}.html")
            run([msklint, "report", "--format", "html", "--audience", audience, "--date", DATE, "-o", html,
                 "examples"], cwd=source)
            pdfs[audience] = os.path.join(where, f"sample-{'report' if audience == 'team' else 'board'}.pdf")
            print_to_pdf(html, pdfs[audience], scratch)

        rule_ids = [rule["id"] for rule in json.loads(run([msklint, "rules", "--format", "json"]).stdout)]

        for audience, pdf in pdfs.items():
            pages = pages_of(pdf)
            total = len(pages)
            print(f"{audience}: {total} pages")
            for number, page in enumerate(pages, 1):
                check(f"page {number} of {total}" in page, f"{audience} page {number}: no 'page {number} of {total}'")
            check("Contents" in pages[0], f"{audience}: no contents list on the first page")
            check("Summary across pathways" in "".join(pages[:3]), f"{audience}: the summary is not at the start")

        board = pages_of(pdfs["board"])
        # Each pathway starts on a new page with its facts table ("Reviewed"):
        # from one start to the next is that pathway's share of the notes.
        starts = [number for number, page in enumerate(board) if re.search(r"^\s*Reviewed\s", page, re.M)]
        check(len(starts) >= 8, f"board: found {len(starts)} pathways, expected every example")
        ends = starts[1:] + [next(n for n, page in enumerate(board) if "Questions to ask of any change" in page)]
        for start, end in zip(starts, ends):
            title = board[start].strip().splitlines()[0].strip()
            check(end - start <= 2, f"board: '{title}' takes {end - start} pages (at most 2)")
        board_text = "\n".join(board)
        check(not re.search(r"\.ya?ml:\d", board_text), "board: a file:line reference")
        for rule in rule_ids:
            if "-" in rule:
                check(rule not in board_text, f"board: the rule id '{rule}'")
        check("Who should act:" in board_text, "board: no 'Who should act'")

        # A picture too large for a portrait page, and its lanes, print on landscape pages; a board's never.
        for audience, pdf in pdfs.items():
            sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", run(["pdfinfo", "-f", "1", "-l", "9999",
                                                                                 pdf]).stdout, re.M)
            landscape = sum(1 for width, height in sizes if float(width) > float(height))
            if audience == "team":
                check(landscape >= 5, f"team: {landscape} landscape pages for the large pictures and their lanes")
            else:
                check(landscape == 0, f"board: {landscape} landscape pages")

        team_text = "\n".join(pages_of(pdfs["team"]))
        for lane in ("Primary care", "Community", "Secondary care", "Voluntary sector"):
            check(lane in team_text, f"team: no lane '{lane}' in the pictures")
        check("Problems with the whole pathway" in team_text, "team: no panel of the pathway's problems on a picture")
        check(re.search(r"examples/[a-z-]+\.yaml:\d+:\d+", team_text) is not None, "team: no file:line (the detail)")

    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
