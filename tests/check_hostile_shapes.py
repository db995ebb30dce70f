#!/usr/bin/env python3
"""Every shape of tests/hostile_shapes.py, in every output format, ends with
exit 0 or 1, within a memory bound, and with output that grows at most
linearly with the input (issue 17; docs/hardening.md).

    check_hostile_shapes.py MSKLINT [SHAPE...]

Run by ctest on the sanitizer build, where time is not a measure (the 2-second
bound is the Release build's, measured by `bench/hostile_shapes.sh`); the run's
own times are printed for a person. Peak memory is each child's (wait4),
allowing for the sanitizer's overhead; it counts from this script's own size (a
child's peak includes what it held before exec), so it errs on the high side.
"""

import os
import subprocess
import sys
import tempfile
import threading
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import hostile_shapes  # noqa: E402

SANITIZED = os.environ.get("MSKLINT_SANITIZED", "1") != "0"
MEMORY_LIMIT = (3 if SANITIZED else 1) * 1024 * 1024 * 1024  # bytes: 1 GiB, 3 GiB under ASan
TIME_LIMIT = 120 if SANITIZED else 2  # seconds; the sanitizer's only guards against a hang

# Each command a person or CI runs on a pathway file. The review notes and the
# pictures lay the pathway out with Graphviz, so they run on the shapes whose
# services can be drawn in bounded time; the rest of the shapes hit them through
# the same reader and rules.
CHECK_FORMATS = ["text", "json", "sarif", "junit", "github"]
DRAWN = {"three-hundred-services-drawn"}


def commands(path):
    for form in CHECK_FORMATS:
        yield [f"check --format {form}"], ["check", "--format", form, path]
    yield ["check --statistics"], ["check", "--statistics", path]


def drawn_commands(path, out_dir):
    yield ["graph --format svg"], ["graph", "--format", "svg", "--output", os.path.join(out_dir, "p.svg"), path]
    yield ["report --format html"], ["report", "--format", "html", "--output", os.path.join(out_dir, "n.html"), path]


def run(msklint, argv):
    """Exit code, standard error, output size, wall time and peak memory of one
    run: the peak from wait4, at least this script's size (see above)."""
    start = time.monotonic()
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1", NO_COLOR="1")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([msklint] + argv, stdout=out, stderr=err, env=env)
        timer = threading.Timer(TIME_LIMIT * 5, process.kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - start
        if elapsed >= TIME_LIMIT * 5:
            raise subprocess.TimeoutExpired(argv, TIME_LIMIT * 5)
        size = out.tell()
        err.seek(0)
        return process.returncode, err.read().decode(errors="replace"), size, elapsed, usage.ru_maxrss * 1024


def main():
    msklint = sys.argv[1]
    shapes = sys.argv[2:] or list(hostile_shapes.SHAPES)
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for shape in shapes:
            path = os.path.join(scratch, shape + ".yaml")
            text = hostile_shapes.SHAPES[shape]()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            size = len(text.encode())
            runs = list(commands(path)) + (list(drawn_commands(path, scratch)) if shape in DRAWN else [])
            for (name,), argv in runs:
                try:
                    code, errors, out_bytes, elapsed, peak = run(msklint, argv)
                except subprocess.TimeoutExpired:
                    failures.append(f"{shape}, {name}: did not end within {TIME_LIMIT * 5} s")
                    continue
                print(f"{shape} ({size / 1e6:.1f} MB), {name}: exit {code}, {elapsed:.2f} s, "
                      f"peak {peak / 2**20:.0f} MiB, {out_bytes / 1e6:.2f} MB of output", flush=True)
                if code not in (0, 1):
                    failures.append(f"{shape}, {name}: exit {code}: {errors[-2000:]}")
                if elapsed > TIME_LIMIT:
                    failures.append(f"{shape}, {name}: {elapsed:.1f} s, more than {TIME_LIMIT} s")
                if peak > MEMORY_LIMIT:
                    failures.append(f"{shape}, {name}: peak memory {peak / 2**20:.0f} MiB")
                # Linear: a few times the input, plus a page per rule for the
                # findings that are shown one by one.
                if out_bytes > 4 * size + 2_000_000:
                    failures.append(f"{shape}, {name}: {out_bytes} bytes of output for {size} bytes of input")
    for failure in failures:
        print("FAILED:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
