#!/usr/bin/env bash
# Installs the Debian packages msklint needs, only when one is missing.
#   scripts/install-deps.sh build   # compiler, CMake and libraries
#   scripts/install-deps.sh test    # the above, plus what the tests use
#   scripts/install-deps.sh fuzz    # the build set, plus clang 14 and libFuzzer (scripts/fuzz.sh)
#   scripts/install-deps.sh bench [counts]   # the build set, plus python3 (and valgrind) for bench/run.sh
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config libcli11-dev libyaml-cpp-dev libfmt-dev nlohmann-json3-dev libgraphviz-dev)
if [ "${1:-build}" = bench ]; then
  packages+=(python3)
  if [ "${2:-}" = counts ]; then packages+=(valgrind); fi
fi
if [ "${1:-build}" = test ]; then
  # zsh, fish and bash-completion load the completion scripts; git and pre-commit run the hook;
  # chromium prints the review notes to PDF and poppler-utils reads them back (tests/check_print.py);
  # Neovim's built-in LSP client talks to msklint server (tests/check_neovim.py).
  packages+=(doctest-dev python3 python3-yaml python3-jsonschema libxml2-utils zsh fish bash-completion git pre-commit
             chromium poppler-utils fonts-dejavu-core neovim)
fi
if [ "${1:-build}" = fuzz ]; then
  packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "msklint needs these Debian packages: ${missing[*]}" >&2
  echo "Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
