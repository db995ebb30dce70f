"""Runs msklint on every input of the official YAML test suite.

The suite's inputs live beside the project in ../shared/yaml-test-suite (one
file per test; index.tsv lists `id error name tags`, error = `error` for the
inputs a conforming parser must reject). They are not pathways, so msklint
must report findings on every one, and nothing worse. For each input, one
process of the built (ASan + UBSan) binary, `msklint check --format json`:

- ends within a second of CPU time (RLIMIT_CPU, so a busy shared machine
  does not make it flaky) and within WALL_SECONDS of wall time (a process
  blocked on something, not computing, is a hang too);
- exits 1 with at least one finding in valid JSON: never 0, never 2, never
  killed by a signal;
- writes nothing to standard error (a sanitizer report, an exception, a
  warning);
- and, for a must-fail input that yaml-cpp 0.7 itself rejects (decided by
  its own event parser, tests/tools/yaml_cpp_accepts.cpp), reports a
  `yaml-syntax` finding with a known line and column.

Must-fail inputs that yaml-cpp accepts are its known leniencies, listed at
the end (docs/hardening.md explains them); they are not failures. Exits 77
(skipped) when the suite is not there. Run by ctest with /usr/bin/python3.

    yaml_test_suite.py MSKLINT_BINARY YAML_CPP_ACCEPTS_BINARY REPOSITORY_ROOT
"""
import concurrent.futures
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

SKIPPED = 77
CPU_SECONDS = 1
WALL_SECONDS = 10


def read_index(suite):
    """(id, must_fail, name) for each row of index.tsv."""
    rows = []
    lines = (suite / "index.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        test_id, error, name = line.split("\t")[:3]
        rows.append((test_id, error == "error", name))
    return rows


def yaml_cpp_verdicts(tool, paths):
    """{path: None if yaml-cpp accepts, else (line, column, message)}."""
    result = subprocess.run([tool, *map(str, paths)], capture_output=True, text=True, timeout=120,
                            errors="replace")
    if result.returncode != 0:
        raise SystemExit(f"yaml_cpp_accepts failed ({result.returncode}):\n{result.stderr}")
    verdicts = {}
    for line in result.stdout.splitlines():
        fields = line.split("\t")
        verdicts[fields[0]] = None if fields[1] == "accepts" else (int(fields[2]), int(fields[3]), fields[4])
    return verdicts


def run_once(binary, path, scratch):
    """Runs msklint on one input; returns (status, stdout, stderr, cpu, wall, timed_out).

    prlimit (util-linux) sets RLIMIT_CPU: SIGXCPU at CPU_SECONDS, SIGKILL a
    second later. os.wait4 rather than subprocess's own wait, to read the
    child's CPU time.
    """
    out_path, err_path = scratch / f"{path.stem}.out", scratch / f"{path.stem}.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        command = ["prlimit", f"--cpu={CPU_SECONDS}:{CPU_SECONDS + 1}", binary,
                   "check", "--format", "json", "--color", "never", str(path)]
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid == child.pid:
                break
            if time.monotonic() - start > WALL_SECONDS:
                timed_out = True
                os.kill(child.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.005)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # already reaped: tell Popen
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return child.returncode, stdout, stderr, usage.ru_utime + usage.ru_stime, wall, timed_out


