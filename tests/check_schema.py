"""Checks that `msklint schema` agrees with msklint's own reader.

Every example and fixture that msklint reads without a format problem must be
valid against the JSON Schema, and every fixture where msklint reports a
`schema` or `unknown-key` finding must be invalid. Run by ctest with
/usr/bin/python3 (Debian's python3-yaml and python3-jsonschema).
"""
import json
import pathlib
import subprocess
import sys

import jsonschema
import yaml

FORMAT_RULES = {"schema", "unknown-key"}
# Problems that stop PyYAML or make it read the file differently from msklint.
UNCOMPARABLE = {"yaml-syntax", "duplicate-key", "multiple-documents", "empty-file", "encoding", "limit-exceeded"}


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML speaks YAML 1.1; drop its 1.1-only implicit types (yes/no/on/off
    booleans, dates) so it reads scalars as msklint's YAML 1.2 reader does."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|false)$"), list("tf"))


def main() -> int:
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
    schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    files = [path for folder in ("examples", "tests/fixtures/rules", "tests/fixtures/systems")
             for path in sorted(root.glob(f"{folder}/**/*.yaml")) if not path.name.startswith(".")]
    failures, compared = [], 0
    for path in files:
        result = subprocess.run([binary, "check", "--format", "json", "--fail-on", "never", str(path)],
                                capture_output=True, text=True)
        # A pathway of a system is reported with its system file: take this file's own findings.
        reported = json.loads(result.stdout)["files"]
        findings = next(f["findings"] for f in reported if pathlib.Path(f["path"]).resolve() == path.resolve())
        rules = {f["rule"] for f in findings}
        # PyYAML resolves broken merge keys its own way; nothing to compare.
        if rules & UNCOMPARABLE or any("merge key" in f["message"] for f in findings):
            continue
        try:
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        compared += 1
        errors = [e.message for e in validator.iter_errors(document)]
        reader_says_bad = bool(rules & FORMAT_RULES)
        if reader_says_bad and not errors:
            failures.append(f"{path}: msklint reports {sorted(rules & FORMAT_RULES)} but the schema accepts it")
        if not reader_says_bad and errors:
            failures.append(f"{path}: msklint accepts it but the schema rejects it: {errors[0]}")
    for failure in failures:
        print(failure)
    print(f"{compared} files compared, {len(failures)} disagreements")
    return 1 if failures or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
