"""Checks that `msklint check --format junit` writes well-formed XML.

Lints the examples, the rule fixtures (broken encodings among them) and a
copy of tests/fixtures/report/knee-awkward-text.yaml, whose text XML cannot
hold as it is (a control character, markup characters, a waiver), under an
awkward file name; pipes each report to `xmllint --noout -`, and checks that
the counts on each suite add up. Exits 77 (skipped) when xmllint is not
installed (Debian: libxml2-utils).

    check_junit.py MSKLINT_BINARY REPOSITORY_ROOT
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

SKIPPED = 77

# "\x01" in a double-quoted YAML string is a control character, which the
# schema finding on the route quotes back; XML 1.0 cannot contain it. Below
# the repository root; linted under a file name with "&" in it.
AWKWARD_PATHWAY = pathlib.Path("tests") / "fixtures" / "report" / "knee-awkward-text.yaml"


def junit_of(binary, path):
    result = subprocess.run([binary, "check", "--format", "junit", str(path)], capture_output=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"msklint exited with {result.returncode} on {path}:\n{result.stderr.decode(errors='replace')}")
    return result.stdout


def problems_in(name, report):
    lint = subprocess.run(["xmllint", "--noout", "-"], input=report, capture_output=True)
    if lint.returncode != 0:
        return [f"{name}: xmllint: {lint.stderr.decode(errors='replace')}"]
    problems = []
    suites = ElementTree.fromstring(report)
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for suite in suites.iter("testsuite"):
        cases = suite.findall("testcase")
        counted = {
            "tests": len(cases),
            "failures": sum(1 for case in cases if case.find("failure") is not None),
            "skipped": sum(1 for case in cases if case.find("skipped") is not None),
        }
        for key, value in counted.items():
            totals[key] += value
            if int(suite.get(key)) != value:
                problems.append(f"{name}: suite {suite.get('name')} says {key}={suite.get(key)} but has {value}")
    for key, value in totals.items():
        if int(suites.get(key)) != value:
            problems.append(f"{name}: testsuites says {key}={suites.get(key)} but has {value}")
    return problems


def main() -> int:
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    if shutil.which("xmllint") is None:
        print("skipped: xmllint is not installed (Debian package libxml2-utils)")
        return SKIPPED
    with tempfile.TemporaryDirectory() as scratch:
        awkward = pathlib.Path(scratch) / "knee & pain.yaml"
        awkward.write_bytes((root / AWKWARD_PATHWAY).read_bytes())
        reports = {
            "examples": junit_of(binary, root / "examples"),
            "rule fixtures": junit_of(binary, root / "tests" / "fixtures" / "rules"),
            str(awkward): junit_of(binary, awkward),
        }
    failures = [problem for name, report in reports.items() for problem in problems_in(name, report)]
    for failure in failures:
        print(failure)
    print(f"{len(reports)} JUnit reports checked with xmllint, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
