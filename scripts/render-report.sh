#!/usr/bin/env bash
# Renders msklint's HTML review notes to PNG and PDF with Debian's headless
# Chromium, to see what people get (the README's pictures are made this way).
#
#   scripts/render-report.sh
#       every bundled example, for the team and for a board:
#       docs/sample-report.{md,html,png} and docs/sample-board.{md,html,png}
#       (the top of each), and both printed to PDF in build/notes/, checked as
#       the test notes_print_for_a_board checks them (tests/check_print.py)
#   scripts/render-report.sh PATHWAY... OUTPUT.png [HEIGHT]
#       the report of the pathways given, as OUTPUT.png, HEIGHT pixels tall
#
# Builds msklint first (Release, in build/). The date on the reports is fixed
# (REPORT_DATE, default 2026-12-01) so the committed samples are reproducible.
# Installs the Debian packages it needs (chromium among them) when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

report_date="${REPORT_DATE:-2026-12-01}"
width=1200

scripts/install-deps.sh build
if ! command -v chromium > /dev/null || ! command -v pdfinfo > /dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "render-report.sh needs Debian's chromium and poppler-utils: apt-get install chromium poppler-utils" >&2
    exit 1
  fi
  echo "Installing chromium and poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium poppler-utils > /dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSKLINT_TESTS=OFF > /dev/null
cmake --build build --target msklint > /dev/null
msklint=build/msklint

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Screenshots an HTML file: a fresh profile each time, nothing fetched, no
# first-run or background work.
screenshot() {
  local html="$1" png="$2" height="$3"
  local profile
  profile="$(mktemp -d -p "$scratch")"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --screenshot="$png" --window-size="$width,$height" --hide-scrollbars \
    "file://$html" > "$scratch/chromium.log" 2>&1 || {
    cat "$scratch/chromium.log" >&2
    return 1
  }
  [ -s "$png" ] || { echo "chromium wrote no screenshot to $png" >&2; cat "$scratch/chromium.log" >&2; return 1; }
}

if [ $# -eq 0 ]; then
  "$msklint" report --date "$report_date" --output docs/sample-report.md examples
  "$msklint" report --date "$report_date" --format html --output docs/sample-report.html examples
  "$msklint" report --date "$report_date" --audience board --output docs/sample-board.md examples
  "$msklint" report --date "$report_date" --audience board --format html --output docs/sample-board.html examples
  screenshot "$PWD/docs/sample-report.html" "$PWD/docs/sample-report.png" 2400
  screenshot "$PWD/docs/sample-board.html" "$PWD/docs/sample-board.png" 2400
  echo "wrote docs/sample-report.{md,html,png} and docs/sample-board.{md,html,png}"
  python3 tests/check_print.py "$msklint" . build/notes
  echo "printed build/notes/sample-report.pdf and build/notes/sample-board.pdf"
  exit 0
fi

if [ $# -lt 2 ]; then
  echo "usage: scripts/render-report.sh [PATHWAY... OUTPUT.png [HEIGHT]]" >&2
  exit 2
fi
height=2400
args=("$@")
last="${args[-1]}"
if [[ "$last" =~ ^[0-9]+$ ]]; then
  height="$last"
  unset 'args[-1]'
fi
png="${args[-1]}"
unset 'args[-1]'
if [ ${#args[@]} -eq 0 ] || [[ "$png" != *.png ]]; then
  echo "usage: scripts/render-report.sh [PATHWAY... OUTPUT.png [HEIGHT]]" >&2
  exit 2
fi
"$msklint" report --date "$report_date" --format html --output "$scratch/report.html" "${args[@]}"
screenshot "$scratch/report.html" "$(realpath -m "$png")" "$height"
echo "wrote $png"
