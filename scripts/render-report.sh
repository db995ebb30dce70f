#!/usr/bin/env bash
# Renders msklint's HTML review report to a PNG with Debian's headless
# Chromium, to see what people get (the README's picture is made this way).
#
#   scripts/render-report.sh
#       every bundled example: docs/sample-report.md, docs/sample-report.html
#       and docs/sample-report.png (the top of the report)
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
if ! command -v chromium > /dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "render-report.sh needs Debian's chromium: apt-get install chromium" >&2
    exit 1
  fi
  echo "Installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium > /dev/null
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
  screenshot "$PWD/docs/sample-report.html" "$PWD/docs/sample-report.png" 2400
  echo "wrote docs/sample-report.md, docs/sample-report.html and docs/sample-report.png"
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
