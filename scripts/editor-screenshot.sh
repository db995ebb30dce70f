#!/usr/bin/env bash
# Takes docs/editor-neovim.png: Neovim (Debian's, in tmux) with msklint server
# set up exactly as docs/editors/neovim-init.lua says, showing a bundled
# example's diagnostics and the quick fixes offered on a misspelt key. The
# screen is captured with its colours (tmux), made HTML (aha) and
# photographed by headless Chromium.
#   bash scripts/editor-screenshot.sh [MSKLINT]
set -euo pipefail
cd "$(dirname "$0")/.."
msklint="$(realpath "${1:-build/msklint}")"
command -v nvim tmux aha chromium > /dev/null || {
  echo "needs neovim, tmux, aha and chromium: apt-get install neovim tmux aha chromium" >&2
  exit 1
}
scratch="$(mktemp -d)"
trap 'tmux -L msklint kill-server 2> /dev/null || true; rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/config/nvim"
ln -s "$msklint" "$scratch/bin/msklint"
cp docs/editors/neovim-init.lua "$scratch/config/nvim/init.lua"
cat >> "$scratch/config/nvim/init.lua" <<'LUA'
vim.opt.signcolumn = 'yes'
vim.opt.number = true
vim.cmd('colorscheme default')
LUA
cp examples/fracture-liaison-broken.yaml "$scratch/fracture-liaison-broken.yaml"
tmux -L msklint -f /dev/null new-session -d -x 118 -y 34 \
  "cd '$scratch' && env PATH='$scratch/bin:$PATH' XDG_CONFIG_HOME='$scratch/config' XDG_DATA_HOME='$scratch' XDG_STATE_HOME='$scratch' TERM=tmux-256color nvim -n fracture-liaison-broken.yaml"
sleep 3  # Neovim starts, msklint lints the file
# The misspelt key a few lines from the top of the window, then its quick fixes.
tmux -L msklint send-keys ":call search('capacty:') | execute 'normal! zt' | execute \"normal! 8\\<C-y>\"" Enter
sleep 1
tmux -L msklint send-keys " a"
sleep 2
tmux -L msklint capture-pane -e -p > "$scratch/screen.ansi"
{
  echo '<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#000}pre{margin:0;padding:10px;'
  echo 'font:15px/1.25 "DejaVu Sans Mono",monospace;color:#ddd;background:#000}</style><pre>'
  aha --no-header --black < "$scratch/screen.ansi"
  echo '</pre>'
} > "$scratch/screen.html"
chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars \
  --user-data-dir="$scratch/profile" --window-size=1100,665 --screenshot="$PWD/docs/editor-neovim.png" \
  "file://$scratch/screen.html" 2> /dev/null
echo "wrote docs/editor-neovim.png"
