"""Runs the pre-commit hook of docs/ci.md as a pathway repository would.

Makes a hook repository holding this repository's .pre-commit-hooks.yaml (a
commit of its own, so the test sees the working copy), and a pathway
repository whose .pre-commit-config.yaml pins that commit by its id, as the
recipe says. The pathway repository holds a broken pathway under pathways/
and YAML that is not a pathway (mkdocs.yml, a CI file, a hidden file).
`pre-commit run --all-files` must fail on the pathway and never lint the
rest; with the pathway fixed it must pass. msklint is the built binary, put
first on the PATH (the hook is `language: system`).

    check_pre_commit.py MSKLINT_BINARY REPOSITORY_ROOT
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=msklint", "-c", "user.email=msklint@example.org", "-c",
                    "init.defaultBranch=main", *args], cwd=cwd, check=True, capture_output=True)


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="msklint-pre-commit-") as scratch:
        scratch = pathlib.Path(scratch)
        hooks = scratch / "msklint"
        hooks.mkdir()
        shutil.copy(root / ".pre-commit-hooks.yaml", hooks)
        git(hooks, "init", "-q")
        git(hooks, "add", ".")
        git(hooks, "commit", "-q", "-m", "hooks")
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hooks, check=True, capture_output=True,
                                text=True).stdout.strip()

        repo = scratch / "pathways-repo"
        (repo / "pathways").mkdir(parents=True)
        (repo / ".github").mkdir()
        shutil.copy(root / "examples/back-pain-linear.yaml", repo / "pathways/knee.yaml")  # has errors
        (repo / "mkdocs.yml").write_text("site_name: Our pathways\nnav:\n  - Home: index.md\n")
        (repo / "docker-compose.yaml").write_text("services:\n  web:\n    image: nginx\n")
        (repo / ".github/ci.yml").write_text("on: push\n")
        (repo / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {hooks}\n    rev: {commit}\n    hooks:\n      - id: msklint\n")
        git(repo, "init", "-q")
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "pathways")

        environment = dict(os.environ, PRE_COMMIT_HOME=str(scratch / "cache"),
                           PATH=f"{binary.parent}{os.pathsep}{os.environ['PATH']}", NO_COLOR="1")

        def run():
            return subprocess.run(["pre-commit", "run", "--all-files", "--color", "never"], cwd=repo,
                                  env=environment, capture_output=True, text=True)

        failed = run()
        output = failed.stdout + failed.stderr
        problems = []
        if failed.returncode != 1:
            problems.append(f"pre-commit exited {failed.returncode} on a broken pathway, not 1")
        if "pathways/knee.yaml:" not in output:
            problems.append("the pathway under pathways/ was not linted")
        for other in ("mkdocs.yml", "docker-compose.yaml", "ci.yml"):
            if other in output:
                problems.append(f"{other}, which is not a pathway, was linted")

        # The starter pathway lints clean: with it, the hook passes.
        os.remove(repo / "pathways/knee.yaml")
        made = subprocess.run([binary, "new", "pathways/knee-pain.yaml"], cwd=repo, capture_output=True, text=True)
        if made.returncode != 0:
            problems.append(f"msklint new failed: {made.stderr}")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "fixed")
        passed = run()
        if passed.returncode != 0:
            problems.append(f"pre-commit exited {passed.returncode} on a clean pathway:\n{passed.stdout}{passed.stderr}")

        if problems:
            print("\n".join(problems))
            print("--- pre-commit output on the broken pathway ---")
            print(output)
            return 1
    print("pre-commit: the hook lints pathways/ only, fails on findings and passes when clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
