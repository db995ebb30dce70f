#!/usr/bin/env bash
# Builds msklint (Release, in build/) and lints the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSKLINT_TESTS=OFF > /dev/null
cmake --build build
echo
set +e
build/msklint check examples
status=$?
set -e
echo
case $status in
  0) echo "msklint finished: no findings at or above the failure level." ;;
  1) echo "msklint finished with exit code 1: some examples show problems on purpose (see each file's header)." ;;
  *) echo "msklint failed with exit code $status" >&2; exit "$status" ;;
esac
echo "The binary is build/msklint; try: build/msklint explain dead-end"