def check_one(binary, suite, row, verdict, scratch):
    """Problems with msklint's run on one input (empty when all is well), and facts for the summary."""
    test_id, must_fail, name = row
    path = suite / f"{test_id}.yaml"
    code, stdout, stderr, cpu, wall, timed_out = run_once(binary, path, scratch)
    problems = []
    facts = {"cpu": cpu, "wall": wall, "yaml_syntax": None, "rules": []}
    if timed_out:
        problems.append(f"did not end within {WALL_SECONDS} s of wall time (killed)")
    elif code == -signal.SIGXCPU or code == -signal.SIGKILL:
        problems.append(f"used more than {CPU_SECONDS} s of CPU time (killed by signal {-code})")
    elif code < 0:
        problems.append(f"killed by signal {-code}")
    elif code != 1:
        problems.append(f"exit code {code}, expected 1")
    if cpu > CPU_SECONDS:
        problems.append(f"used {cpu:.2f} s of CPU time, more than {CPU_SECONDS} s")
    if stderr:
        problems.append("wrote to standard error:\n" + stderr[:3000])
    findings = []
    if code == 1:
        try:
            document = json.loads(stdout)
            findings = [finding for file in document["files"] for finding in file["findings"]]
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"standard output is not msklint's JSON: {error}")
    if code == 1 and not findings:
        problems.append("exit code 1 but no finding")
    facts["rules"] = sorted({finding["rule"] for finding in findings})
    syntax = [finding for finding in findings if finding["rule"] == "yaml-syntax"]
    if syntax:
        facts["yaml_syntax"] = (syntax[0]["line"], syntax[0]["column"], syntax[0]["message"])
    if must_fail and verdict is not None:
        located = [finding for finding in syntax if finding["line"] and finding["column"]]
        if not located:
            problems.append(f"yaml-cpp rejects it at {verdict[0]}:{verdict[1]} ({verdict[2]}), "
                            f"but msklint reports no located yaml-syntax finding; it reports: {facts['rules']}")
    return problems, facts


def msklint_said(facts):
    if facts["yaml_syntax"]:
        return "yaml-syntax at {}:{}".format(*facts["yaml_syntax"][:2])
    return ", ".join(facts["rules"])


def main() -> int:
    binary, tool, root = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]).resolve()
    suite = root.parent / "shared" / "yaml-test-suite"
    if not (suite / "index.tsv").is_file():
        print(f"skipped: the YAML test suite is not at {suite}")
        return SKIPPED
    rows = read_index(suite)
    missing = [test_id for test_id, _, _ in rows if not (suite / f"{test_id}.yaml").is_file()]
    if missing:
        print(f"index.tsv lists inputs that are not there: {missing}")
        return 1
    verdicts = yaml_cpp_verdicts(tool, [suite / f"{test_id}.yaml" for test_id, _, _ in rows])

    results = {}
    with tempfile.TemporaryDirectory(prefix="msklint-yaml-suite-") as scratch_dir:
        scratch = pathlib.Path(scratch_dir)
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futures = {pool.submit(check_one, binary, suite, row, verdicts[str(suite / f"{row[0]}.yaml")], scratch): row
                       for row in rows}
            for future in concurrent.futures.as_completed(futures):
                results[futures[future][0]] = (futures[future], future.result())

    failures = 0
    for test_id in sorted(results):
        (_, _, name), (problems, _) = results[test_id]
        for problem in problems:
            failures += 1
            print(f"FAIL {test_id} ({name}): {problem}")

    def verdict_of(test_id):
        return verdicts[str(suite / f"{test_id}.yaml")]

    must_fail = [row for row in rows if row[1]]
    rejected = [row for row in must_fail if verdict_of(row[0]) is not None]
    reported = [row for row in rejected if results[row[0]][1][1]["yaml_syntax"]]
    same_spot = [row for row in reported
                 if results[row[0]][1][1]["yaml_syntax"][:2] == verdict_of(row[0])[:2]]
    lenient = [row for row in must_fail if verdict_of(row[0]) is None]
    strict = [row for row in rows if not row[1] and verdict_of(row[0]) is not None]
    cpu = max(facts["cpu"] for _, (_, facts) in results.values())
    wall = max(facts["wall"] for _, (_, facts) in results.values())

    print(f"{len(rows)} inputs, {len(must_fail)} must fail; slowest run: {cpu:.2f} s CPU, {wall:.2f} s wall")
    print(f"must-fail inputs yaml-cpp rejects: {len(rejected)}; msklint reports yaml-syntax on "
          f"{len(reported)} of them ({len(same_spot)} at yaml-cpp's own line and column)")
    print(f"must-fail inputs yaml-cpp 0.7 accepts (its leniencies, not msklint failures): {len(lenient)}")
    for test_id, _, name in lenient:
        print(f"  {test_id}  {name}  -> msklint: {msklint_said(results[test_id][1][1])}")
    print(f"valid inputs yaml-cpp 0.7 rejects (its strictness): {len(strict)}")
    for test_id, _, name in strict:
        print(f"  {test_id}  {name}  -> msklint: {msklint_said(results[test_id][1][1])}")
    if failures:
        print(f"{failures} problems")
        return 1
    print("every input: exit 1 with findings, nothing on standard error, within the time limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
