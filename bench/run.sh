#!/usr/bin/env bash
# The benchmark (docs/performance.md): builds msklint and the parse floor in
# Release (build-bench/), generates the inputs in a temporary directory, and
# prints the table in Markdown. Run it by hand on a quiet machine:
#   bash bench/run.sh
# Optional settings: RUNS (default 9), SIZES (default "1000 10000 100000"),
# FILES (default 1000), COUNTS=1 (also count instructions under valgrind, on
# 10,000 services and 100 files: a figure a busy machine does not move; takes
# several minutes). Not a test: nothing here fails on a slow result.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3 generates the inputs and times the runs (os.wait4 gives each run's
# peak memory); valgrind counts instructions when COUNTS=1.
scripts/install-deps.sh bench "$([ "${COUNTS:-0}" = 1 ] && echo counts)"

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSKLINT_TESTS=OFF -DMSKLINT_BENCH=ON > /dev/null
cmake --build build-bench --target msklint yaml_floor measure > /dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes="${SIZES:-1000 10000 100000}"
files="${FILES:-1000}"
for size in $sizes; do
  python3 bench/generate.py pathway --services "$size" --out "$work/pathway-$size.yaml"
done
python3 bench/generate.py repo --files "$files" --out "$work/repo"
if [ "${COUNTS:-0}" = 1 ]; then
  python3 bench/generate.py pathway --services 10000 --out "$work/count-pathway.yaml"
  python3 bench/generate.py repo --files 100 --out "$work/count-repo"
fi

RUNS="${RUNS:-9}" SIZES="$sizes" FILES="$files" COUNTS="${COUNTS:-0}" python3 - "$work" build-bench <<'EOF'
import datetime, os, platform, re, statistics, subprocess, sys

work, build = sys.argv[1], sys.argv[2]
runs = int(os.environ["RUNS"])
sizes = [int(size) for size in os.environ["SIZES"].split()]
files = int(os.environ["FILES"])
msklint = [f"{build}/msklint", "check", "--color", "never"]
floor = [f"{build}/bench/yaml_floor"]
measure = f"{build}/bench/measure"
# Room for the largest pathway: msklint's limits are raised, not removed.
big = ["--max-file-size", str(1 << 30), "--max-services", "10000000", "--max-routes", "100000000"]


def run_once(command):
    """Wall seconds, peak resident memory (bytes) and page faults of one run, through
    bench/measure (a small parent, so the peak is msklint's own); output is thrown away."""
    result = subprocess.run([measure, *command], capture_output=True, text=True)
    if result.returncode != 0 or len(result.stdout.split()) != 4:
        sys.exit(f"measure failed on {' '.join(command)}: {result.stderr}")
    seconds, rss, code, faults = result.stdout.split()
    if int(code) not in (0, 1):  # 1: findings, as expected of these pathways
        sys.exit(f"{' '.join(command)} failed with exit code {code}: {result.stderr}")
    return float(seconds), int(rss), int(faults)


def summary(results):
    """The quickest of the runs, and the most memory and page faults any of them had."""
    return (min(seconds for seconds, _, _ in results), max(rss for _, rss, _ in results),
            max(faults for _, _, faults in results))


def best(command):
    return summary([run_once(command) for _ in range(runs)])


def best_of_pairs(command, floor_command):
    """msklint and the floor run by turns, `runs` times each. Returns the best
    of each, and the median of the pairs' ratios (msklint's run over the
    floor's run just after it): a busy spell on a shared machine slows both
    runs of a pair alike, so the ratio of a pair holds where times drift, and
    the median passes over a pair that a spell split. The ratio is given as
    "median (lowest–highest)"."""
    ours, floors = [], []
    for _ in range(runs):
        ours.append(run_once(command))
        floors.append(run_once(floor_command))
    ratios = [mine[0] / theirs[0] for mine, theirs in zip(ours, floors)]
    return summary(ours), summary(floors), f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})"


def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(path) for name in names)


def mb(count):
    return f"{count / 1e6:.1f} MB"


def cpu():
    try:
        with open("/proc/cpuinfo") as info:
            return next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor()


load_before = os.getloadavg()
idle_seconds, idle_rss, _ = best(msklint + ["examples/hip-knee-osteoarthritis.yaml"])

print(f"msklint benchmark, {datetime.date.today()}: {os.cpu_count()} cores ({cpu()}), "
      f"load average {load_before[0]:.2f} at the start. msklint and the floor run by turns, {runs} times each: times are the best, msklint / floor the median "
      f"of the pairs' ratios, peak memory the largest.")
print()
print("| pathway | input | msklint | peak memory | memory / input | (memory − one example's) / input | growth (time, memory) | floor | msklint / floor (pairs: median, range) | page faults, msklint and floor |")
print("|---|---|---|---|---|---|---|---|---|---|")
previous = None
for size in sizes:
    path = f"{work}/pathway-{size}.yaml"
    (seconds, rss, faults), (floor_seconds, _, floor_faults), ratio = best_of_pairs(msklint + big + [path], floor + [path])
    growth = f"{seconds / previous[0]:.1f}, {rss / previous[1]:.1f}" if previous else "–"
    print(f"| {size:,} services | {mb(size_of(path))} | {seconds:.3f} s | {mb(rss)} | {rss / size_of(path):.1f} "
          f"| {(rss - idle_rss) / size_of(path):.1f} | {growth} | {floor_seconds:.3f} s | {ratio} "
          f"| {faults:,} and {floor_faults:,} |")
    previous = (seconds, rss)

repo = f"{work}/repo"
print()
print("| repository | input | msklint | peak memory | floor | msklint / floor (pairs: median, range) | page faults, msklint and floor |")
print("|---|---|---|---|---|---|---|")
for label, jobs in (("all cores", []), ("--jobs 1", ["--jobs", "1"])):
    (seconds, rss, faults), (floor_seconds, _, floor_faults), ratio = best_of_pairs(msklint + jobs + [repo], floor + jobs + [repo])
    print(f"| {files:,} files, {label} | {mb(size_of(repo))} | {seconds:.3f} s | {mb(rss)} | {floor_seconds:.3f} s "
          f"| {ratio} | {faults:,} and {floor_faults:,} |")

load_after = os.getloadavg()
print()
print(f"msklint on one example file (examples/hip-knee-osteoarthritis.yaml): {idle_seconds:.3f} s, {mb(idle_rss)}. "
      f"Load average {load_after[0]:.2f} at the end.")


def instructions(command):
    """Instructions a run executes, counted by valgrind (cachegrind without its cache model)."""
    result = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                             *command], capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not found:
        sys.exit(f"valgrind gave no count for {' '.join(command)}: {result.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


if os.environ["COUNTS"] == "1":
    print()
    print("| counted (valgrind) | msklint instructions | floor instructions | msklint / floor |")
    print("|---|--:|--:|--:|")
    for label, ours, theirs in (
            ("10,000 services", msklint + [f"{work}/count-pathway.yaml"], floor + [f"{work}/count-pathway.yaml"]),
            ("100 files, --jobs 1", msklint + ["--jobs", "1", f"{work}/count-repo"],
             floor + ["--jobs", "1", f"{work}/count-repo"])):
        mine, floors = instructions(ours), instructions(theirs)
        print(f"| {label} | {mine / 1e9:.3f} billion | {floors / 1e9:.3f} billion | {mine / floors:.3f} |")
EOF
