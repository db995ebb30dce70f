"""Checks that `msklint check --format sarif` writes valid SARIF 2.1.0.

Lints the examples, the rule fixtures, and a copy of
tests/fixtures/report/knee-waived-throughout.yaml (waivers on the pathway, a
service and a route) under an awkward file name, then validates each document
against the OASIS SARIF schema in ../shared/schemas. Exits 77 (skipped) when
that schema is not there. Run by ctest with /usr/bin/python3 (Debian's
python3-jsonschema; python3-rfc3987, when present, also checks the URIs).

    check_sarif.py MSKLINT_BINARY REPOSITORY_ROOT
"""
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

SKIPPED = 77

# Waivers on the pathway, a service and a route, each setting a finding
# aside. Below the repository root; linted under a file name that needs
# percent-encoding.
WAIVED_PATHWAY = pathlib.Path("tests") / "fixtures" / "report" / "knee-waived-throughout.yaml"


def sarif_of(binary, paths):
    result = subprocess.run([binary, "check", "--format", "sarif", *map(str, paths)], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"msklint exited with {result.returncode} on {paths}:\n{result.stderr}")
    return json.loads(result.stdout)


def uri_problems(document):
    try:
        import rfc3987
    except ImportError:
        return []
    problems = []
    for run in document["runs"]:
        for result in run["results"]:
            for location in result.get("locations", []):
                uri = location["physicalLocation"]["artifactLocation"]["uri"]
                if rfc3987.match(uri, rule="URI_reference") is None:
                    problems.append(f"not a URI reference: {uri!r}")
    return problems


def main() -> int:
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    schema_file = root.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_file.exists():
        print(f"skipped: no SARIF schema at {schema_file}")
        return SKIPPED
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

    with tempfile.TemporaryDirectory() as scratch:
        waived = pathlib.Path(scratch) / "knee pain #1.yaml"
        waived.write_bytes((root / WAIVED_PATHWAY).read_bytes())
        runs = {
            "examples": sarif_of(binary, [root / "examples"]),
            # Every rule's fixtures, the waiver rules' among them, and files
            # with broken encodings and YAML.
            "rule fixtures": sarif_of(binary, [root / "tests" / "fixtures" / "rules"]),
            str(waived): sarif_of(binary, [waived]),
        }

    failures, suppressed = [], 0
    for name, document in runs.items():
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
        failures += [f"{name}: {'/'.join(map(str, error.path))}: {error.message}" for error in errors]
        failures += [f"{name}: {problem}" for problem in uri_problems(document)]
        suppressed += sum(1 for result in document["runs"][0]["results"] if result.get("suppressions"))
    if suppressed == 0:
        failures.append("no run had a suppressed result, so suppressions were not checked")
    for failure in failures:
        print(failure)
    print(f"{len(runs)} SARIF documents validated against {schema_file.name}, {suppressed} suppressed results, "
          f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
