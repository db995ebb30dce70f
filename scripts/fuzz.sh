#!/usr/bin/env bash
# Builds a libFuzzer harness with clang 14, ASan and UBSan in build-fuzz/, and
# fuzzes for SECONDS (default 60): fuzz/fuzz_pipeline.cpp (the whole pipeline,
# every format) or, with MSKLINT_FUZZ_TARGET, another target in fuzz/:
# fuzz_read_rules (reader and rules alone) or fuzz_streamed_reading (the two
# readings of a file must agree).
# Fails on any crash, sanitizer report, leak, timeout or out-of-memory; the
# input that caused it is left in build-fuzz/artifacts/. See docs/hardening.md.
#   scripts/fuzz.sh [SECONDS] [libFuzzer options...]
#   MSKLINT_FUZZ_CORPUS=DIR keeps the corpus in DIR (grown across runs) instead
#   of a temporary directory seeded afresh each time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds="${1:-60}"
target="${MSKLINT_FUZZ_TARGET:-fuzz_pipeline}"
shift || true

scripts/install-deps.sh fuzz
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMSKLINT_FUZZ=ON -DMSKLINT_TESTS=OFF -DMSKLINT_WERROR=ON > /dev/null
cmake --build build-fuzz --target "$target"

# Seeds: the examples, the tests' fixtures and the YAML test suite (beside the
# project, never copied into it). Numbered names, as basenames repeat.
if [ -n "${MSKLINT_FUZZ_CORPUS:-}" ]; then
  mkdir -p "$MSKLINT_FUZZ_CORPUS"
  corpus=$(cd "$MSKLINT_FUZZ_CORPUS" && pwd)
else
  corpus=$(mktemp -d /tmp/msklint-fuzz-corpus.XXXXXX)
  trap 'rm -rf "$corpus"' EXIT
fi
seeds=0
while IFS= read -r -d '' seed; do
  seeds=$((seeds + 1))
  cp -f "$seed" "$corpus/seed-$seeds-$(basename "$seed")"
done < <(find examples tests/fixtures ../shared/yaml-test-suite -name '*.yaml' -type f -print0 2>/dev/null | sort -z)
echo "fuzzing $target for ${seconds}s from $seeds seed files (corpus: $corpus)"

mkdir -p build-fuzz/artifacts
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# libFuzzer writes fuzz-N.log for -jobs into the working directory.
cd build-fuzz
# -max_total_time ends the run, but only after libFuzzer has run every seed
# once, which takes as long as the seeds take (a second per four seeds at
# worst on the shared machine); `timeout` is the backstop should libFuzzer
# itself hang, so it allows for both.
status=0
timeout --kill-after=10 $((seconds + 120 + seeds / 4)) "fuzz/$target" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -dict="$root/fuzz/yaml.dict" -artifact_prefix="$root/build-fuzz/artifacts/" \
  -print_final_stats=1 "$@" "$corpus" || status=$?
if [ "$status" -ne 0 ]; then
  echo "fuzzing FAILED (exit $status): the input is in build-fuzz/artifacts/; see docs/hardening.md" >&2
  exit 1
fi
echo "fuzzing $target: no crash, leak, timeout or out-of-memory in ${seconds}s"
