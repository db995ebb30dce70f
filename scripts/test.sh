#!/usr/bin/env bash
# Builds msklint and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (in build-test/) and runs every test with ctest; checks that the Release build
# compiles cleanly too; then fuzzes for a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMSKLINT_SANITIZE=ON -DMSKLINT_WERROR=ON > /dev/null
cmake --build build-test
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-test --output-on-failure -j "$(nproc)"

# The Release build a packager makes, tests included (-O3 raises warnings
# that the test build at -O2 does not; here they are errors), in its own
# directory so a developer's build/ is left alone.
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSKLINT_TESTS=ON -DMSKLINT_WERROR=ON > /dev/null
cmake --build build-release

# Then fuzz the whole pipeline for a minute, the reader and rules alone for
# half a minute, and the two readings against each other for 20 seconds (clang 14 and libFuzzer, in
# build-fuzz/; docs/hardening.md). Fails on any crash, leak, hang or OOM.
bash scripts/fuzz.sh 60
MSKLINT_FUZZ_TARGET=fuzz_read_rules bash scripts/fuzz.sh 30
MSKLINT_FUZZ_TARGET=fuzz_streamed_reading bash scripts/fuzz.sh 20
