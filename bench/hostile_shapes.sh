#!/usr/bin/env bash
# The shapes of tests/hostile_shapes.py on the Release build (docs/hardening.md):
# for each shape and output format, wall time and peak memory, and their ratios
# to a plain generated pathway of the same size (bench/generate.py) measured in
# the same run. The bound is 2 s and 1 GiB a run, and at most twice the plain
# pathway's time and memory. Prints a Markdown table. Run it by hand:
#   bash bench/hostile_shapes.sh
# RUNS (default 3) runs of each, the median kept; MSKLINT=path uses that build
# instead of building build-bench/. Not a test: a slow result is
# printed, never failed; the sanitizer build's ctest `hostile_shapes` checks
# exit codes, memory and output size on every run of the suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# bench/measure times each run and takes its peak memory: measured from
# Python, a child's peak starts at Python's own size (see bench/measure.cpp).
scripts/install-deps.sh build
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSKLINT_TESTS=OFF -DMSKLINT_BENCH=ON > /dev/null
msklint="${MSKLINT:-}"
if [ -z "$msklint" ]; then
  cmake --build build-bench --target msklint measure > /dev/null
  msklint=build-bench/msklint
else
  cmake --build build-bench --target measure > /dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

RUNS="${RUNS:-3}" python3 - "$work" "$msklint" <<'EOF'
import os, statistics, subprocess, sys

sys.path.insert(0, "tests")
import hostile_shapes

work, msklint = sys.argv[1], sys.argv[2]
runs = int(os.environ["RUNS"])
formats = ["text", "json", "sarif", "junit", "github"]


def once(argv):
    """Wall seconds and msklint's own peak memory, through bench/measure."""
    result = subprocess.run(["build-bench/bench/measure", msklint, *argv], capture_output=True, text=True)
    if result.returncode != 0 or len(result.stdout.split()) != 4:
        sys.exit(f"measure failed on {' '.join(argv)}: {result.stderr}")
    seconds, rss, code, _faults = result.stdout.split()
    if int(code) not in (0, 1):
        sys.exit(f"{' '.join(argv)} ended with exit code {code}")
    return float(seconds), int(rss)


def median(argv):
    results = [once(argv) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def plain_of_size(size):
    """A generated pathway of about `size` bytes (the services scale linearly)."""
    probe = os.path.join(work, "probe.yaml")
    subprocess.run(["python3", "bench/generate.py", "pathway", "--services", "1000", "--out", probe], check=True)
    services = max(16, round(1000 * size / os.path.getsize(probe)))
    path = os.path.join(work, f"plain-{size}.yaml")
    subprocess.run(["python3", "bench/generate.py", "pathway", "--services", str(services), "--out", path], check=True)
    return path


print(f"Release build, median of {runs} runs; ratios to a generated pathway of the same size in the same format\n")
print("| shape | size | format | time | peak memory | time ratio | memory ratio |")
print("|---|---:|---|---:|---:|---:|---:|")
for shape, make in hostile_shapes.SHAPES.items():
    path = os.path.join(work, shape + ".yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(make())
    size = os.path.getsize(path)
    plain = plain_of_size(size)
    for form in formats:
        seconds, rss = median(["check", "--format", form, path])
        plain_seconds, plain_rss = median(["check", "--format", form, plain])
        print(f"| {shape} | {size / 1e6:.2f} MB | {form} | {seconds:.2f} s | {rss / 2**20:.0f} MiB | "
              f"{seconds / plain_seconds:.2f} | {rss / plain_rss:.2f} |")
    if shape == "three-hundred-services-drawn":
        for name, argv in [("graph svg", ["graph", "--format", "svg", "--output", os.path.join(work, "p.svg")]),
                           ("report html", ["report", "--format", "html", "--output", os.path.join(work, "n.html")])]:
            seconds, rss = median(argv + [path])
            plain_seconds, plain_rss = median(argv + [plain])
            print(f"| {shape} | {size / 1e6:.2f} MB | {name} | {seconds:.2f} s | {rss / 2**20:.0f} MiB | "
                  f"{seconds / plain_seconds:.2f} | {rss / plain_rss:.2f} |")
EOF
