"""The GitHub workflows, read here: what they name exists, Linux runs what this project's CI runs, signing is
optional, and scripts/check-installed (what the release runs on each clean runner) catches a broken install.

The workflows themselves only run on GitHub's runners; scripts/test validates them against GitHub's schema.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML  # check-jsonschema's YAML reader (the test extras)

from tests.conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
# A path into the repository, as a step writes it: scripts/build, .ci/run, scripts\windows\build.ps1 ...
REPO_PATH = re.compile(r"(?<![\w$/.-])((?:\.ci|scripts|console|assets|docs)[/\\][\w./\\-]*\w)")
SIGNING_SECRETS = re.compile(r"secrets\.((?:WINDOWS|MACOS|APPLE)_\w+)")


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return document


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def named_paths(text: str) -> set[str]:
    text = re.sub(r"(^|\s)\./", r"\1", text)  # ./scripts/x.ps1, as PowerShell steps write it
    return {match.replace("\\", "/") for match in REPO_PATH.findall(text)}


def test_there_is_a_ci_and_a_release_workflow() -> None:
    assert {path.name for path in WORKFLOWS} == {"ci.yml", "release.yml"}


@pytest.mark.parametrize("workflow_file", WORKFLOWS, ids=lambda path: path.name)
def test_every_script_and_file_a_workflow_names_exists(workflow_file: Path) -> None:
    named: set[str] = set()
    for step in steps(load(workflow_file)):
        named |= named_paths(str(step.get("run", "")))
    assert named, f"{workflow_file.name} names no script at all"
    missing = sorted(path for path in named if "*" not in path and not (REPO / path).exists())
    assert not missing, f"{workflow_file.name} names files the repository does not have: {missing}"


# The recipes the release jobs run: what they name (icons, entitlements, other scripts) must exist too.
RECIPES = [
    REPO / "build.spec",
    *sorted((REPO / "scripts" / "windows").iterdir()),
    *sorted((REPO / "scripts" / "macos").iterdir()),
]


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda path: path.name)
def test_every_file_a_release_recipe_names_exists(recipe: Path) -> None:
    # assets/venue is where build.spec puts a staged venue profile inside the bundle, not a repository path.
    named = named_paths(recipe.read_text(encoding="utf-8")) - {"assets/venue"}
    missing = sorted(path for path in named if "*" not in path and not (REPO / path).exists())
    assert not missing, f"{recipe.name} names files the repository does not have: {missing}"


@pytest.mark.parametrize("workflow_file", WORKFLOWS, ids=lambda path: path.name)
def test_a_script_a_workflow_runs_directly_is_executable(workflow_file: Path) -> None:
    """A step that runs `scripts/x` (not `bash scripts/x`) needs the executable bit in git, or the runner says
    "Permission denied" after the repository is checked out."""
    not_executable = []
    for step in steps(load(workflow_file)):
        for line in str(step.get("run", "")).splitlines():
            command = line.strip().split(" ")[0]
            if command.startswith("scripts/") and not command.endswith(".ps1"):
                mode = (REPO / command).stat().st_mode
                if not mode & stat.S_IXUSR:
                    not_executable.append(command)
    assert not not_executable, f"{workflow_file.name} runs these, which are not executable: {not_executable}"


@pytest.mark.parametrize("workflow_file", WORKFLOWS, ids=lambda path: path.name)
def test_the_linux_job_runs_exactly_what_ci_runs(workflow_file: Path) -> None:
    """One source of truth: the Linux job runs .ci/run itself, as root in Debian 12 with Python 3.11 (this
    project's machine), and nothing else that could drift from it."""
    linux = load(workflow_file)["jobs"]["linux"]
    commands = [step["run"].strip() for step in linux["steps"] if "run" in step]
    assert commands == ["bash .ci/run"]
    assert linux["container"] == "python:3.11-bookworm"
    ci_run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in ci_run and "bash scripts/check-package" in ci_run


def test_windows_and_macos_run_the_same_checks_as_scripts_test() -> None:
    ci = load(REPO / ".github" / "workflows" / "ci.yml")["jobs"]
    assert any("scripts/windows/test.ps1" in str(step.get("run")) for step in ci["windows"]["steps"])
    assert any(str(step.get("run", "")).startswith("scripts/test") for step in ci["macos"]["steps"])
    # test.ps1 runs what scripts/test runs, tool by tool.
    posix = (REPO / "scripts" / "test").read_text(encoding="utf-8")
    windows = (REPO / "scripts" / "windows" / "test.ps1").read_text(encoding="utf-8")
    for tool in (
        "ruff.exe check console tests scripts",
        "ruff.exe format --check console tests scripts",
        "mypy.exe console tests",
        "lint-imports",
        "-m pytest",
    ):
        assert tool.replace(".exe", "") in posix and tool in windows, tool


def test_every_installer_is_checked_on_a_clean_runner_before_the_release() -> None:
    release = load(REPO / ".github" / "workflows" / "release.yml")["jobs"]
    assert set(release["publish"]["needs"]) == {"check-linux", "check-windows", "check-macos"}
    for system in ("linux", "windows", "macos"):
        check = release[f"check-{system}"]
        assert check["needs"] == system
        assert any("scripts/check-installed" in str(step.get("run")) for step in check["steps"]), system
    assert "sha256sum" in str(release["publish"]["steps"])


def test_signing_runs_only_when_its_secrets_exist_and_the_readme_names_them() -> None:
    workflow = load(REPO / ".github" / "workflows" / "release.yml")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    secrets: set[str] = set()
    for step in steps(workflow):
        used = set(SIGNING_SECRETS.findall(str(step.get("env", ""))))
        secrets |= used
        # The build step only hands over a password, empty when there is no certificate.
        if used and used != {"WINDOWS_CERTIFICATE_PASSWORD"}:
            assert "env.HAS_" in str(step.get("if", "")), f"{step['name']} runs without its secrets"
    for job in workflow["jobs"].values():
        secrets |= set(SIGNING_SECRETS.findall(str(job.get("env", ""))))
    assert len(secrets) >= 8
    assert not sorted(name for name in secrets if name not in readme), "the README's release section"


FAKE_APP = """#!/usr/bin/env bash
case "$1" in
  --version) echo "cicerone {version}" ;;
  self-test) echo "ok   qt"; echo "all checks passed (frozen, linux)"; {self_test_extra} ;;
  --demo) echo "first-paint-ms 12.0 cpu-ms 30.0" ;;
esac
"""


def check_installed(tmp_path: Path, version: str = "", self_test_extra: str = "true") -> int:
    from console import __version__

    app = tmp_path / "cicerone"
    app.write_text(FAKE_APP.format(version=version or __version__, self_test_extra=self_test_extra))
    app.chmod(0o755)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CICERONE_")}
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "check-installed"), str(app)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    return result.returncode


def test_check_installed_passes_a_sound_installation(tmp_path: Path) -> None:
    assert check_installed(tmp_path) == 0


@pytest.mark.parametrize(
    ("version", "self_test_extra"),
    [
        ("9.9.9", "true"),
        ("", "echo 'Traceback (most recent call last):'"),
        ("", "echo \"ModuleNotFoundError: No module named 'aiohttp'\""),
        ("", "exit 1"),
    ],
    ids=["wrong-version", "traceback", "missing-module", "self-test-failed"],
)
def test_check_installed_fails_a_broken_installation(
    tmp_path: Path, version: str, self_test_extra: str
) -> None:
    assert check_installed(tmp_path, version, self_test_extra) == 1
